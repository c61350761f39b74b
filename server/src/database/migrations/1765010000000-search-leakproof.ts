import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets the records `search` (ILIKE '%…%') use its pg_trgm index under row-level security. PostgreSQL only uses an
 * index for a condition under RLS when its operator is LEAKPROOF, and `texticlike` (ILIKE) is not marked so; without it
 * a search over 1,000,000 records scans them all (≈ 5 s). ILIKE reveals nothing about the row beyond its result: its
 * only error is about the pattern, which is the caller's own input (and Baton escapes it). Marking a built-in function
 * needs a superuser: the embedded PostgreSQL's owner is one; on an external server where the migration user is not,
 * this is skipped with a notice and search stays correct, only slower.
 */
export class SearchLeakproof1765010000000 implements MigrationInterface {
  name = 'SearchLeakproof1765010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DO $$ BEGIN
      IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        ALTER FUNCTION texticlike(text, text) LEAKPROOF;
      ELSE
        RAISE NOTICE 'Not a superuser: records search will not use its trigram index under row-level security (see migration SearchLeakproof1765010000000).';
      END IF;
    END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DO $$ BEGIN
      IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN ALTER FUNCTION texticlike(text, text) NOT LEAKPROOF; END IF;
    END $$`);
  }
}
