import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseEnv } from '../config/env.js';
import { createDataSource } from '../database/data-source.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';

/** `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in BATON_DATA_DIR. */
async function migrate(): Promise<void> {
  const env = parseEnv(process.env);
  const embedded = env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: resolve(env.BATON_DATA_DIR), port: env.BATON_EMBEDDED_PG_PORT });
  const dataSource = createDataSource(env.DATABASE_URL ?? embedded!.url);
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'No pending migrations.');
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  }
}

migrate().catch((error: unknown) => {
  console.error('Migration failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
