import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['forms', 'records', 'record_changes', 'serial_counters', 'record_views'];

/** Forms (immutable versions), records (soft-deleted, pinned to a version), their history, serial counters, saved views. */
export class FormsAndRecords1764100000000 implements MigrationInterface {
  name = 'FormsAndRecords1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // Trigram indexes make `search` (ILIKE '%…%') usable on large tables, also for Chinese text, which
    // word-based tsvector configurations do not split.
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE TABLE "forms" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "form_key" character varying(100) NOT NULL,
      "version" integer NOT NULL,
      "name" character varying(200) NOT NULL,
      "schema" jsonb NOT NULL,
      "schema_hash" character varying(64) NOT NULL,
      "created_by_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_forms" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_forms_workspace_key_version" ON "forms" ("workspace_id", "form_key", "version")`);
    await q.query(`CREATE TABLE "records" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "form_id" uuid NOT NULL,
      "form_key" character varying(100) NOT NULL,
      "data" jsonb NOT NULL,
      "search_text" text NOT NULL,
      "created_by_id" uuid,
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_by_id" uuid,
      "updated_at" TIMESTAMP(3) WITH TIME ZONE,
      "deleted_by_id" uuid,
      "deleted_at" TIMESTAMP(3) WITH TIME ZONE,
      CONSTRAINT "PK_records" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_records_list" ON "records" ("workspace_id", "form_key", "created_at", "id")`);
    await q.query(`CREATE INDEX "IDX_records_form" ON "records" ("form_id")`);
    await q.query(`CREATE INDEX "IDX_records_search" ON "records" USING gin ("search_text" gin_trgm_ops)`);
    await q.query(`CREATE TABLE "record_changes" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "record_id" uuid NOT NULL,
      "action" character varying(16) NOT NULL,
      "changes" jsonb NOT NULL,
      "changed_by_id" uuid,
      "changed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_record_changes" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_record_changes_record" ON "record_changes" ("record_id", "changed_at")`);
    await q.query(`CREATE TABLE "serial_counters" (
      "workspace_id" uuid NOT NULL,
      "form_key" character varying(100) NOT NULL,
      "field_key" character varying(200) NOT NULL,
      "period" character varying(16) NOT NULL,
      "value" integer NOT NULL,
      CONSTRAINT "PK_serial_counters" PRIMARY KEY ("workspace_id", "form_key", "field_key", "period"))`);
    await q.query(`CREATE TABLE "record_views" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "form_key" character varying(100) NOT NULL,
      "name" character varying(100) NOT NULL,
      "filter" jsonb NOT NULL,
      "sort" jsonb,
      "shared" boolean NOT NULL,
      "owner_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_record_views" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_record_views_owner_name" ON "record_views" ("workspace_id", "form_key", "owner_id", "name")`);

    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "FK_${table}_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`);
    }
    await q.query(`ALTER TABLE "records" ADD CONSTRAINT "FK_records_form" FOREIGN KEY ("form_id") REFERENCES "forms"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "record_changes" ADD CONSTRAINT "FK_record_changes_record" FOREIGN KEY ("record_id") REFERENCES "records"("id") ON DELETE CASCADE`);

    // Form versions and record history are append-only for the app; records are soft-deleted, never removed.
    await q.query(`GRANT SELECT, INSERT ON "forms", "record_changes" TO baton_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "records", "serial_counters" TO baton_app`);
    await q.query(`GRANT SELECT, INSERT, DELETE ON "record_views" TO baton_app`);
    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY "${table}_tenant" ON "${table}"
        USING ("workspace_id" = baton_workspace_id()) WITH CHECK ("workspace_id" = baton_workspace_id())`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['record_views', 'record_changes', 'records', 'serial_counters', 'forms']) {
      await q.query(`DROP TABLE "${table}" CASCADE`);
    }
  }
}
