import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Add a signer (加签, issue 4): a signer's task is a `user_tasks` row on the same element instance as the task it was
 * added to (`signer_of`, `sign_position` BEFORE or AFTER). A task waiting for its before-signer is SUSPENDED; a task
 * with an after-signer names them in `after_signer` until it is completed. `carried_variables` are what earlier
 * participants of the same step submitted, merged under the completing participant's variables when the token moves.
 * The SLA trigger treats SUSPENDED as still open (the step's deadlines keep running).
 */
export class ApprovalSigners1765104000000 implements MigrationInterface {
  name = 'ApprovalSigners1765104000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "user_tasks" ADD "signer_of" uuid`);
    await q.query(`ALTER TABLE "user_tasks" ADD "sign_position" character varying(8)`);
    await q.query(`ALTER TABLE "user_tasks" ADD "after_signer" character varying(320)`);
    await q.query(`ALTER TABLE "user_tasks" ADD "carried_variables" jsonb`);
    await q.query(`ALTER TABLE "user_tasks" ADD CONSTRAINT "FK_user_tasks_signer_of" FOREIGN KEY ("signer_of") REFERENCES "user_tasks"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "user_tasks" ADD CONSTRAINT "CHK_user_tasks_sign_position" CHECK ("sign_position" IN ('BEFORE','AFTER'))`);
    await q.query(`CREATE INDEX "IDX_user_tasks_signer_of" ON "user_tasks" ("signer_of") WHERE "signer_of" IS NOT NULL`);
    await q.query(`ALTER TABLE "user_tasks" DROP CONSTRAINT "CHK_user_tasks_state"`);
    await q.query(`ALTER TABLE "user_tasks" ADD CONSTRAINT "CHK_user_tasks_state" CHECK ("state" IN ('CREATED','SUSPENDED','COMPLETED','CANCELED'))`);
    await q.query(`DROP TRIGGER "TRG_user_tasks_sla_ended" ON "user_tasks"`);
    await q.query(`CREATE TRIGGER "TRG_user_tasks_sla_ended" AFTER UPDATE OF "state" ON "user_tasks"
      FOR EACH ROW WHEN (OLD."state" IN ('CREATED','SUSPENDED') AND NEW."state" NOT IN ('CREATED','SUSPENDED')) EXECUTE FUNCTION baton_task_sla_ended()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TRG_user_tasks_sla_ended" ON "user_tasks"`);
    await q.query(`CREATE TRIGGER "TRG_user_tasks_sla_ended" AFTER UPDATE OF "state" ON "user_tasks"
      FOR EACH ROW WHEN (OLD."state" = 'CREATED' AND NEW."state" <> 'CREATED') EXECUTE FUNCTION baton_task_sla_ended()`);
    await q.query(`UPDATE "user_tasks" SET "state" = 'CREATED' WHERE "state" = 'SUSPENDED'`);
    await q.query(`ALTER TABLE "user_tasks" DROP CONSTRAINT "CHK_user_tasks_state"`);
    await q.query(`ALTER TABLE "user_tasks" ADD CONSTRAINT "CHK_user_tasks_state" CHECK ("state" IN ('CREATED','COMPLETED','CANCELED'))`);
    await q.query(`DROP INDEX "IDX_user_tasks_signer_of"`);
    await q.query(`ALTER TABLE "user_tasks" DROP CONSTRAINT "CHK_user_tasks_sign_position"`);
    await q.query(`ALTER TABLE "user_tasks" DROP CONSTRAINT "FK_user_tasks_signer_of"`);
    for (const column of ['carried_variables', 'after_signer', 'sign_position', 'signer_of']) await q.query(`ALTER TABLE "user_tasks" DROP COLUMN "${column}"`);
  }
}
