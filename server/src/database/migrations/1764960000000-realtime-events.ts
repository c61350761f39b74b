import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Change events for GraphQL subscriptions: a trigger on user tasks and process instances sends their id on
 * `baton_events`. NOTIFY is delivered at commit (rolled-back work sends nothing) to every listening replica, whichever
 * code path changed the row. Payloads carry ids only; listeners read the row under the subscriber's tenancy.
 */
export class RealtimeEvents1764960000000 implements MigrationInterface {
  name = 'RealtimeEvents1764960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION baton_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('baton_events', json_build_object('type', TG_ARGV[0], 'op', lower(TG_OP), 'id', NEW.id, 'workspaceId', NEW.workspace_id)::text);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "TR_user_tasks_notify" AFTER INSERT OR UPDATE ON "user_tasks" FOR EACH ROW EXECUTE FUNCTION baton_notify_change('task')`);
    await q.query(`CREATE TRIGGER "TR_process_instances_notify" AFTER INSERT OR UPDATE ON "process_instances" FOR EACH ROW EXECUTE FUNCTION baton_notify_change('instance')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TR_process_instances_notify" ON "process_instances"`);
    await q.query(`DROP TRIGGER "TR_user_tasks_notify" ON "user_tasks"`);
    await q.query(`DROP FUNCTION baton_notify_change()`);
  }
}
