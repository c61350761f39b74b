import { MigrationInterface, QueryRunner } from 'typeorm';

/** Per-workspace allow-lists of internal hosts for connectors' outbound HTTP. */
export class OutboundAllowLists1765000000000 implements MigrationInterface {
  name = 'OutboundAllowLists1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "outbound_allow_lists" (
      "workspace_id" uuid NOT NULL,
      "hosts" jsonb NOT NULL,
      "updated_by_id" uuid NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_outbound_allow_lists" PRIMARY KEY ("workspace_id"))`);
    await q.query(`ALTER TABLE "outbound_allow_lists" ADD CONSTRAINT "FK_outbound_allow_lists_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "outbound_allow_lists" TO baton_app`);
    await q.query(`ALTER TABLE "outbound_allow_lists" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "outbound_allow_lists_tenant" ON "outbound_allow_lists" USING ("workspace_id" = baton_workspace_id()) WITH CHECK ("workspace_id" = baton_workspace_id())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "outbound_allow_lists" CASCADE`);
  }
}
