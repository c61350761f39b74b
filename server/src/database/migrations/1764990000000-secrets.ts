import { MigrationInterface, QueryRunner } from 'typeorm';

/** Connector secrets per workspace, sealed (AES-256-GCM) by the server before they are written. */
export class Secrets1764990000000 implements MigrationInterface {
  name = 'Secrets1764990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "secrets" (
      "workspace_id" uuid NOT NULL,
      "name" character varying(64) NOT NULL,
      "ciphertext" text NOT NULL,
      "key_id" character varying(16) NOT NULL,
      "updated_by_id" uuid NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_secrets" PRIMARY KEY ("workspace_id", "name"))`);
    await q.query(`ALTER TABLE "secrets" ADD CONSTRAINT "FK_secrets_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "secrets" TO baton_app`);
    await q.query(`ALTER TABLE "secrets" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "secrets_tenant" ON "secrets" USING ("workspace_id" = baton_workspace_id()) WITH CHECK ("workspace_id" = baton_workspace_id())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "secrets" CASCADE`);
  }
}
