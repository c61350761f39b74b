import { RunningBaton } from '../../../src/bootstrap.js';
import { JobHandlerRegistry } from '../../../src/modules/job/job-handler.registry.js';
import { JobPoller } from '../../../src/modules/job/job-poller.js';
import { startTestApp } from '../app.js';
import { codeOf } from '../graphql-client.js';
import { signUp } from '../identity.js';
import { bpmn, flow, Instance, ProcessClient, serviceTask } from './process-client.js';

let baton: RunningBaton;
let client: ProcessClient;
let registry: JobHandlerRegistry;

const RESOLVE = `mutation($id: ID!, $retries: Int) { resolveIncident(id: $id, retries: $retries) { id state } }`;
const FAIL = `mutation($id: ID!, $retries: Int!, $msg: String) { failJob(id: $id, retries: $retries, errorMessage: $msg) { id state retries } }`;
const THROW = `mutation($id: ID!, $code: String!) { throwError(id: $id, errorCode: $code, errorMessage: "no stock") { id state } }`;

const oneJob = (id: string, type: string, retries = 3) =>
  bpmn(id, `<bpmn:startEvent id="s" />${flow('f1', 's', 'work')}
    ${serviceTask('work', type, '<zeebe:taskHeaders><zeebe:header key="channel" value="email" /></zeebe:taskHeaders>').replace(`type="${type}"`, `type="${type}" retries="${retries}"`)}
    ${flow('f2', 'work', 'e')}<bpmn:endEvent id="e" />`);

beforeAll(async () => {
  baton = await startTestApp();
  client = new ProcessClient(baton.url, (await signUp(baton.url)).token);
  registry = baton.app.get(JobHandlerRegistry);
  Object.assign(baton.app.get(JobPoller).settings, { backoffBaseMs: 20 });
  await client.deploy(oneJob('flaky-job', 'test:flaky', 3));
  await client.deploy(oneJob('worker-job', 'crm:update', 2));
});
afterAll(() => baton?.stop());

const stateOf = async (id: string) => (await client.instance(id)).state;

// start → sub-process (input: region) → a job whose input shadows `customer` → end
const inputs = (pairs: [string, string][]) =>
  `<zeebe:ioMapping>${pairs.map(([source, target]) => `<zeebe:input source="${source}" target="${target}" />`).join('')}</zeebe:ioMapping>`;
const scopedJob = (id: string, type: string) =>
  bpmn(id, `<bpmn:startEvent id="s" />${flow('f1', 's', 'sub')}
    <bpmn:subProcess id="sub"><bpmn:extensionElements>${inputs([['=&quot;east&quot;', 'region']])}</bpmn:extensionElements>
      <bpmn:startEvent id="ss" />${flow('g1', 'ss', 'work')}${serviceTask('work', type, inputs([['=customer + &quot; Ltd&quot;', 'customer']]))}${flow('g2', 'work', 'se')}<bpmn:endEvent id="se" />
    </bpmn:subProcess>${flow('f2', 'sub', 'e')}<bpmn:endEvent id="e" />`);

describe('built-in job handlers (the poller)', () => {
  it('retries with back-off, raises an incident when retries run out, and completes after resolveIncident', async () => {
    // given a handler that fails until told otherwise
    const calls: string[] = [];
    let healthy = false;
    registry.register('test:flaky', async (job) => {
      calls.push(job.id);
      if (!healthy) throw new Error('CRM is down');
      return { synced: true, channel: job.customHeaders.channel };
    });
    // when an instance reaches the job
    const instance = await client.start('flaky-job');
    // then after 3 attempts there is an incident with the error message
    let withIncident: Instance | undefined;
    await expect.poll(async () => (withIncident = await client.instance(instance.id)).incidents.length, { timeout: 10_000 }).toBe(1);
    expect(withIncident!.incidents[0]).toMatchObject({ type: 'JOB_NO_RETRIES', elementId: 'work', state: 'ACTIVE', message: 'CRM is down' });
    expect(calls).toHaveLength(3);
    expect(new Set(calls).size).toBe(1);
    // when the cause is fixed and the incident resolved with one retry
    healthy = true;
    const resolved = await client.ok<{ resolveIncident: { state: string } }>(RESOLVE, { id: withIncident!.incidents[0].id, retries: 1 });
    expect(resolved.resolveIncident.state).toBe('RESOLVED');
    // then the job runs once more and the instance completes with its result
    await expect.poll(() => stateOf(instance.id), { timeout: 5000 }).toBe('COMPLETED');
    expect((await client.instance(instance.id)).variables).toEqual({ synced: true, channel: 'email' });
    expect(calls).toHaveLength(4);
  });
});

describe('a hung built-in handler', () => {
  it('fails its job when the job lock would run out, so the poller keeps going', async () => {
    // given a handler that never returns, and a short lock
    const poller = baton.app.get(JobPoller);
    const lockMs = poller.settings.lockMs;
    poller.settings.lockMs = 1_500;
    registry.register('test:hang', () => new Promise(() => undefined));
    await client.deploy(oneJob('hang-job', 'test:hang', 1));
    try {
      // when an instance reaches it / then after the limit the job fails into an incident
      const instance = await client.start('hang-job');
      await expect.poll(async () => (await client.instance(instance.id)).incidents.map((i) => i.type), { timeout: 5000 }).toEqual(['JOB_NO_RETRIES']);
      expect((await client.instance(instance.id)).incidents[0].message).toContain('did not finish');
    } finally {
      poller.settings.lockMs = lockMs;
      registry.unregister('test:hang');
    }
  });
});

describe('a handler that goes away between the claim and the run', () => {
  it('gives the job back untouched, and it runs once the handler is there', async () => {
    // given a handler whose first lookup misses, as when a plugin is switched off right after the poller claimed
    const calls: number[] = [];
    registry.register('test:gone', async (job) => (calls.push(job.attempt), { ran: true }));
    await client.deploy(oneJob('gone-job', 'test:gone', 1));
    const get = registry.get.bind(registry);
    let misses = 0;
    registry.get = (type: string) => (type === 'test:gone' && misses++ === 0 ? undefined : get(type));
    try {
      // when an instance reaches the job (one retry: a failure would be an incident at once)
      const instance = await client.start('gone-job');
      // then it completes with no incident, the handler ran once, as its first attempt
      await expect.poll(() => stateOf(instance.id), { timeout: 10_000 }).toBe('COMPLETED');
      expect(misses).toBeGreaterThan(1);
      expect(calls).toEqual([1]);
      expect(await client.instance(instance.id)).toMatchObject({ incidents: [], variables: { ran: true } });
    } finally {
      registry.get = get;
      registry.unregister('test:gone');
    }
  });
});

describe('a batch the poller claims', () => {
  it('gives each job the variables visible at its own element, inner scopes winning', async () => {
    // given a handler that records what each job saw, and no instance started yet
    const seen = new Map<string, Record<string, unknown>>();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await client.deploy(scopedJob('poller-scopes', 'test:scoped'));
    // when five instances reach their job before the handler exists, so one poll claims them together
    const customers = ['Ada', 'Bo', 'Cy', 'Di', 'Ed'];
    const instances = [];
    for (const [n, customer] of customers.entries()) instances.push(await client.start('poller-scopes', { customer, n }));
    registry.register('test:scoped', async (job) => {
      seen.set(job.processInstanceId, job.variables);
      await gate;
      return {};
    });
    void baton.app.get(JobPoller).wake(); // resolves only once the batch has run
    // then each handler call had its own instance's values: the task's input over the instance's, the sub-process's local
    await expect.poll(() => seen.size, { timeout: 5000 }).toBe(5);
    release();
    for (const [n, customer] of customers.entries()) {
      expect(seen.get(instances[n].id)).toEqual({ customer: `${customer} Ltd`, region: 'east', n });
    }
    for (const instance of instances) await expect.poll(() => stateOf(instance.id), { timeout: 5000 }).toBe('COMPLETED');
    // and the task's input stayed local: the instance keeps the customer it was started with
    expect((await client.instance(instances[0].id)).variables).toEqual({ customer: 'Ada', n: 0 });
  });
});

describe('external workers through GraphQL', () => {
  it('activateJobs answers a batch in the order the jobs fell due, each with its own visible variables', async () => {
    // given three instances waiting at a job inside a sub-process, started one after another
    await client.deploy(scopedJob('worker-scopes', 'crm:scoped'));
    const instances = [];
    for (const customer of ['Ann', 'Ben', 'Cat']) instances.push(await client.start('worker-scopes', { customer, tier: 'gold' }));
    // when one worker activates them together
    const jobs = await client.activateJobs('crm:scoped', 10, 10_000);
    // then they come oldest first, each with its task's input, its sub-process's local and its instance's variables
    expect(jobs.map((j) => j.processInstanceId)).toEqual(instances.map((i) => i.id));
    expect(jobs.map((j) => j.variables)).toEqual(['Ann', 'Ben', 'Cat'].map((customer) => ({ customer: `${customer} Ltd`, region: 'east', tier: 'gold' })));
    for (const job of jobs) expect((await client.completeJob(job.id)).data?.completeJob.state).toBe('COMPLETED');
  });

  it('activate → complete: the worker sees variables and headers, and the instance moves on', async () => {
    // given an instance waiting at a job
    const instance = await client.start('worker-job', { customer: 'ACME' });
    // when a worker activates and completes it
    const [job] = (await client.activateJobs('crm:update', 5, 10_000)).filter((j) => j.processInstanceId === instance.id);
    expect(job).toMatchObject({ type: 'crm:update', retries: 2, state: 'ACTIVATED', elementId: 'work', variables: { customer: 'ACME' }, customHeaders: { channel: 'email' } });
    // then a second worker does not get the same job while it is locked
    expect((await client.activateJobs('crm:update', 5)).map((j) => j.id)).not.toContain(job.id);
    const done = await client.completeJob(job.id, { crmId: 42 });
    expect(done.data?.completeJob.state).toBe('COMPLETED');
    const after = await client.instance(instance.id);
    expect(after).toMatchObject({ state: 'COMPLETED', variables: { customer: 'ACME', crmId: 42 } });
    // and completing it again is a CONFLICT
    expect(codeOf(await client.completeJob(job.id))).toBe('CONFLICT');
  });

  it('failJob with retries left returns the job; with none raises an incident; resolveIncident brings it back', async () => {
    // given an activated job
    const instance = await client.start('worker-job');
    const pick = async () => (await client.activateJobs('crm:update', 10)).find((j) => j.processInstanceId === instance.id)!;
    const first = await pick();
    // when it fails with one retry left, it can be activated again at once
    expect((await client.ok<{ failJob: { state: string; retries: number } }>(FAIL, { id: first.id, retries: 1, msg: 'timeout' })).failJob).toEqual({ id: first.id, state: 'ACTIVATABLE', retries: 1 });
    const second = await pick();
    expect(second.id).toBe(first.id);
    // when it fails with no retries left, an incident holds the token
    await client.ok(FAIL, { id: first.id, retries: 0, msg: 'CRM rejected the record' });
    const stuck = await client.instance(instance.id);
    expect(stuck.incidents).toMatchObject([{ type: 'JOB_NO_RETRIES', jobId: first.id, message: 'CRM rejected the record', state: 'ACTIVE' }]);
    expect(stuck.activeElementIds).toEqual(['work']);
    // when the incident is resolved, the job is back and can complete the instance
    await client.ok(RESOLVE, { id: stuck.incidents[0].id, retries: 2 });
    expect(codeOf(await client.call(RESOLVE, { id: stuck.incidents[0].id }))).toBe('CONFLICT');
    const third = await pick();
    expect(third.retries).toBe(2);
    await client.completeJob(third.id);
    expect(await stateOf(instance.id)).toBe('COMPLETED');
  });

  it('throwError with no error catch event raises an UNHANDLED_ERROR_EVENT incident', async () => {
    // given an activated job
    const instance = await client.start('worker-job');
    const job = (await client.activateJobs('crm:update', 10)).find((j) => j.processInstanceId === instance.id)!;
    // when the worker throws a BPMN error
    expect((await client.ok<{ throwError: { state: string } }>(THROW, { id: job.id, code: 'OUT_OF_STOCK' })).throwError.state).toBe('ERROR_THROWN');
    // then an incident names the error code, and resolving it puts the job back
    const stuck = await client.instance(instance.id);
    expect(stuck.incidents[0]).toMatchObject({ type: 'UNHANDLED_ERROR_EVENT', jobId: job.id });
    expect(stuck.incidents[0].message).toContain('OUT_OF_STOCK');
    await client.ok(RESOLVE, { id: stuck.incidents[0].id, retries: 1 });
    expect((await client.activateJobs('crm:update', 10)).map((j) => j.id)).toContain(job.id);
  });

  it('an expired lock lets another worker take the job over', async () => {
    // given a job activated with the shortest timeout
    const instance = await client.start('worker-job');
    const job = (await client.activateJobs('crm:update', 10, 1000)).find((j) => j.processInstanceId === instance.id)!;
    // when the worker never answers / then after the timeout the job can be activated again
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await client.activateJobs('crm:update', 10)).map((j) => j.id)).toContain(job.id);
  });
});
