import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['message_correlations', 'messages', 'message_subscriptions', 'timers'];

/**
 * Timers and messages of the BPMN engine (issue 4): durable timers fired by every replica's poller
 * (FOR UPDATE SKIP LOCKED), message subscriptions of waiting elements and message start events, the buffer of
 * published messages (time to live, message id), and which process took which message (at most once per process).
 */
export class TimersAndMessages1765020000000 implements MigrationInterface {
  name = 'TimersAndMessages1765020000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "timers" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "definition_id" uuid NOT NULL,
      "process_instance_id" uuid,
      "element_instance_id" uuid,
      "element_id" character varying(255) NOT NULL,
      "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "repetitions" integer,
      "interval" character varying(64),
      "state" character varying(16) NOT NULL,
      "fired_count" integer NOT NULL DEFAULT 0,
      "locked_until" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_timers" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_timers_state" CHECK ("state" IN ('SCHEDULED','FIRED','CANCELED')))`);
    // The poller reads due timers only; fired and cancelled ones stay out of this index.
    await q.query(`CREATE INDEX "IDX_timers_due" ON "timers" ("due_at") WHERE "state" = 'SCHEDULED'`);
    await q.query(`CREATE INDEX "IDX_timers_instance" ON "timers" ("process_instance_id")`);
    await q.query(`CREATE INDEX "IDX_timers_definition" ON "timers" ("definition_id")`);

    await q.query(`CREATE TABLE "message_subscriptions" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "definition_id" uuid NOT NULL,
      "bpmn_process_id" character varying(255) NOT NULL,
      "process_instance_id" uuid,
      "element_instance_id" uuid,
      "element_id" character varying(255) NOT NULL,
      "message_name" character varying(255) NOT NULL,
      "correlation_key" character varying(255) NOT NULL DEFAULT '',
      "interrupting" boolean NOT NULL DEFAULT true,
      "state" character varying(16) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "closed_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_message_subscriptions" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_message_subscriptions_state" CHECK ("state" IN ('OPEN','CLOSED')))`);
    await q.query(`CREATE INDEX "IDX_message_subscriptions_match" ON "message_subscriptions" ("workspace_id", "message_name", "correlation_key") WHERE "state" = 'OPEN'`);
    await q.query(`CREATE INDEX "IDX_message_subscriptions_instance" ON "message_subscriptions" ("process_instance_id")`);
    await q.query(`CREATE INDEX "IDX_message_subscriptions_definition" ON "message_subscriptions" ("definition_id")`);

    await q.query(`CREATE TABLE "messages" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "name" character varying(255) NOT NULL,
      "correlation_key" character varying(255) NOT NULL DEFAULT '',
      "message_id" character varying(255),
      "variables" jsonb NOT NULL DEFAULT '{}',
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "published_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_messages" PRIMARY KEY ("id"))`);
    // a message id is unique among the buffered messages of one name and key: a repeat correlates once
    await q.query(`CREATE UNIQUE INDEX "UQ_messages_message_id" ON "messages" ("workspace_id", "name", "correlation_key", "message_id") WHERE "message_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "IDX_messages_match" ON "messages" ("workspace_id", "name", "correlation_key", "expires_at")`);
    await q.query(`CREATE INDEX "IDX_messages_expires" ON "messages" ("expires_at")`);

    await q.query(`CREATE TABLE "message_correlations" (
      "message_id" uuid NOT NULL,
      "bpmn_process_id" character varying(255) NOT NULL,
      "workspace_id" uuid NOT NULL,
      "process_instance_id" uuid,
      "element_id" character varying(255) NOT NULL,
      "correlation_key" character varying(255) NOT NULL,
      "is_start" boolean NOT NULL DEFAULT false,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_message_correlations" PRIMARY KEY ("message_id", "bpmn_process_id"))`);
    await q.query(`CREATE INDEX "IDX_message_correlations_start" ON "message_correlations" ("bpmn_process_id", "correlation_key") WHERE "is_start"`);

    await q.query(`ALTER TABLE "process_definitions" ADD "message_names" jsonb NOT NULL DEFAULT '[]'`);

    for (const table of ['timers', 'message_subscriptions']) {
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "FK_${table}_definition" FOREIGN KEY ("definition_id") REFERENCES "process_definitions"("id") ON DELETE CASCADE`);
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "FK_${table}_instance" FOREIGN KEY ("process_instance_id") REFERENCES "process_instances"("id") ON DELETE CASCADE`);
    }
    for (const table of ['messages', 'message_correlations']) {
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "FK_${table}_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`);
    }

    await q.query(`GRANT SELECT, INSERT, UPDATE ON "timers", "message_subscriptions", "message_correlations" TO baton_app`);
    await q.query(`GRANT SELECT, INSERT, DELETE ON "messages" TO baton_app`);
    for (const table of TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY "${table}_tenant" ON "${table}"
        USING ("workspace_id" = baton_workspace_id()) WITH CHECK ("workspace_id" = baton_workspace_id())`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "process_definitions" DROP COLUMN "message_names"`);
    for (const table of TABLES) await q.query(`DROP TABLE "${table}" CASCADE`);
  }
}
