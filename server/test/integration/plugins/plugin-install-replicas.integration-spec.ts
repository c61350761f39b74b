import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { RunningBaton, startBaton } from '../../../src/bootstrap.js';
import { parseEnv } from '../../../src/config/env.js';
import { JobHandler, JobHandlerRegistry } from '../../../src/modules/job/job-handler.registry.js';
import { PluginHost } from '../../../src/plugin-host/plugin-host.service.js';
import { createDatabase } from '../global-setup.js';
import { codeOf, fieldsOf, gql } from '../graphql-client.js';
import { addMember, Session, signUp } from '../identity.js';
import { Instance, ProcessClient } from '../engine/process-client.js';
import { cli, connectorProcess, VersionedPlugin } from './plugin-packages.js';

/**
 * Plugins installed at run time on server processes sharing one database, each with its own data folder: an install
 * on one is unpacked and run by the others (and by one started later) without a restart; processes keep the version
 * they were deployed with; a workspace can switch a plugin off.
 */
let databaseUrl: string;
const servers: RunningBaton[] = [];
const dataDirs: string[] = [];
const versioned = new VersionedPlugin();
let v1: { tarball: string; sha256: string };
let v2: { tarball: string; sha256: string };
let owner: Session;
let member: Session;

async function boot(): Promise<RunningBaton> {
  const dataDir = mkdtempSync(join(tmpdir(), 'baton-replica-'));
  const env = parseEnv({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', BATON_SEED_DEMO: 'false', BATON_LOG_LEVEL: 'error', BATON_DATA_DIR: dataDir });
  const server = await startBaton(env, { log: false });
  servers.push(server);
  dataDirs.push(dataDir);
  return server;
}

const client = (replica: number, session = owner) => new ProcessClient(servers[replica].url, session.token);
const registry = (replica: number) => servers[replica].app.get(JobHandlerRegistry);
const versionsOn = (replica: number) => servers[replica].app.get(PluginHost).catalogue.providers(owner.workspaceId, 'test:version').map((v) => v.version);

async function settled(on: ProcessClient, id: string): Promise<Instance> {
  for (let i = 0; i < 150; i += 1) {
    const instance = await on.instance(id);
    if (instance.state !== 'ACTIVE' || instance.incidents.some((incident) => incident.state === 'ACTIVE')) return instance;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`instance ${id} did not settle`);
}

/** Starts an instance and waits for its connector's answer (or incident), with only `replica` running test:version jobs. */
async function runOn(replica: number, bpmnProcessId: string, session = owner): Promise<Instance> {
  const setAside = new Map<number, JobHandler>();
  servers.forEach((_, i) => {
    const handler = registry(i).get('test:version');
    if (i !== replica && handler) {
      setAside.set(i, handler);
      registry(i).unregister('test:version');
    }
  });
  try {
    const on = client(replica, session);
    return await settled(on, (await on.start(bpmnProcessId)).id);
  } finally {
    for (const [i, handler] of setAside) registry(i).register('test:version', handler);
  }
}

const installed = async (replica: number, session = owner) =>
  (await gql<{ installedPlugins: { pluginId: string; enabled: boolean; versions: { version: string; source: string }[] }[] }>(
    servers[replica].url, `{ installedPlugins { pluginId enabled versions { version source } } }`, {}, { token: session.token },
  )).data!.installedPlugins;

beforeAll(async () => {
  databaseUrl = await createDatabase(inject('databaseServerUrl'), `baton_plugins_${randomBytes(4).toString('hex')}`);
  // one after the other, so the second finds the migrations applied
  await boot();
  await boot();
  owner = await signUp(servers[0].url);
  member = await addMember(servers[0].url, owner, 'MEMBER');
  v1 = await versioned.pack('1.0.0');
  v2 = await versioned.pack('2.0.0');
}, 120_000);
afterAll(async () => {
  versioned.remove();
  for (const server of servers) await server.stop();
  for (const dataDir of dataDirs) rmSync(dataDir, { recursive: true, force: true });
});

describe('plugins installed at run time, on every replica', () => {
  it('baton-plugin publish to replica A: replica B unpacks and registers it with no restart, and runs its jobs', async () => {
    // given a process deployed before the plugin exists, and a member who may not install
    await client(0).deploy(connectorProcess('early', 'test:version'));
    const refused = await cli('publish', '--server', servers[0].url, '--token', member.token, v1.tarball);
    expect(refused.code).toBe(1);
    expect(refused.err[0]).toMatch(/^FORBIDDEN: /);
    // when an admin publishes v1 to replica A
    const published = await cli('publish', '--server', servers[0].url, '--token', owner.token, v1.tarball);
    expect(published).toMatchObject({ code: 0, out: [`Installed versioned@1.0.0 on ${servers[0].url}: test:version@1.0.0`] });
    // then replica B registers the connector type and unpacks the tarball into its own data folder
    await expect.poll(() => registry(1).get('test:version'), { timeout: 10_000 }).toBeDefined();
    expect(existsSync(join(dataDirs[1], 'plugins', v1.sha256, 'package.json'))).toBe(true);
    expect(await installed(1)).toEqual([{ pluginId: 'versioned', enabled: true, versions: [{ version: '1.0.0', source: 'UPLOAD' }] }]);
    // and a job that only replica B may take runs its copy
    const done = await runOn(1, 'early');
    expect(done.state).toBe('COMPLETED');
    expect(done.variables.result).toEqual({ version: '1.0.0', folder: join(dataDirs[1], 'plugins', v1.sha256) });
  }, 60_000);

  it('keeps a process deployed with v1 on v1 after v2 is installed (install, on replica B), until it is redeployed', async () => {
    // given a process deployed while v1 is installed
    await client(1).deploy(connectorProcess('pinned', 'test:version'));
    // when v2 is installed through replica B
    const installedV2 = await cli('install', '--server', servers[1].url, '--token', owner.token, v2.tarball);
    expect(installedV2.code).toBe(0);
    await expect.poll(() => versionsOn(0), { timeout: 10_000 }).toEqual(['2.0.0', '1.0.0']);
    expect((await installed(0))[0].versions.map((v) => v.version)).toEqual(['2.0.0', '1.0.0']);
    // then both processes deployed earlier keep v1, on either replica ("early" was pinned at its first job)
    for (const replica of [0, 1]) {
      expect((await runOn(replica, 'pinned')).variables.result).toMatchObject({ version: '1.0.0' });
      expect((await runOn(replica, 'early')).variables.result).toMatchObject({ version: '1.0.0' });
    }
    // and a redeployed version of the process, or a new one, runs v2
    await client(0).deploy(connectorProcess('pinned', 'test:version', 'pinned, changed'));
    await client(0).deploy(connectorProcess('fresh', 'test:version'));
    expect((await runOn(1, 'pinned')).variables.result).toMatchObject({ version: '2.0.0' });
    expect((await runOn(0, 'fresh')).variables.result).toMatchObject({ version: '2.0.0' });
    const pins = await servers[0].dataSource.query(
      `SELECT d.bpmn_process_id AS process, d.version AS definition, p.version FROM plugin_pins p JOIN process_definitions d ON d.id = p.definition_id ORDER BY 1, 2`,
    );
    expect(pins).toEqual([
      { process: 'early', definition: 1, version: '1.0.0' },
      { process: 'fresh', definition: 1, version: '2.0.0' },
      { process: 'pinned', definition: 1, version: '1.0.0' },
      { process: 'pinned', definition: 2, version: '2.0.0' },
    ]);
  }, 60_000);

  it('a replica started later unpacks every installed version and runs them', async () => {
    // when a third server process starts
    await boot();
    // then it has both versions unpacked and runs the pinned one for each process
    for (const { sha256 } of [v1, v2]) expect(existsSync(join(dataDirs[2], 'plugins', sha256, 'index.js'))).toBe(true);
    expect(await runOn(2, 'early')).toMatchObject({ state: 'COMPLETED', variables: { result: { version: '1.0.0', folder: join(dataDirs[2], 'plugins', v1.sha256) } } });
    expect((await runOn(2, 'fresh')).variables.result).toMatchObject({ version: '2.0.0' });
  }, 60_000);
});

describe('enabling per workspace, uninstalling, isolation', () => {
  let stuck: Instance;

  it('refuses to switch plugins for a member, or an unknown plugin', async () => {
    const byMember = await gql(servers[0].url, `mutation { setPluginEnabled(pluginId: "versioned", enabled: false) { enabled } }`, {}, { token: member.token });
    expect(codeOf(byMember)).toBe('FORBIDDEN');
    const unknown = await gql(servers[0].url, `mutation { setPluginEnabled(pluginId: "nope", enabled: false) { enabled } }`, {}, { token: owner.token });
    expect([codeOf(unknown), fieldsOf(unknown)]).toEqual(['NOT_FOUND', ['pluginId']]);
  });

  it('fails a disabled plugin’s jobs with an incident naming it (en and zh-CN), and runs them again once enabled', async () => {
    // given the plugin switched off on replica A
    const off = await gql(servers[0].url, `mutation { setPluginEnabled(pluginId: "versioned", enabled: false) { pluginId enabled } }`, {}, { token: owner.token });
    expect(off.data).toEqual({ setPluginEnabled: { pluginId: 'versioned', enabled: false } });
    // when its job runs on replica B
    stuck = await runOn(1, 'fresh');
    // then the job fails into an incident that names the plugin
    expect(stuck.state).toBe('ACTIVE');
    expect(stuck.incidents).toEqual([expect.objectContaining({ type: 'JOB_NO_RETRIES', elementId: 'call', state: 'ACTIVE' })]);
    expect(stuck.incidents[0].message).toContain('Plugin "Versioned" (versioned) is disabled in this workspace, so connector test:version did not run');
    expect(stuck.incidents[0].message).toContain('插件“版本测试”（versioned）已在本工作区停用');
    // when it is switched on again, new instances run
    await gql(servers[1].url, `mutation { setPluginEnabled(pluginId: "versioned", enabled: true) { enabled } }`, {}, { token: owner.token });
    expect((await runOn(0, 'fresh')).state).toBe('COMPLETED');
    expect((await installed(1))[0].enabled).toBe(true);
  }, 60_000);

  it('refuses to uninstall a version running instances use; removes an unused one from every replica', async () => {
    // given an instance still active on v2 (its incident) / when v2 is uninstalled / then it is refused, naming the process
    const inUse = await gql(servers[0].url, `mutation { uninstallPlugin(pluginId: "versioned", version: "2.0.0") }`, {}, { token: owner.token });
    expect(codeOf(inUse)).toBe('CONFLICT');
    expect(inUse.errors![0].message).toContain('fresh v1');
    const missing = await gql(servers[0].url, `mutation { uninstallPlugin(pluginId: "versioned", version: "9.9.9") }`, {}, { token: owner.token });
    expect([codeOf(missing), fieldsOf(missing)]).toEqual(['NOT_FOUND', ['version']]);
    // when v1, which no running instance uses, is uninstalled
    const removed = await gql(servers[0].url, `mutation { uninstallPlugin(pluginId: "versioned", version: "1.0.0") }`, {}, { token: owner.token });
    expect(removed.data).toEqual({ uninstallPlugin: true });
    // then every replica drops it, and a process pinned to it fails with an incident saying to redeploy
    for (const replica of [0, 1, 2]) await expect.poll(() => versionsOn(replica), { timeout: 10_000 }).toEqual(['2.0.0']);
    const orphan = await runOn(2, 'early');
    expect(orphan.incidents[0].message).toContain('deployed with plugin versioned 1.0.0, which is no longer installed');
    expect((await installed(0))[0].versions).toEqual([{ version: '2.0.0', source: 'UPLOAD' }]);
    expect(stuck.id).toBeDefined();
  }, 60_000);

  it('another workspace has none of it: not listed, and its jobs of that type fail as not installed', async () => {
    const stranger = await signUp(servers[1].url);
    expect(await installed(1, stranger)).toEqual([]);
    await client(1, stranger).deploy(connectorProcess('theirs', 'test:version'));
    const theirs = await runOn(0, 'theirs', stranger);
    expect(theirs.incidents[0].message).toContain('No plugin of this workspace offers connector test:version');
  }, 60_000);
});
