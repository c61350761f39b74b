import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['signal_subscriptions', 'signal_broadcasts', 'webhook_keys', 'webhook_deliveries'];

/**
 * Signals and inbound message webhooks of the BPMN engine (issue 4): signal subscriptions of waiting elements, event
 * sub-processes and signal start events; signals thrown by processes, queued until the engine poller broadcasts
 * them; the sealed HMAC key of each workspace's message webhooks, and the delivery ids they have taken (replays
 * correlate once).
 */
export class SignalsAndWebhooks1765042000000 implements MigrationInterface {
  name = 'SignalsAndWebhooks1765042000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "signal_subscriptions" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "definition_id" uuid NOT NULL,
      "bpmn_process_id" character varying(255) NOT NULL,
      "process_instance_id" uuid,
      "element_instance_id" uuid,
      "element_id" character varying(255) NOT NULL,
      "signal_name" character varying(255) NOT NULL,
      "interrupting" boolean NOT NULL DEFAULT true,
      "state" character varying(16) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "closed_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_signal_subscriptions" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_signal_subscriptions_state" CHECK ("state" IN ('OPEN','CLOSED')))`);
    await q.query(`CREATE INDEX "IDX_signal_subscriptions_match" ON "signal_subscriptions" ("workspace_id", "signal_name") WHERE "state" = 'OPEN'`);
    await q.query(`CREATE INDEX "IDX_signal_subscriptions_instance" ON "signal_subscriptions" ("process_instance_id")`);
    await q.query(`CREATE INDEX "IDX_signal_subscriptions_definition" ON "signal_subscriptions" ("definition_id")`);
    await q.query(`ALTER TABLE "signal_subscriptions" ADD CONSTRAINT "FK_signal_subscriptions_definition" FOREIGN KEY ("definition_id") REFERENCES "process_definitions"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "signal_subscriptions" ADD CONSTRAINT "FK_signal_subscriptions_instance" FOREIGN KEY ("process_instance_id") REFERENCES "process_instances"("id") ON DELETE CASCADE`);

    await q.query(`CREATE TABLE "signal_broadcasts" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "name" character varying(255) NOT NULL,
      "variables" jsonb NOT NULL DEFAULT '{}',
      "source_instance_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_signal_broadcasts" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_signal_broadcasts_created" ON "signal_broadcasts" ("created_at")`);

    await q.query(`CREATE TABLE "webhook_keys" (
      "workspace_id" uuid NOT NULL,
      "ciphertext" text NOT NULL,
      "key_id" character varying(16) NOT NULL,
      "updated_by_id" uuid NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_webhook_keys" PRIMARY KEY ("workspace_id"))`);

    await q.query(`CREATE TABLE "webhook_deliveries" (
      "workspace_id" uuid NOT NULL,
      "message_name" character varying(255) NOT NULL,
      "delivery_id" character varying(255) NOT NULL,
      "message_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_webhook_deliveries" PRIMARY KEY ("workspace_id", "message_name", "delivery_id"))`);

    for (const table of ['signal_broadcasts', 'webhook_keys', 'webhook_deliveries']) {
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "FK_${table}_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`);
    }
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "signal_subscriptions" TO baton_app`);
    // UPDATE for SELECT … FOR UPDATE SKIP LOCKED: the poller takes each queued signal under its row lock
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "signal_broadcasts" TO baton_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "webhook_keys" TO baton_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "webhook_deliveries" TO baton_app`);
    for (const table of TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY "${table}_tenant" ON "${table}"
        USING ("workspace_id" = baton_workspace_id()) WITH CHECK ("workspace_id" = baton_workspace_id())`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`DROP TABLE "${table}" CASCADE`);
  }
}
