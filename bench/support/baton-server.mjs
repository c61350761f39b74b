// A whole Baton server (HTTP + GraphQL) on a fresh embedded PostgreSQL, in this process, for the benchmarks that
// measure the public API. Needs a built server (npm run build -w @baton/server). `close()` removes everything.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const server = new URL('../../server/dist/', import.meta.url);
const { startEmbeddedPostgres } = await import(new URL('database/embedded-postgres.js', server));
const { startBaton } = await import(new URL('bootstrap.js', server));
const { parseEnv } = await import(new URL('config/env.js', server));

const freePort = () => new Promise((done) => { const s = createServer().listen(0, () => { const p = s.address().port; s.close(() => done(p)); }); });

/** Starts PostgreSQL and Baton (no demo data); `gql(query, variables, token)` answers data or throws the errors. */
export async function startBenchServer(name) {
  const folder = mkdtempSync(join(tmpdir(), `baton-bench-${name}-`));
  chmodSync(folder, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: folder, port: await freePort() });
  const env = parseEnv({ NODE_ENV: 'production', DATABASE_URL: pg.url, PORT: '0', HOST: '127.0.0.1', BATON_SEED_DEMO: 'false', BATON_LOG_LEVEL: 'error', BATON_DATA_DIR: folder, BATON_JWT_SECRET: 'b'.repeat(40) });
  const baton = await startBaton(env, { log: false });
  const gql = async (query, variables, token) => {
    const response = await fetch(`${baton.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 2000));
    return body.data;
  };
  const close = async () => {
    await baton.stop();
    await pg.stop();
    rmSync(folder, { recursive: true, force: true });
  };
  return { baton, gql, close };
}
