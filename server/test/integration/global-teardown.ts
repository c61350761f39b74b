import { Client } from 'pg';
import type { EmbeddedDatabase } from '../../src/database/embedded-postgres.js';

export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as Record<string, unknown>).__batonDb as EmbeddedDatabase | undefined;
  if (db) {
    await db.stop();
    return;
  }
  const admin = new Client({ connectionString: process.env.BATON_TEST_SERVER_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${process.env.BATON_TEST_DATABASE_NAME} WITH (FORCE)`);
  await admin.end();
}
