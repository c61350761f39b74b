import { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexed record fields: what builders asked for; the indexes themselves are built in the background. */
export class RecordIndexes1764950000000 implements MigrationInterface {
  name = 'RecordIndexes1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "record_indexes" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "form_key" character varying(100) NOT NULL,
      "field_key" character varying(200) NOT NULL,
      "path" jsonb NOT NULL,
      "index_name" character varying(63) NOT NULL,
      "state" character varying(16) NOT NULL,
      "error" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "CHK_record_indexes_state" CHECK ("state" IN ('BUILDING','READY','FAILED','DROPPING')),
      CONSTRAINT "PK_record_indexes" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_record_indexes_field" ON "record_indexes" ("workspace_id", "form_key", "field_key")`);
    await q.query(`ALTER TABLE "record_indexes" ADD CONSTRAINT "FK_record_indexes_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "record_indexes" TO baton_app`);
    await q.query(`ALTER TABLE "record_indexes" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "record_indexes_tenant" ON "record_indexes"
      USING ("workspace_id" = baton_workspace_id()) WITH CHECK ("workspace_id" = baton_workspace_id())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "record_indexes" CASCADE`);
  }
}
