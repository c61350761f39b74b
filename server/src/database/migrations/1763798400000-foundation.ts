import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows belong to one workspace; row-level security keeps each workspace to itself. */
const TENANT_TABLES = ['memberships', 'invitations', 'groups', 'group_members', 'audit_events'];

export class Foundation1763798400000 implements MigrationInterface {
  name = 'Foundation1763798400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`CREATE TABLE "users" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "email" character varying(320) NOT NULL,
      "name" character varying(200) NOT NULL,
      "password_hash" text NOT NULL,
      "locale" character varying(10) NOT NULL DEFAULT 'en',
      "locked_until" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_users" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_users_email" ON "users" ("email")`);
    await q.query(`CREATE TABLE "workspaces" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" character varying(200) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_workspaces" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "memberships" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "user_id" uuid NOT NULL,
      "role" character varying(16) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_memberships" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_memberships_role" CHECK ("role" IN ('OWNER','ADMIN','BUILDER','MEMBER')))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_memberships_workspace_user" ON "memberships" ("workspace_id", "user_id")`);
    await q.query(`CREATE INDEX "IDX_memberships_user" ON "memberships" ("user_id")`);
    await q.query(`CREATE TABLE "invitations" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "email" character varying(320) NOT NULL,
      "role" character varying(16) NOT NULL,
      "token_hash" character varying(64) NOT NULL,
      "invited_by_id" uuid,
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "accepted_at" TIMESTAMP WITH TIME ZONE,
      "revoked_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_invitations" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_invitations_role" CHECK ("role" IN ('OWNER','ADMIN','BUILDER','MEMBER')))`);
    await q.query(`CREATE INDEX "IDX_invitations_workspace" ON "invitations" ("workspace_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_invitations_token_hash" ON "invitations" ("token_hash")`);
    await q.query(`CREATE TABLE "groups" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "key" character varying(64) NOT NULL,
      "name_zh_cn" character varying(200) NOT NULL,
      "name_en" character varying(200) NOT NULL,
      "parent_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_groups" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_groups_workspace_key" ON "groups" ("workspace_id", "key")`);
    await q.query(`CREATE TABLE "group_members" (
      "group_id" uuid NOT NULL,
      "user_id" uuid NOT NULL,
      "workspace_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_group_members" PRIMARY KEY ("group_id", "user_id"))`);
    await q.query(`CREATE INDEX "IDX_group_members_workspace" ON "group_members" ("workspace_id")`);
    await q.query(`CREATE TABLE "audit_events" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "action" character varying(64) NOT NULL,
      "actor_id" uuid,
      "actor_email" character varying(320),
      "ip" character varying(64),
      "target_type" character varying(64),
      "target_id" character varying(200),
      "details" jsonb,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_audit_events" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_audit_events_workspace_created" ON "audit_events" ("workspace_id", "created_at")`);
    await q.query(`CREATE TABLE "refresh_tokens" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL,
      "workspace_id" uuid NOT NULL,
      "family_id" uuid NOT NULL,
      "token_hash" character varying(64) NOT NULL,
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "rotated_at" TIMESTAMP WITH TIME ZONE,
      "revoked_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_refresh_tokens" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_refresh_tokens_user" ON "refresh_tokens" ("user_id")`);
    await q.query(`CREATE INDEX "IDX_refresh_tokens_family" ON "refresh_tokens" ("family_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_refresh_tokens_token_hash" ON "refresh_tokens" ("token_hash")`);
    await q.query(`CREATE TABLE "login_attempts" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "email" character varying(320) NOT NULL,
      "ip" character varying(64) NOT NULL,
      "succeeded" boolean NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_login_attempts" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_login_attempts_email_created" ON "login_attempts" ("email", "created_at")`);
    await q.query(`CREATE INDEX "IDX_login_attempts_ip_created" ON "login_attempts" ("ip", "created_at")`);
    await q.query(`CREATE TABLE "instance_settings" (
      "key" character varying(100) NOT NULL,
      "value" text NOT NULL,
      CONSTRAINT "PK_instance_settings" PRIMARY KEY ("key"))`);

    await q.query(`ALTER TABLE "memberships" ADD CONSTRAINT "FK_memberships_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "memberships" ADD CONSTRAINT "FK_memberships_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "invitations" ADD CONSTRAINT "FK_invitations_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "invitations" ADD CONSTRAINT "FK_invitations_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL`);
    await q.query(`ALTER TABLE "groups" ADD CONSTRAINT "FK_groups_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "groups" ADD CONSTRAINT "FK_groups_parent" FOREIGN KEY ("parent_id") REFERENCES "groups"("id") ON DELETE SET NULL`);
    await q.query(`ALTER TABLE "group_members" ADD CONSTRAINT "FK_group_members_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "group_members" ADD CONSTRAINT "FK_group_members_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE`);

    await this.enableRowLevelSecurity(q);
  }

  /**
   * The server connects as the schema owner and switches to `baton_app` inside each tenant transaction
   * (SET LOCAL ROLE), with the workspace and user ids in transaction-local settings. Owners and superusers
   * bypass RLS, the app role does not, so a forgotten WHERE clause cannot leak another workspace's rows.
   */
  private async enableRowLevelSecurity(q: QueryRunner): Promise<void> {
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'baton_app') THEN CREATE ROLE baton_app NOLOGIN; END IF;
    END $$`);
    await q.query(`DO $$ BEGIN EXECUTE format('GRANT baton_app TO %I', current_user); END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO baton_app`);
    await q.query(`CREATE FUNCTION baton_workspace_id() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT NULLIF(current_setting('baton.workspace_id', true), '')::uuid $$`);
    await q.query(`CREATE FUNCTION baton_user_id() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT NULLIF(current_setting('baton.user_id', true), '')::uuid $$`);

    await q.query(`GRANT SELECT ON "users" TO baton_app`);
    await q.query(`GRANT UPDATE ("name", "locale", "password_hash", "updated_at") ON "users" TO baton_app`);
    await q.query(`GRANT SELECT, UPDATE ON "workspaces" TO baton_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "memberships", "invitations", "groups", "group_members" TO baton_app`);
    await q.query(`GRANT SELECT, INSERT ON "audit_events" TO baton_app`);

    await q.query(`ALTER TABLE "workspaces" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "workspaces_member" ON "workspaces" USING (
      "id" = baton_workspace_id()
      OR EXISTS (SELECT 1 FROM "memberships" m WHERE m."workspace_id" = "workspaces"."id" AND m."user_id" = baton_user_id()))
      WITH CHECK ("id" = baton_workspace_id())`);
    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY "${table}_tenant" ON "${table}"
        USING ("workspace_id" = baton_workspace_id()) WITH CHECK ("workspace_id" = baton_workspace_id())`);
    }
    await q.query(`ALTER TABLE "users" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "users_visible" ON "users" FOR SELECT USING (
      "id" = baton_user_id()
      OR EXISTS (SELECT 1 FROM "memberships" m WHERE m."user_id" = "users"."id" AND m."workspace_id" = baton_workspace_id()))`);
    await q.query(`CREATE POLICY "users_self_update" ON "users" FOR UPDATE
      USING ("id" = baton_user_id()) WITH CHECK ("id" = baton_user_id())`);
    // A user may list their own memberships in every workspace (the workspace switcher), and nothing more.
    await q.query(`CREATE POLICY "memberships_own" ON "memberships" FOR SELECT USING ("user_id" = baton_user_id())`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['group_members', 'groups', 'invitations', 'memberships', 'audit_events', 'refresh_tokens', 'login_attempts', 'instance_settings', 'workspaces', 'users']) {
      await q.query(`DROP TABLE "${table}" CASCADE`);
    }
    await q.query(`DROP FUNCTION baton_workspace_id()`);
    await q.query(`DROP FUNCTION baton_user_id()`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM baton_app`);
  }
}
