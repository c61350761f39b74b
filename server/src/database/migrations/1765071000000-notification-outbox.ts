import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['smtp_settings', 'notification_opt_outs', 'notification_outbox'];

/**
 * Email notifications (issue 7): a workspace's SMTP settings (the password is a workspace secret), members' opt-outs
 * per kind, each user's time zone, and the outbox the notification poller sends from.
 *
 * Task notifications are enqueued by a trigger on `user_tasks`, so they commit or roll back with the command that
 * created or assigned the task, whichever code path did it (engine, claim, a later assign API). Recipients are
 * resolved in SQL (`baton_task_recipients`) so the trigger and the server's own enqueue calls (SLA reminders,
 * escalations) agree. `baton_enqueue_notification` writes one row per (event, recipient) and only when the workspace
 * has SMTP switched on and the member has not opted out of the kind.
 */
export class NotificationOutbox1765071000000 implements MigrationInterface {
  name = 'NotificationOutbox1765071000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" ADD "time_zone" character varying(64)`);
    await q.query(`GRANT UPDATE ("time_zone") ON "users" TO baton_app`);

    await q.query(`CREATE TABLE "smtp_settings" (
      "workspace_id" uuid NOT NULL,
      "enabled" boolean NOT NULL DEFAULT true,
      "host" character varying(255) NOT NULL,
      "port" integer NOT NULL,
      "secure" boolean NOT NULL DEFAULT false,
      "from_address" character varying(400) NOT NULL,
      "username" character varying(320),
      "password_secret" character varying(64),
      "updated_by_id" uuid NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_smtp_settings" PRIMARY KEY ("workspace_id"),
      CONSTRAINT "CHK_smtp_settings_port" CHECK ("port" BETWEEN 1 AND 65535))`);
    await q.query(`ALTER TABLE "smtp_settings" ADD CONSTRAINT "FK_smtp_settings_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`);

    await q.query(`CREATE TABLE "notification_opt_outs" (
      "workspace_id" uuid NOT NULL,
      "user_id" uuid NOT NULL,
      "kind" character varying(32) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_notification_opt_outs" PRIMARY KEY ("workspace_id", "user_id", "kind"),
      CONSTRAINT "CHK_notification_opt_outs_kind" CHECK ("kind" IN ('TASK_ASSIGNED','TASK_SLA_REMINDER','TASK_ESCALATION')))`);
    await q.query(`CREATE INDEX "IDX_notification_opt_outs_user" ON "notification_opt_outs" ("user_id")`);
    await q.query(`ALTER TABLE "notification_opt_outs" ADD CONSTRAINT "FK_notification_opt_outs_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "notification_opt_outs" ADD CONSTRAINT "FK_notification_opt_outs_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE`);

    await q.query(`CREATE TABLE "notification_outbox" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "kind" character varying(32) NOT NULL,
      "event_key" character varying(255) NOT NULL,
      "recipient_user_id" uuid,
      "recipient_email" character varying(320) NOT NULL,
      "payload" jsonb NOT NULL DEFAULT '{}',
      "state" character varying(16) NOT NULL DEFAULT 'PENDING',
      "attempts" integer NOT NULL DEFAULT 0,
      "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "last_error" text,
      "message_id" character varying(255),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "finished_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_notification_outbox" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_notification_outbox_kind" CHECK ("kind" IN ('TASK_ASSIGNED','TASK_SLA_REMINDER','TASK_ESCALATION','INVITATION')),
      CONSTRAINT "CHK_notification_outbox_state" CHECK ("state" IN ('PENDING','SENT','SKIPPED','FAILED')))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_notification_outbox_event_recipient" ON "notification_outbox" ("workspace_id", "event_key", "recipient_email")`);
    await q.query(`CREATE INDEX "IDX_notification_outbox_due" ON "notification_outbox" ("next_attempt_at") WHERE "state" = 'PENDING'`);
    await q.query(`CREATE INDEX "IDX_notification_outbox_recipient" ON "notification_outbox" ("recipient_user_id")`);
    await q.query(`ALTER TABLE "notification_outbox" ADD CONSTRAINT "FK_notification_outbox_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "notification_outbox" ADD CONSTRAINT "FK_notification_outbox_recipient" FOREIGN KEY ("recipient_user_id") REFERENCES "users"("id") ON DELETE CASCADE`);

    for (const table of TABLES) {
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO baton_app`);
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY "${table}_tenant" ON "${table}" USING ("workspace_id" = baton_workspace_id()) WITH CHECK ("workspace_id" = baton_workspace_id())`);
    }

    // Members of the workspace a task names: its assignee (a user id or an email), otherwise its candidate users and
    // the members of its candidate groups. A task naming nobody goes to nobody (everyone may take it: no mass mail).
    await q.query(`CREATE FUNCTION baton_task_recipients(p_workspace uuid, p_assignee text, p_users jsonb, p_groups jsonb)
      RETURNS TABLE (user_id uuid, email character varying) LANGUAGE sql STABLE AS $$
        SELECT u.id, u.email FROM "users" u
        JOIN "memberships" m ON m."user_id" = u.id AND m."workspace_id" = p_workspace
        WHERE CASE WHEN p_assignee IS NOT NULL THEN u.id::text = p_assignee OR u.email = lower(p_assignee)
          ELSE u.id::text IN (SELECT jsonb_array_elements_text(coalesce(p_users, '[]')))
            OR u.email IN (SELECT lower(jsonb_array_elements_text(coalesce(p_users, '[]'))))
            OR u.id IN (SELECT gm."user_id" FROM "group_members" gm JOIN "groups" g ON g.id = gm."group_id"
                        WHERE g."workspace_id" = p_workspace AND g."key" IN (SELECT jsonb_array_elements_text(coalesce(p_groups, '[]'))))
          END
      $$`);
    // One outbox row per (event, recipient), idempotent; nothing when SMTP is off or the member opted out of the kind.
    await q.query(`CREATE FUNCTION baton_enqueue_notification(p_workspace uuid, p_kind text, p_event_key text, p_user uuid, p_email text, p_payload jsonb)
      RETURNS boolean LANGUAGE plpgsql AS $$
        DECLARE inserted integer;
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM "smtp_settings" s WHERE s."workspace_id" = p_workspace AND s."enabled") THEN RETURN false; END IF;
          IF p_user IS NOT NULL AND EXISTS (SELECT 1 FROM "notification_opt_outs" o
              WHERE o."workspace_id" = p_workspace AND o."user_id" = p_user AND o."kind" = p_kind) THEN RETURN false; END IF;
          INSERT INTO "notification_outbox" ("workspace_id", "kind", "event_key", "recipient_user_id", "recipient_email", "payload")
            VALUES (p_workspace, p_kind, p_event_key, p_user, lower(p_email), p_payload)
            ON CONFLICT ("workspace_id", "event_key", "recipient_email") DO NOTHING;
          GET DIAGNOSTICS inserted = ROW_COUNT;
          RETURN inserted > 0;
        END $$`);
    // A new open task goes to whoever it names; a changed assignee to the new one. The member who made the change
    // (claiming, or completing the step before) is not mailed about it.
    await q.query(`CREATE FUNCTION baton_notify_task_assigned() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
          v_actor text := coalesce(current_setting('baton.user_id', true), '');
          v_event_key text;
        BEGIN
          IF NEW."state" <> 'CREATED' THEN RETURN NULL; END IF;
          IF TG_OP = 'INSERT' THEN
            v_event_key := 'task:' || NEW.id || ':created';
          ELSIF NEW."assignee" IS NOT NULL AND NEW."assignee" IS DISTINCT FROM OLD."assignee" THEN
            v_event_key := 'task:' || NEW.id || ':assigned:' || txid_current();
          ELSE
            RETURN NULL;
          END IF;
          PERFORM baton_enqueue_notification(NEW."workspace_id", 'TASK_ASSIGNED', v_event_key, r.user_id, r.email,
              jsonb_build_object('taskId', NEW.id, 'role', CASE WHEN NEW."assignee" IS NULL THEN 'candidate' ELSE 'assignee' END))
            FROM baton_task_recipients(NEW."workspace_id", NEW."assignee", NEW."candidate_users", NEW."candidate_groups") r
            WHERE r.user_id::text <> v_actor;
          RETURN NULL;
        END $$`);
    await q.query(`CREATE TRIGGER "TR_user_tasks_notification" AFTER INSERT OR UPDATE OF "assignee" ON "user_tasks" FOR EACH ROW EXECUTE FUNCTION baton_notify_task_assigned()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TR_user_tasks_notification" ON "user_tasks"`);
    await q.query(`DROP FUNCTION baton_notify_task_assigned()`);
    await q.query(`DROP FUNCTION baton_enqueue_notification(uuid, text, text, uuid, text, jsonb)`);
    await q.query(`DROP FUNCTION baton_task_recipients(uuid, text, jsonb, jsonb)`);
    for (const table of [...TABLES].reverse()) await q.query(`DROP TABLE "${table}" CASCADE`);
    await q.query(`REVOKE UPDATE ("time_zone") ON "users" FROM baton_app`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "time_zone"`);
  }
}
