import { MigrationInterface, QueryRunner } from 'typeorm';

/** Uploaded files (bytes on disk under the data folder, facts here), append-only for the app role. */
export class Files1764970000000 implements MigrationInterface {
  name = 'Files1764970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "files" (
      "id" uuid NOT NULL,
      "workspace_id" uuid NOT NULL,
      "name" character varying(200) NOT NULL,
      "content_type" character varying(100) NOT NULL,
      "size" bigint NOT NULL,
      "sha256" character varying(64) NOT NULL,
      "uploaded_by_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_files" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_files_workspace_created" ON "files" ("workspace_id", "created_at")`);
    await q.query(`ALTER TABLE "files" ADD CONSTRAINT "FK_files_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`);
    await q.query(`GRANT SELECT, INSERT ON "files" TO baton_app`);
    await q.query(`ALTER TABLE "files" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "files_tenant" ON "files" USING ("workspace_id" = baton_workspace_id()) WITH CHECK ("workspace_id" = baton_workspace_id())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "files" CASCADE`);
  }
}
