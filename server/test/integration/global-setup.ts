import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { freePort } from './free-port.js';

/**
 * One PostgreSQL per test run: DATABASE_URL when given, otherwise an embedded one in a temp folder.
 * Each run gets a fresh database so runs never see each other's rows.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'baton-it-'));
    const db = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    (globalThis as Record<string, unknown>).__batonDb = db;
    serverUrl = db.url;
  }
  const name = `baton_it_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.BATON_TEST_DATABASE_URL = url.toString();
  process.env.BATON_TEST_SERVER_URL = serverUrl;
  process.env.BATON_TEST_DATABASE_NAME = name;
}
