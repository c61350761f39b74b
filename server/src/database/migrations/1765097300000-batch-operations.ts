import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['batch_operations', 'batch_operation_items'];

/**
 * Batch cancel and batch migration of process instances (issue 4, "operating running instances"): the operation
 * with its parameters and counts, and its instances snapshotted as items, each PENDING until a worker runs it in its
 * own transaction (DONE or FAILED with the reason). Workers of every replica claim items with SKIP LOCKED and a
 * lease, so a restart resumes where it stopped. Progress changes NOTIFY `baton_events` as type `batch`.
 */
export class BatchOperations1765097300000 implements MigrationInterface {
  name = 'BatchOperations1765097300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "batch_operations" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "kind" character varying(16) NOT NULL,
      "state" character varying(16) NOT NULL,
      "parameters" jsonb NOT NULL,
      "total_count" integer NOT NULL,
      "done_count" integer NOT NULL DEFAULT 0,
      "failed_count" integer NOT NULL DEFAULT 0,
      "created_by_id" uuid NOT NULL,
      "cancelled_by_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "ended_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "CHK_batch_operations_kind" CHECK ("kind" IN ('CANCEL','MIGRATE')),
      CONSTRAINT "CHK_batch_operations_state" CHECK ("state" IN ('RUNNING','COMPLETED','CANCELLED','FAILED')),
      CONSTRAINT "PK_batch_operations" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_batch_operations_workspace" ON "batch_operations" ("workspace_id", "created_at")`);
    await q.query(
      `CREATE INDEX "IDX_batch_operations_running" ON "batch_operations" ("created_at") WHERE "state" = 'RUNNING'`,
    );

    await q.query(`CREATE TABLE "batch_operation_items" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "batch_id" uuid NOT NULL,
      "position" integer NOT NULL,
      "process_instance_id" uuid NOT NULL,
      "state" character varying(16) NOT NULL DEFAULT 'PENDING',
      "error" jsonb,
      "attempts" integer NOT NULL DEFAULT 0,
      "locked_until" TIMESTAMP WITH TIME ZONE,
      "processed_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "CHK_batch_operation_items_state" CHECK ("state" IN ('PENDING','DONE','FAILED')),
      CONSTRAINT "PK_batch_operation_items" PRIMARY KEY ("id"))`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_batch_operation_items_position" ON "batch_operation_items" ("batch_id", "position")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_batch_operation_items_instance" ON "batch_operation_items" ("batch_id", "process_instance_id")`,
    );
    await q.query(
      `CREATE INDEX "IDX_batch_operation_items_pending" ON "batch_operation_items" ("batch_id", "position") WHERE "state" = 'PENDING'`,
    );

    for (const table of TABLES) {
      await q.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "FK_${table}_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`,
      );
    }
    await q.query(
      `ALTER TABLE "batch_operation_items" ADD CONSTRAINT "FK_batch_operation_items_batch" FOREIGN KEY ("batch_id") REFERENCES "batch_operations"("id") ON DELETE CASCADE`,
    );

    await q.query(
      `CREATE TRIGGER "TR_batch_operations_notify" AFTER INSERT OR UPDATE ON "batch_operations" FOR EACH ROW EXECUTE FUNCTION baton_notify_change('batch')`,
    );

    await q.query(`GRANT SELECT, INSERT, UPDATE ON "batch_operations", "batch_operation_items" TO baton_app`);
    for (const table of TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY "${table}_tenant" ON "${table}"
        USING ("workspace_id" = baton_workspace_id()) WITH CHECK ("workspace_id" = baton_workspace_id())`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TR_batch_operations_notify" ON "batch_operations"`);
    await q.query(`DROP TABLE "batch_operation_items" CASCADE`);
    await q.query(`DROP TABLE "batch_operations" CASCADE`);
  }
}
