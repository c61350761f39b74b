import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachments on task comments (issue 6, the task page): the ids of workspace files (uploaded through /api/files)
 * a comment carries. The table keeps its row-level security; files stay in `files` under theirs.
 */
export class TaskCommentAttachments1765110000000 implements MigrationInterface {
  name = 'TaskCommentAttachments1765110000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "task_comments" ADD "attachments" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE "task_comments" ADD CONSTRAINT "CHK_task_comments_attachments" CHECK (jsonb_typeof("attachments") = 'array' AND jsonb_array_length("attachments") <= 20)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "task_comments" DROP CONSTRAINT "CHK_task_comments_attachments"`);
    await q.query(`ALTER TABLE "task_comments" DROP COLUMN "attachments"`);
  }
}
