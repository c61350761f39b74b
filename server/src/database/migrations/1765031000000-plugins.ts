import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['plugin_pins', 'plugin_enablements', 'plugins'];

/**
 * Plugins installed at run time from packed tarballs, per workspace (the bytes are kept here so every replica, and
 * one that starts later, unpacks the same version); whether a workspace has each plugin switched on; and which
 * plugin versions each process definition runs. The trigger records those at deploy: the highest version of every
 * plugin the workspace has then, so a process keeps running the connector it was deployed with until redeployed.
 */
export class Plugins1765031000000 implements MigrationInterface {
  name = 'Plugins1765031000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "plugins" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "plugin_id" character varying(63) NOT NULL,
      "version" character varying(64) NOT NULL,
      "version_order" character varying(128) NOT NULL,
      "package_name" character varying(214) NOT NULL,
      "manifest" jsonb NOT NULL,
      "connectors" jsonb NOT NULL,
      "sha256" character varying(64) NOT NULL,
      "size" integer NOT NULL,
      "tarball" bytea NOT NULL,
      "installed_by_id" uuid NOT NULL,
      "installed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_plugins" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_plugins_version" ON "plugins" ("workspace_id", "plugin_id", "version")`);
    await q.query(`CREATE TABLE "plugin_enablements" (
      "workspace_id" uuid NOT NULL,
      "plugin_id" character varying(63) NOT NULL,
      "enabled" boolean NOT NULL,
      "updated_by_id" uuid NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_plugin_enablements" PRIMARY KEY ("workspace_id", "plugin_id"))`);
    await q.query(`CREATE TABLE "plugin_pins" (
      "definition_id" uuid NOT NULL,
      "plugin_id" character varying(63) NOT NULL,
      "workspace_id" uuid NOT NULL,
      "version" character varying(64) NOT NULL,
      "pinned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_plugin_pins" PRIMARY KEY ("definition_id", "plugin_id"))`);
    await q.query(`CREATE INDEX "IDX_plugin_pins_version" ON "plugin_pins" ("workspace_id", "plugin_id", "version")`);
    await q.query(`ALTER TABLE "plugins" ADD CONSTRAINT "FK_plugins_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "plugin_enablements" ADD CONSTRAINT "FK_plugin_enablements_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "plugin_pins" ADD CONSTRAINT "FK_plugin_pins_definition" FOREIGN KEY ("definition_id") REFERENCES "process_definitions"("id") ON DELETE CASCADE`);
    await q.query(`GRANT SELECT, INSERT, DELETE ON "plugins" TO baton_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "plugin_enablements" TO baton_app`);
    await q.query(`GRANT SELECT, INSERT ON "plugin_pins" TO baton_app`);
    for (const table of TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY "${table}_tenant" ON "${table}" USING ("workspace_id" = baton_workspace_id()) WITH CHECK ("workspace_id" = baton_workspace_id())`);
    }
    await q.query(`CREATE FUNCTION baton_pin_plugins() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO plugin_pins (definition_id, plugin_id, workspace_id, version)
        SELECT DISTINCT ON (p.plugin_id) NEW.id, p.plugin_id, NEW.workspace_id, p.version
        FROM plugins p WHERE p.workspace_id = NEW.workspace_id
        ORDER BY p.plugin_id, p.version_order COLLATE "C" DESC;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "TR_process_definitions_pin_plugins" AFTER INSERT ON "process_definitions" FOR EACH ROW EXECUTE FUNCTION baton_pin_plugins()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TR_process_definitions_pin_plugins" ON "process_definitions"`);
    await q.query(`DROP FUNCTION baton_pin_plugins()`);
    for (const table of TABLES) await q.query(`DROP TABLE "${table}" CASCADE`);
  }
}
