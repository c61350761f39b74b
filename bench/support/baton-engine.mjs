// Baton's engine on a fresh embedded PostgreSQL, called in-process (no HTTP), for the benchmarks: one workspace,
// models deployed straight into process_definitions, instances started as commands, jobs claimed as workers do.
// Needs a built server (npm run build -w @baton/server).
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const server = new URL('../../server/dist/', import.meta.url);
const { startEmbeddedPostgres } = await import(new URL('database/embedded-postgres.js', server));
const { createDataSource } = await import(new URL('database/data-source.js', server));
const { Db } = await import(new URL('database/db.service.js', server));
const { validateDeployment } = await import(new URL('engine/index.js', server));
const runtime = await import(new URL('engine/runtime/index.js', server));
const { JobCommands } = await import(new URL('modules/job/job-commands.js', server));
const { claimJobs } = await import(new URL('modules/job/job-row.js', server));

/** A document around one executable process; `outside` goes next to the process (e.g. `<message>` elements). */
export const bpmnDocument = (id, body, outside = '') => `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d-${id}" targetNamespace="bench">${outside}<process id="${id}" isExecutable="true">${body}</process></definitions>`;

export async function inParallel(n, concurrency, one) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < n) await one(next++);
  }));
}

/** Starts PostgreSQL, migrates, creates the workspace; `close()` removes everything. */
export async function openBenchEngine({ poolSize = 20 } = {}) {
  const port = await new Promise((done) => { const s = createServer().listen(0, () => { const p = s.address().port; s.close(() => done(p)); }); });
  const folder = mkdtempSync(join(tmpdir(), 'baton-bench-'));
  chmodSync(folder, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: folder, port });
  const dataSource = createDataSource(pg.url, { poolSize });
  const close = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await pg.stop();
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
  } catch (error) {
    await close();
    throw error;
  }
  const db = new Db(dataSource);
  const jobs = new JobCommands();
  const [{ id: workspaceId }] = await dataSource.query(`INSERT INTO workspaces (name) VALUES ('Bench') RETURNING id`);
  const scope = { workspaceId, userId: '00000000-0000-0000-0000-000000000000' };
  const actor = { workspaceId, userId: null };

  async function deploy(id, body, outside = '') {
    const xml = bpmnDocument(id, body, outside);
    const result = await validateDeployment(xml);
    if (!result.ok) throw new Error(`${id}: ${result.error.message}`);
    const [row] = await dataSource.query(
      `INSERT INTO process_definitions (workspace_id, bpmn_process_id, version, xml, sha256, model, message_names) VALUES ($1, $2, 1, $3, $4, $5, $6) RETURNING id`,
      [workspaceId, id, xml, createHash('sha256').update(xml).digest('hex'), JSON.stringify(result.processes[0]), JSON.stringify(runtime.messageNamesOf(result.processes[0]))]);
    return { id: row.id, bpmnProcessId: id, version: 1 };
  }

  return {
    dataSource, db, jobs, workspaceId, scope, actor, runtime, deploy, close,
    start: (definition, variables = { x: 7 }) => db.tenant(scope, async (em) => (await runtime.startInstance(em, actor, definition, variables)).instanceId),
    claim: (types, max, workerName = 'bench') => db.system((em) => claimJobs(em, types, max, 60_000, workerName)),
    complete: (jobId, variables = {}) => db.tenant(scope, (em) => jobs.complete(em, actor, jobId, variables)),
    openInstances: async (definitionId) => (await dataSource.query(`SELECT count(*)::int AS open FROM process_instances WHERE definition_id = $1 AND state <> 'COMPLETED'`, [definitionId]))[0].open,
  };
}

/**
 * CPU used while `fn` runs, as cores busy: this Node process, and PostgreSQL's processes (Linux /proc; 0 elsewhere).
 * Shows which side a benchmark is bound by on a small machine.
 */
export async function cpuWhile(fn, { serverPid } = {}) {
  const { readdirSync, readFileSync } = await import('node:fs');
  const ticksOf = (pid) => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime + stime, and cutime + cstime: a backend that exits moves its time to the postmaster's children time
    return { postgres: stat.includes('(postgres)'), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) }; // 100/s
  };
  const ticks = () => {
    let sum = 0;
    let server = 0;
    try {
      for (const pid of readdirSync('/proc')) {
        if (!/^\d+$/.test(pid)) continue;
        try {
          const of = ticksOf(pid);
          if (of.postgres) sum += of.ticks;
          if (Number(pid) === serverPid) server = of.ticks;
        } catch { /* the process ended */ }
      }
    } catch { /* no /proc */ }
    return { pg: sum, server };
  };
  const before = ticks();
  const node0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await fn();
  const seconds = (performance.now() - t0) / 1000;
  const node = process.cpuUsage(node0);
  const after = ticks();
  return {
    result,
    nodeCores: (node.user + node.system) / 1e6 / seconds,
    pgCores: (after.pg - before.pg) / 100 / seconds,
    serverCores: (after.server - before.server) / 100 / seconds,
  };
}
