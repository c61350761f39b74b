// A whole Baton server (HTTP + GraphQL) on a fresh embedded PostgreSQL, for the benchmarks that measure the public
// API. Needs a built server (npm run build -w @baton/server). `close()` removes everything.
// By default the server runs in this process; `{ ownProcess: true }` runs it in a child process (the production
// shape: nothing but the server on its event loop) and gives `sql()` instead of the in-process `baton`.
import { fork } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const server = new URL('../../server/dist/', import.meta.url);
const freePort = () => new Promise((done) => { const s = createServer().listen(0, () => { const p = s.address().port; s.close(() => done(p)); }); });

/** PostgreSQL and Baton (no demo data) in this process. */
export async function startBatonIn(name) {
  const { startEmbeddedPostgres } = await import(new URL('database/embedded-postgres.js', server));
  const { startBaton } = await import(new URL('bootstrap.js', server));
  const { parseEnv } = await import(new URL('config/env.js', server));
  const folder = mkdtempSync(join(tmpdir(), `baton-bench-${name}-`));
  chmodSync(folder, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: folder, port: await freePort(), log: process.env.BENCH_PG_LOG ? (line) => console.error('PG', line) : undefined });
  const env = parseEnv({ NODE_ENV: 'production', DATABASE_URL: pg.url, PORT: '0', HOST: '127.0.0.1', BATON_SEED_DEMO: 'false', BATON_LOG_LEVEL: 'error', BATON_DATA_DIR: folder, BATON_JWT_SECRET: 'b'.repeat(40) });
  const baton = await startBaton(env, { log: false });
  return { baton, pg, folder };
}

const graphqlClient = (url) => async (query, variables, token) => {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 2000));
  return body.data;
};

/** Starts PostgreSQL and Baton; `gql(query, variables, token)` answers data or throws the errors. */
export async function startBenchServer(name, { ownProcess = false } = {}) {
  if (ownProcess) return startInChild(name);
  const { baton, pg, folder } = await startBatonIn(name);
  const close = async () => {
    await baton.stop();
    await pg.stop();
    rmSync(folder, { recursive: true, force: true });
  };
  return { baton, gql: graphqlClient(baton.url), close };
}

async function startInChild(name) {
  const child = fork(new URL('baton-server-process.mjs', import.meta.url), [name], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: process.env.BENCH_SERVER_NODE_OPTIONS?.split(' ').filter(Boolean) ?? [],
  });
  const { url, databaseUrl } = await new Promise((done, fail) => {
    child.once('message', done);
    child.once('exit', (code) => fail(new Error(`the bench server exited with ${code} before it started`)));
  });
  const pg = createRequire(new URL('package.json', server))('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const close = async () => {
    await client.end();
    const exited = new Promise((done) => child.once('exit', done));
    child.send('stop');
    await exited;
  };
  /** A statement on the server's database as its owner (set-up and checks, never timed). */
  const sql = async (text, params) => (await client.query(text, params)).rows;
  /** The server's event-loop delay (p50, p99, max in ms) since the last call. */
  const eventLoop = () => new Promise((done) => {
    const answer = (message) => { if (message?.loop) { child.off('message', answer); done(message.loop); } };
    child.on('message', answer);
    child.send('loop');
  });
  return { url, gql: graphqlClient(url), sql, eventLoop, close, pid: child.pid };
}
