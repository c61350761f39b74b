import { MigrationInterface, QueryRunner } from 'typeorm';

/** Share links for anonymous form submissions. The anonymous side finds a link by token hash as the owner role. */
export class PublicFormLinks1764980000000 implements MigrationInterface {
  name = 'PublicFormLinks1764980000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "public_form_links" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "token_hash" character varying(64) NOT NULL,
      "form_key" character varying(100) NOT NULL,
      "bpmn_process_id" character varying(255),
      "expires_at" TIMESTAMP WITH TIME ZONE,
      "revoked_at" TIMESTAMP WITH TIME ZONE,
      "created_by_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_public_form_links" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_public_form_links_token" ON "public_form_links" ("token_hash")`);
    await q.query(`ALTER TABLE "public_form_links" ADD CONSTRAINT "FK_public_form_links_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "public_form_links" TO baton_app`);
    await q.query(`ALTER TABLE "public_form_links" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "public_form_links_tenant" ON "public_form_links" USING ("workspace_id" = baton_workspace_id()) WITH CHECK ("workspace_id" = baton_workspace_id())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "public_form_links" CASCADE`);
  }
}
