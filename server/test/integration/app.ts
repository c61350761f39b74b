import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { RunningBaton, startBaton } from '../../src/bootstrap.js';
import { parseEnv } from '../../src/config/env.js';
import { createDatabase } from './global-setup.js';

/** Boots the real Baton server (Nest app, migrations, HTTP on a free port) on a fresh database. */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<RunningBaton> {
  const name = `baton_it_${randomBytes(6).toString('hex')}`;
  const url = await createDatabase(inject('databaseServerUrl'), name);
  const env = parseEnv({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    PORT: '0',
    HOST: '127.0.0.1',
    BATON_SEED_DEMO: 'false',
    BATON_LOG_LEVEL: 'error',
    ...overrides,
  });
  return startBaton(env, { log: process.env.BATON_TEST_LOG === "1" });
}
