import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['business_calendars', 'task_slas', 'task_events', 'task_copies'];

/**
 * The people side of processes (issue 4): each workspace's business calendar (working hours, zone, holidays), a
 * user task's SLA deadlines (timers of kind SLA fire its threshold actions), the approval actions on a task
 * (transfer, delegate, resolve, carbon copy: who, to whom, why) and carbon copies with their read state. A task that
 * ends for any reason (completed, cancelled, interrupted) cancels its SLA timers in the same statement (trigger).
 */
export class BusinessCalendarsAndSla1765093000000 implements MigrationInterface {
  name = 'BusinessCalendarsAndSla1765093000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "business_calendars" (
      "workspace_id" uuid NOT NULL,
      "time_zone" character varying(64) NOT NULL,
      "weekly_hours" jsonb NOT NULL,
      "holiday_set" character varying(16),
      "days" jsonb NOT NULL DEFAULT '[]',
      "updated_by_id" uuid,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_business_calendars" PRIMARY KEY ("workspace_id"))`);

    await q.query(`CREATE TABLE "task_slas" (
      "task_id" uuid NOT NULL,
      "workspace_id" uuid NOT NULL,
      "process_instance_id" uuid NOT NULL,
      "policy" jsonb NOT NULL,
      "respond_by" TIMESTAMP WITH TIME ZONE,
      "complete_by" TIMESTAMP WITH TIME ZONE,
      "respond_risk_at" TIMESTAMP WITH TIME ZONE,
      "complete_risk_at" TIMESTAMP WITH TIME ZONE,
      "responded_at" TIMESTAMP WITH TIME ZONE,
      "ended_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_task_slas" PRIMARY KEY ("task_id"))`);
    await q.query(`CREATE INDEX "IDX_task_slas_complete_by" ON "task_slas" ("workspace_id", "complete_by")`);

    await q.query(`CREATE TABLE "task_events" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "task_id" uuid NOT NULL,
      "process_instance_id" uuid NOT NULL,
      "action" character varying(32) NOT NULL,
      "actor_id" uuid,
      "from_user" character varying(320),
      "to_user" character varying(320),
      "reason" text,
      "details" jsonb,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
      CONSTRAINT "PK_task_events" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_task_events_task" ON "task_events" ("task_id", "created_at")`);

    await q.query(`CREATE TABLE "task_copies" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "task_id" uuid NOT NULL,
      "process_instance_id" uuid NOT NULL,
      "recipient_id" uuid NOT NULL,
      "copied_by_id" uuid NOT NULL,
      "note" text,
      "read_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
      CONSTRAINT "PK_task_copies" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_task_copies_recipient" ON "task_copies" ("task_id", "recipient_id")`);
    await q.query(`CREATE INDEX "IDX_task_copies_inbox" ON "task_copies" ("workspace_id", "recipient_id", "created_at")`);

    for (const table of TABLES) {
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "FK_${table}_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`);
    }
    for (const table of ['task_slas', 'task_events', 'task_copies']) {
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "FK_${table}_task" FOREIGN KEY ("task_id") REFERENCES "user_tasks"("id") ON DELETE CASCADE`);
    }

    await q.query(`ALTER TABLE "timers" ADD "kind" character varying(16) NOT NULL DEFAULT 'EVENT'`);
    await q.query(`ALTER TABLE "timers" ADD "task_id" uuid`);
    await q.query(`ALTER TABLE "timers" ADD "payload" jsonb`);
    await q.query(`ALTER TABLE "timers" ADD CONSTRAINT "CHK_timers_kind" CHECK ("kind" IN ('EVENT','SLA'))`);
    await q.query(`CREATE INDEX "IDX_timers_task" ON "timers" ("task_id") WHERE "task_id" IS NOT NULL`);

    await q.query(`ALTER TABLE "user_tasks" ADD "owner" character varying(320)`);
    await q.query(`ALTER TABLE "user_tasks" ADD "delegation_state" character varying(16)`);
    await q.query(`ALTER TABLE "user_tasks" ADD CONSTRAINT "CHK_user_tasks_delegation_state" CHECK ("delegation_state" IN ('PENDING','RESOLVED'))`);

    // However a task ends (completeTask, an SLA action, a boundary event, a cancelled instance), its SLA timers go.
    await q.query(`CREATE FUNCTION baton_task_sla_ended() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE timers SET state = 'CANCELED', updated_at = now() WHERE task_id = NEW.id AND kind = 'SLA' AND state = 'SCHEDULED';
        UPDATE task_slas SET ended_at = COALESCE(ended_at, NEW.completed_at, now()) WHERE task_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "TRG_user_tasks_sla_ended" AFTER UPDATE OF "state" ON "user_tasks"
      FOR EACH ROW WHEN (OLD."state" = 'CREATED' AND NEW."state" <> 'CREATED') EXECUTE FUNCTION baton_task_sla_ended()`);

    await q.query(`GRANT SELECT, INSERT, UPDATE ON "business_calendars", "task_slas", "task_copies" TO baton_app`);
    await q.query(`GRANT SELECT, INSERT ON "task_events" TO baton_app`);
    for (const table of TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY "${table}_tenant" ON "${table}"
        USING ("workspace_id" = baton_workspace_id()) WITH CHECK ("workspace_id" = baton_workspace_id())`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TRG_user_tasks_sla_ended" ON "user_tasks"`);
    await q.query(`DROP FUNCTION baton_task_sla_ended()`);
    await q.query(`ALTER TABLE "user_tasks" DROP CONSTRAINT "CHK_user_tasks_delegation_state"`);
    await q.query(`ALTER TABLE "user_tasks" DROP COLUMN "delegation_state"`);
    await q.query(`ALTER TABLE "user_tasks" DROP COLUMN "owner"`);
    await q.query(`DROP INDEX "IDX_timers_task"`);
    await q.query(`ALTER TABLE "timers" DROP CONSTRAINT "CHK_timers_kind"`);
    await q.query(`ALTER TABLE "timers" DROP COLUMN "payload"`);
    await q.query(`ALTER TABLE "timers" DROP COLUMN "task_id"`);
    await q.query(`ALTER TABLE "timers" DROP COLUMN "kind"`);
    for (const table of TABLES) await q.query(`DROP TABLE "${table}" CASCADE`);
  }
}
