import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Call activities (issue 4): a process instance started by a call activity names its parent instance, the call
 * activity's element instance there, and the root of its tree. Every command locks the root row first, so the
 * instances of one tree (parent and children) change one command at a time and never deadlock each other.
 */
export class CallActivities1765080000000 implements MigrationInterface {
  name = 'CallActivities1765080000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "process_instances" ADD "parent_instance_id" uuid`);
    await q.query(`ALTER TABLE "process_instances" ADD "parent_element_instance_id" uuid`);
    await q.query(`ALTER TABLE "process_instances" ADD "root_instance_id" uuid`);
    await q.query(`CREATE INDEX "IDX_process_instances_parent" ON "process_instances" ("parent_instance_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_process_instances_parent"`);
    await q.query(`ALTER TABLE "process_instances" DROP COLUMN "root_instance_id"`);
    await q.query(`ALTER TABLE "process_instances" DROP COLUMN "parent_element_instance_id"`);
    await q.query(`ALTER TABLE "process_instances" DROP COLUMN "parent_instance_id"`);
  }
}
