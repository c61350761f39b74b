import { MigrationInterface, QueryRunner } from 'typeorm';

/** The engine's tables, in drop order. Every row belongs to one workspace; row-level security keeps it there. */
const TABLES = ['process_history', 'incidents', 'jobs', 'user_tasks', 'variables', 'element_instances', 'process_instances', 'process_definitions'];

/**
 * The persistent BPMN runtime: definitions, instances, tokens and scopes (element instances), variables per scope,
 * user tasks, the job queue, incidents and the append-only history. See server/src/engine/README.md.
 */
export class ProcessEngine1764000000000 implements MigrationInterface {
  name = 'ProcessEngine1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "process_definitions" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "bpmn_process_id" character varying(255) NOT NULL,
      "version" integer NOT NULL,
      "name" character varying(255),
      "xml" text NOT NULL,
      "sha256" character varying(64) NOT NULL,
      "model" jsonb NOT NULL,
      "deployed_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_process_definitions" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_process_definitions_version" ON "process_definitions" ("workspace_id", "bpmn_process_id", "version")`);
    await q.query(`CREATE TABLE "process_instances" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "definition_id" uuid NOT NULL,
      "bpmn_process_id" character varying(255) NOT NULL,
      "version" integer NOT NULL,
      "state" character varying(16) NOT NULL,
      "lock_version" integer NOT NULL DEFAULT 0,
      "started_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "ended_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_process_instances" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_process_instances_state" CHECK ("state" IN ('ACTIVE','COMPLETED','TERMINATED')))`);
    await q.query(`CREATE INDEX "IDX_process_instances_workspace_created" ON "process_instances" ("workspace_id", "created_at")`);
    await q.query(`CREATE INDEX "IDX_process_instances_definition" ON "process_instances" ("definition_id")`);
    await q.query(`CREATE TABLE "element_instances" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "process_instance_id" uuid NOT NULL,
      "element_id" character varying(255) NOT NULL,
      "element_kind" character varying(32) NOT NULL,
      "scope_id" uuid,
      "state" character varying(16) NOT NULL,
      "incoming_flow_id" character varying(255),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "ended_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_element_instances" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_element_instances_state" CHECK ("state" IN ('ACTIVE','WAITING','COMPLETED','TERMINATED')))`);
    await q.query(`CREATE INDEX "IDX_element_instances_instance_state" ON "element_instances" ("process_instance_id", "state")`);
    await q.query(`CREATE TABLE "variables" (
      "scope_id" uuid NOT NULL,
      "name" character varying(255) NOT NULL,
      "workspace_id" uuid NOT NULL,
      "process_instance_id" uuid NOT NULL,
      "value" jsonb NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_variables" PRIMARY KEY ("scope_id", "name"))`);
    await q.query(`CREATE INDEX "IDX_variables_instance" ON "variables" ("process_instance_id")`);
    await q.query(`CREATE TABLE "user_tasks" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "process_instance_id" uuid NOT NULL,
      "element_instance_id" uuid NOT NULL,
      "element_id" character varying(255) NOT NULL,
      "name" character varying(255),
      "assignee" character varying(320),
      "candidate_groups" jsonb NOT NULL DEFAULT '[]',
      "candidate_users" jsonb NOT NULL DEFAULT '[]',
      "form_key" character varying(255),
      "form_id" character varying(255),
      "due_date" TIMESTAMP WITH TIME ZONE,
      "follow_up_date" TIMESTAMP WITH TIME ZONE,
      "priority" integer NOT NULL DEFAULT 50,
      "state" character varying(16) NOT NULL,
      "completed_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "completed_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_user_tasks" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_user_tasks_state" CHECK ("state" IN ('CREATED','COMPLETED','CANCELED')))`);
    await q.query(`CREATE INDEX "IDX_user_tasks_workspace_state_created" ON "user_tasks" ("workspace_id", "state", "created_at")`);
    await q.query(`CREATE INDEX "IDX_user_tasks_instance" ON "user_tasks" ("process_instance_id")`);
    await q.query(`CREATE TABLE "jobs" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "process_instance_id" uuid NOT NULL,
      "element_instance_id" uuid NOT NULL,
      "element_id" character varying(255) NOT NULL,
      "type" character varying(255) NOT NULL,
      "retries" integer NOT NULL,
      "attempts" integer NOT NULL DEFAULT 0,
      "custom_headers" jsonb NOT NULL DEFAULT '{}',
      "state" character varying(16) NOT NULL,
      "run_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "locked_until" TIMESTAMP WITH TIME ZONE,
      "worker" character varying(255),
      "error_message" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_jobs" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_jobs_state" CHECK ("state" IN ('ACTIVATABLE','ACTIVATED','COMPLETED','FAILED','ERROR_THROWN','CANCELED')))`);
    // The claim query reads (type, run_at) of open jobs only; finished jobs stay out of this index.
    await q.query(`CREATE INDEX "IDX_jobs_claim" ON "jobs" ("type", "run_at") WHERE "state" IN ('ACTIVATABLE','ACTIVATED')`);
    await q.query(`CREATE INDEX "IDX_jobs_instance" ON "jobs" ("process_instance_id")`);
    await q.query(`CREATE TABLE "incidents" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspace_id" uuid NOT NULL,
      "process_instance_id" uuid NOT NULL,
      "element_instance_id" uuid NOT NULL,
      "element_id" character varying(255) NOT NULL,
      "job_id" uuid,
      "type" character varying(32) NOT NULL,
      "phase" character varying(16) NOT NULL,
      "message" text NOT NULL,
      "state" character varying(16) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "resolved_at" TIMESTAMP WITH TIME ZONE,
      "resolved_by" uuid,
      CONSTRAINT "PK_incidents" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_incidents_state" CHECK ("state" IN ('ACTIVE','RESOLVED')))`);
    await q.query(`CREATE INDEX "IDX_incidents_instance" ON "incidents" ("process_instance_id")`);
    await q.query(`CREATE TABLE "process_history" (
      "id" BIGSERIAL NOT NULL,
      "workspace_id" uuid NOT NULL,
      "process_instance_id" uuid NOT NULL,
      "element_instance_id" uuid,
      "element_id" character varying(255) NOT NULL,
      "element_kind" character varying(32) NOT NULL,
      "event" character varying(16) NOT NULL,
      "actor_id" uuid,
      "duration_ms" integer,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
      CONSTRAINT "PK_process_history" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_process_history_instance" ON "process_history" ("process_instance_id", "id")`);

    await q.query(`ALTER TABLE "process_definitions" ADD CONSTRAINT "FK_process_definitions_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "process_instances" ADD CONSTRAINT "FK_process_instances_definition" FOREIGN KEY ("definition_id") REFERENCES "process_definitions"("id") ON DELETE CASCADE`);
    for (const table of ['element_instances', 'variables', 'user_tasks', 'jobs', 'incidents', 'process_history']) {
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "FK_${table}_instance" FOREIGN KEY ("process_instance_id") REFERENCES "process_instances"("id") ON DELETE CASCADE`);
    }

    await q.query(`GRANT SELECT, INSERT ON "process_definitions", "process_history" TO baton_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "process_instances", "element_instances", "user_tasks", "jobs", "incidents" TO baton_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "variables" TO baton_app`);
    for (const table of TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY "${table}_tenant" ON "${table}"
        USING ("workspace_id" = baton_workspace_id()) WITH CHECK ("workspace_id" = baton_workspace_id())`);
    }
    await q.query(`GRANT USAGE ON SEQUENCE "process_history_id_seq" TO baton_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`DROP TABLE "${table}" CASCADE`);
  }
}
