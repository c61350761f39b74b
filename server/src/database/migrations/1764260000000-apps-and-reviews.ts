import { MigrationInterface, QueryRunner } from 'typeorm';

/** Drop order: children first. Every row belongs to one workspace; row-level security keeps it there. */
const TABLES = ['task_comments', 'draft_reviews', 'drafts', 'app_items', 'apps'];

/**
 * Apps (a named group of forms and processes), drafts published through review (draft → in review → changes
 * requested | deployed) with the review trail, and comments on user tasks. See server/src/modules/app/README.md.
 */
export class AppsAndReviews1764260000000 implements MigrationInterface {
  name = 'AppsAndReviews1764260000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "apps" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "key" character varying(64) NOT NULL,
      "name_zh_cn" character varying(100) NOT NULL,
      "name_en" character varying(100) NOT NULL,
      "icon" character varying(64),
      "created_by_id" uuid,
      "archived_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_apps" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_apps_workspace_key" ON "apps" ("workspace_id", "key")`);
    await q.query(`CREATE TABLE "app_items" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "app_id" uuid NOT NULL,
      "kind" character varying(16) NOT NULL,
      "item_key" character varying(255) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_app_items" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_app_items_kind" CHECK ("kind" IN ('FORM','PROCESS')))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_app_items_app_kind_key" ON "app_items" ("app_id", "kind", "item_key")`);
    await q.query(`CREATE TABLE "drafts" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "app_id" uuid NOT NULL,
      "kind" character varying(16) NOT NULL,
      "item_key" character varying(255) NOT NULL,
      "content" text NOT NULL,
      "problems" jsonb NOT NULL,
      "state" character varying(24) NOT NULL,
      "author_id" uuid NOT NULL,
      "contributor_ids" jsonb NOT NULL,
      "base_version" integer,
      "deployed_version" integer,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_drafts" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_drafts_kind" CHECK ("kind" IN ('FORM','PROCESS')),
      CONSTRAINT "CHK_drafts_state" CHECK ("state" IN ('DRAFT','IN_REVIEW','CHANGES_REQUESTED','DEPLOYED')))`);
    await q.query(`CREATE INDEX "IDX_drafts_app" ON "drafts" ("app_id", "created_at")`);
    await q.query(`CREATE INDEX "IDX_drafts_item" ON "drafts" ("workspace_id", "kind", "item_key")`);
    await q.query(`CREATE TABLE "draft_reviews" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "draft_id" uuid NOT NULL,
      "action" character varying(24) NOT NULL,
      "actor_id" uuid NOT NULL,
      "comment" text,
      "element_comments" jsonb NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
      CONSTRAINT "PK_draft_reviews" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_draft_reviews_action" CHECK ("action" IN ('SUBMITTED','APPROVED','CHANGES_REQUESTED')))`);
    await q.query(`CREATE INDEX "IDX_draft_reviews_draft" ON "draft_reviews" ("draft_id", "created_at")`);
    await q.query(`CREATE TABLE "task_comments" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "task_id" uuid NOT NULL,
      "process_instance_id" uuid NOT NULL,
      "author_id" uuid NOT NULL,
      "text" text NOT NULL,
      "mentions" jsonb NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
      CONSTRAINT "PK_task_comments" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_task_comments_task" ON "task_comments" ("task_id", "created_at")`);

    for (const table of TABLES) {
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "FK_${table}_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`);
    }
    await q.query(`ALTER TABLE "app_items" ADD CONSTRAINT "FK_app_items_app" FOREIGN KEY ("app_id") REFERENCES "apps"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "drafts" ADD CONSTRAINT "FK_drafts_app" FOREIGN KEY ("app_id") REFERENCES "apps"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "draft_reviews" ADD CONSTRAINT "FK_draft_reviews_draft" FOREIGN KEY ("draft_id") REFERENCES "drafts"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "task_comments" ADD CONSTRAINT "FK_task_comments_task" FOREIGN KEY ("task_id") REFERENCES "user_tasks"("id") ON DELETE CASCADE`);

    // Apps are archived, never deleted; the review trail and comments are append-only for the app.
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "apps", "drafts" TO baton_app`);
    await q.query(`GRANT SELECT, INSERT, DELETE ON "app_items" TO baton_app`);
    await q.query(`GRANT SELECT, INSERT ON "draft_reviews", "task_comments" TO baton_app`);
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
