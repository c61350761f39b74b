import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { EmbeddedDatabase, startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { freePort } from './free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}

/**
 * One PostgreSQL server per test run: DATABASE_URL when given, otherwise an embedded one in a temp folder.
 * Each spec file creates its own fresh database on it (see database.ts), so files never see each other's rows.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedDatabase | null = null;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    // As root, PostgreSQL runs as the postgres user, which must be able to write the folder's parent.
    const parent = mkdtempSync(join(tmpdir(), 'baton-it-'));
    chmodSync(parent, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: parent, port: await freePort() });
    serverUrl = embedded.url;
  }
  project.provide('databaseServerUrl', serverUrl);
  return async () => {
    await embedded?.stop();
  };
}

export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
