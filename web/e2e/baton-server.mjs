// Starts and stops the real Baton server for the end-to-end run.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_MAIN = resolve(WEB_DIR, '../server/dist/main.js');
const READY_TIMEOUT_MS = 120_000;

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForReady(url, child) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited with code ${child.exitCode}; see test-results/server.log`);
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error(`server not ready within ${READY_TIMEOUT_MS / 1000} s; see test-results/server.log`);
}

/** The server serves web/dist: build it (a few seconds) so the test never runs a stale app; BATON_E2E_SKIP_BUILD=1 skips. */
export function ensureWebBuild() {
  if (process.env.BATON_E2E_SKIP_BUILD === '1' && existsSync(join(WEB_DIR, 'dist/index.html'))) return;
  const build = spawnSync('npx', ['vite', 'build'], { cwd: WEB_DIR, stdio: 'inherit' });
  assert.equal(build.status, 0, 'vite build failed');
}

/**
 * Starts server/dist/main.js on a free port with a fresh data folder (DATABASE_URL, when set, is passed through and
 * used instead of embedded PostgreSQL); resolves once GET /readyz answers 200. Its output goes to resultsDir/server.log.
 */
export async function startServer(resultsDir) {
  assert.ok(existsSync(SERVER_MAIN), `${SERVER_MAIN} is missing: run npm run build -w @baton/sdk -w @baton/server`);
  const [port, pgPort] = [await freePort(), await freePort()];
  const dataDir = mkdtempSync(join(tmpdir(), 'baton-e2e-'));
  // As root, embedded PostgreSQL runs as the `postgres` user, which must be able to enter this 0700 folder.
  chmodSync(dataDir, 0o755);
  const log = createWriteStream(join(resultsDir, 'server.log'));
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: dirname(SERVER_MAIN),
    env: {
      ...process.env,
      PORT: String(port),
      BATON_DATA_DIR: dataDir,
      BATON_EMBEDDED_PG_PORT: String(pgPort),
      BATON_SEED_DEMO: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const server = { url: `http://localhost:${port}`, child, dataDir };
  try {
    await waitForReady(server.url, child);
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  return server;
}

/** SIGTERM (SIGKILL after 20 s), then removes the data folder. */
export async function stopServer(server) {
  if (!server) return;
  const { child, dataDir } = server;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(dataDir, { recursive: true, force: true });
}
