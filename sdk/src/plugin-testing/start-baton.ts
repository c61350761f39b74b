import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface StartBatonOptions {
  /** Built plugin folders (package.json with a `baton` manifest and its `main`): the server's BATON_PLUGIN_DIRS. */
  plugins: string[];
  /**
   * A PostgreSQL database for the server (it applies its migrations). Without one the server starts its embedded
   * PostgreSQL in a temporary folder (slower: initdb takes a few seconds).
   */
  databaseUrl?: string;
  /** The Baton server's `dist/main.js`; default BATON_SERVER_ENTRY, else `@baton/server` resolved from the working directory. */
  serverEntry?: string;
  /** More server environment variables (BATON_CONNECTOR_TIMEOUT_MS, BATON_OUTBOUND_ALLOW_HOSTS, …). */
  env?: Record<string, string>;
  /** How long to wait for the server to be ready; default 120 s. */
  startTimeoutMs?: number;
}

export interface GraphqlAnswer<T> {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { key: string }[] } }[];
}

export interface BatonSession {
  token: string;
  userId: string;
  workspaceId: string;
  email: string;
}

export interface TestBaton {
  /** http://127.0.0.1:<port> */
  url: string;
  /** POST /graphql, with a bearer token when given. */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlAnswer<T>>;
  /** Signs up a new person with a new workspace (its admin). */
  signUp(): Promise<BatonSession>;
  /** What the server printed (its log), for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function serverEntryOf(options: StartBatonOptions): string {
  if (options.serverEntry) return resolve(options.serverEntry);
  if (process.env.BATON_SERVER_ENTRY) return resolve(process.env.BATON_SERVER_ENTRY);
  try {
    return createRequire(join(process.cwd(), 'index.js')).resolve('@baton/server');
  } catch {
    throw new Error('No Baton server to start: pass serverEntry (a Baton server\'s dist/main.js) or set BATON_SERVER_ENTRY.');
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Boots a real Baton server (the built `dist/main.js`, in a child process) that loads only the given plugin folders,
 * on a free port, with a fresh data folder, random signing and secrets keys and no demo data; for plugin integration
 * tests that deploy a process using the connector and watch it run in the sandbox.
 *
 * ```ts
 * const baton = await startBatonWithPlugins({ plugins: [resolve(__dirname, '..')] });
 * const admin = await baton.signUp();
 * await baton.graphql('mutation { setSecret(name: "SMTP_PASSWORD", value: "…") { name } }', {}, admin.token);
 * // … deployProcess / startProcess, then poll processInstance until it completes
 * await baton.stop();
 * ```
 */
export async function startBatonWithPlugins(options: StartBatonOptions): Promise<TestBaton> {
  const entry = serverEntryOf(options);
  const dataDir = mkdtempSync(join(tmpdir(), 'baton-plugin-test-'));
  // As root the embedded PostgreSQL runs as the postgres user, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const { DATABASE_URL: _ignored, ...inherited } = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('BATON_'))) as Record<string, string>;
  const env: Record<string, string> = {
    ...inherited,
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    BATON_DATA_DIR: dataDir,
    BATON_SEED_DEMO: 'false',
    BATON_LOG_LEVEL: 'warn',
    BATON_JWT_SECRET: randomBytes(32).toString('hex'),
    BATON_SECRETS_KEY: randomBytes(32).toString('base64'),
    BATON_PLUGIN_DIRS: options.plugins.map((dir) => resolve(dir)).join(','),
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : { BATON_EMBEDDED_PG_PORT: String(await freePort()) }),
    ...options.env,
  };
  const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`Baton did not start within ${options.startTimeoutMs ?? 120_000} ms:\n${log}`)), options.startTimeoutMs ?? 120_000);
    const read = (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-20_000);
      const ready = /ready in [\d.]+s at (http:\/\/\S+)/.exec(log);
      if (ready) {
        clearTimeout(timer);
        done(ready[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Baton exited (${code}) before it was ready:\n${log}`));
    });
  }).catch(async (error: unknown) => {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });

  const graphql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphqlAnswer<T>> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphqlAnswer<T>;
  };

  return {
    url,
    graphql,
    async signUp() {
      const email = `plugin-test.${randomBytes(4).toString('hex')}@example.com`;
      const answer = await graphql<{ signUp: { token: string; user: { id: string }; workspace: { id: string } } }>(
        'mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } workspace { id } } }',
        { input: { email, password: `Pw-${randomBytes(8).toString('hex')}`, name: 'Plugin Test', workspaceName: 'Plugin tests' } },
      );
      if (!answer.data) throw new Error(`signUp failed: ${JSON.stringify(answer.errors)}`);
      const { token, user, workspace } = answer.data.signUp;
      return { token, userId: user.id, workspaceId: workspace.id, email };
    },
    output: () => log,
    async stop() {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
