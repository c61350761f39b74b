import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { codeOf, fieldsOf } from '../graphql-client.js';
import { addMember, signUp } from '../identity.js';
import { bpmn, flow, ProcessClient, serviceTask, userTask } from './process-client.js';

let baton: RunningBaton;
let owner: ProcessClient;
let member: ProcessClient;
let ids: { taskId: string; doneTaskId: string; instanceId: string; endedInstanceId: string; queuedJobId: string; resolvedIncidentId: string };

const DEPLOY = `mutation($input: DeployProcessInput!) { deployProcess(input: $input) { id bpmnProcessId version } }`;
const simple = (name: string) => bpmn('renewal', `<bpmn:startEvent id="s" name="${name}" />${flow('f1', 's', 'quote')}${userTask('quote')}${flow('f2', 'quote', 'e')}<bpmn:endEvent id="e" />`);
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  baton = await startTestApp();
  const session = await signUp(baton.url);
  owner = new ProcessClient(baton.url, session.token);
  member = new ProcessClient(baton.url, (await addMember(baton.url, session, 'MEMBER')).token);
  await owner.deploy(simple('Start'));
  await owner.deploy(bpmn('queued', `<bpmn:startEvent id="s" />${flow('f1', 's', 'w')}${serviceTask('w', 'nobody:works')}${flow('f2', 'w', 'e')}<bpmn:endEvent id="e" />`));
  const waiting = await owner.start('renewal');
  const ended = await owner.start('renewal');
  const [task] = await owner.openTasks(waiting.id);
  const [done] = await owner.openTasks(ended.id);
  await owner.completeTask(done.id);
  const queued = await owner.start('queued');
  const job = (await baton.dataSource.query(`SELECT id FROM jobs WHERE process_instance_id = $1`, [queued.id]))[0];
  ids = { taskId: task.id, doneTaskId: done.id, instanceId: waiting.id, endedInstanceId: ended.id, queuedJobId: job.id, resolvedIncidentId: UNKNOWN };
});
afterAll(() => baton?.stop());

describe('deployProcess', () => {
  it('keeps the version for identical XML and adds one for a changed model', async () => {
    // given version 1 deployed in beforeAll / when the same XML and then a changed one are deployed
    const same = await owner.deploy(simple('Start'));
    const changed = await owner.deploy(simple('Start renewal'));
    // then the first is version 1 again, the second version 2, and both are listed
    expect(same.version).toBe(1);
    expect(changed).toMatchObject({ bpmnProcessId: 'renewal', version: 2 });
    const list = await owner.ok<{ processDefinitions: { bpmnProcessId: string; version: number }[] }>(`{ processDefinitions { bpmnProcessId version } }`);
    expect(list.processDefinitions.filter((d) => d.bpmnProcessId === 'renewal').map((d) => d.version)).toEqual([2, 1]);
    const v1 = await owner.ok<{ processDefinition: { version: number; bpmnXml: string } }>(`{ processDefinition(bpmnProcessId: "renewal", version: 1) { version bpmnXml } }`);
    expect(v1.processDefinition).toEqual({ version: 1, bpmnXml: simple('Start') });
  });

  it('deploys every executable pool of a collaboration', async () => {
    // given two executable processes in one file
    const xml = bpmn('pool-a', `<bpmn:startEvent id="a1" />${flow('af', 'a1', 'a2')}<bpmn:endEvent id="a2" />`)
      .replace('</bpmn:definitions>', `<bpmn:process id="pool-b" isExecutable="true"><bpmn:startEvent id="b1" />${flow('bf', 'b1', 'b2')}<bpmn:endEvent id="b2" /></bpmn:process></bpmn:definitions>`);
    // when deployed / then both can be started
    await owner.deploy(xml);
    expect((await owner.start('pool-b')).state).toBe('COMPLETED');
  });

  it('accepts a user task whose form is deployed with it', async () => {
    // given a user task linking form "offer" / when deployed with that form / then it deploys
    const xml = bpmn('with-form', `<bpmn:startEvent id="s" />${flow('f1', 's', 'fill')}${userTask('fill', '<zeebe:formDefinition formId="offer" />')}${flow('f2', 'fill', 'e')}<bpmn:endEvent id="e" />`);
    expect(codeOf(await owner.call(DEPLOY, { input: { bpmnXml: xml } }))).toBe('BAD_USER_INPUT');
    expect((await owner.deploy(xml, [{ id: 'offer', components: [] }])).version).toBe(1);
  });

  it.each([
    {
      title: 'every executability problem, keyed by element id',
      input: {
        bpmnXml: bpmn('broken', `<bpmn:startEvent id="s" />${flow('f1', 's', 'gw')}<bpmn:exclusiveGateway id="gw" />
          ${flow('toA', 'gw', 'a', '=x &gt; 1')}${flow('toB', 'gw', 'b')}<bpmn:serviceTask id="a" /><bpmn:serviceTask id="b"><bpmn:extensionElements><zeebe:taskDefinition type="t" /></bpmn:extensionElements></bpmn:serviceTask>
          ${flow('fa', 'a', 'e')}${flow('fb', 'b', 'e')}<bpmn:endEvent id="e" />`),
      },
      code: 'BAD_USER_INPUT', fields: ['toB', 'a'],
    },
    { title: 'empty XML', input: { bpmnXml: ' ' }, code: 'BAD_USER_INPUT', fields: ['bpmnXml'] },
    { title: 'hostile XML', input: { bpmnXml: '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>' }, code: 'BAD_USER_INPUT', fields: ['bpmnXml'] },
    { title: 'a form without id', input: { bpmnXml: simple('x'), forms: [{ components: [] }] }, code: 'BAD_USER_INPUT', fields: ['forms[0].id'] },
  ])('refuses $title', async ({ input, code, fields }) => {
    // given bad input / when deployed / then the error names every offending element or field
    const result = await owner.call(DEPLOY, { input });
    expect(codeOf(result)).toBe(code);
    expect([...new Set(fieldsOf(result))].sort()).toEqual([...fields].sort());
  });

  it('is for builders and admins only', async () => {
    expect(codeOf(await member.call(DEPLOY, { input: { bpmnXml: simple('m') } }))).toBe('FORBIDDEN');
  });
});

describe('bad input to every process, task and job operation', () => {
  const cases: { title: string; query: string; vars: () => Record<string, unknown>; code: string; fields?: string[] }[] = [
    { title: 'start an unknown process', query: `mutation { startProcessInstance(input: { bpmnProcessId: "nope" }) { id } }`, vars: () => ({}), code: 'NOT_FOUND', fields: ['bpmnProcessId'] },
    { title: 'start an unknown version', query: `mutation { startProcessInstance(input: { bpmnProcessId: "renewal", version: 99 }) { id } }`, vars: () => ({}), code: 'NOT_FOUND', fields: ['bpmnProcessId'] },
    { title: 'start with variables that are a list', query: `mutation { startProcessInstance(input: { bpmnProcessId: "renewal", variables: [1, 2] }) { id } }`, vars: () => ({}), code: 'BAD_USER_INPUT', fields: ['variables'] },
    { title: 'start with a bad variable name', query: `mutation($v: JSON) { startProcessInstance(input: { bpmnProcessId: "renewal", variables: $v }) { id } }`, vars: () => ({ v: { 'a b': 1 } }), code: 'BAD_USER_INPUT', fields: ['variables'] },
    { title: 'read a malformed instance id', query: `{ processInstance(id: "x") { id } }`, vars: () => ({}), code: 'BAD_USER_INPUT', fields: ['id'] },
    { title: 'read an unknown instance', query: `query($id: ID!) { processInstance(id: $id) { id } }`, vars: () => ({ id: UNKNOWN }), code: 'NOT_FOUND', fields: ['id'] },
    { title: 'read an unknown definition', query: `{ processDefinition(bpmnProcessId: "nope") { id } }`, vars: () => ({}), code: 'NOT_FOUND', fields: ['bpmnProcessId'] },
    { title: 'list instances after a bad cursor', query: `{ processInstances(after: "!!") { totalCount } }`, vars: () => ({}), code: 'BAD_USER_INPUT', fields: ['after'] },
    { title: 'cancel an unknown instance', query: `mutation($id: ID!) { cancelProcessInstance(id: $id) { id } }`, vars: () => ({ id: UNKNOWN }), code: 'NOT_FOUND', fields: ['id'] },
    { title: 'cancel an ended instance', query: `mutation($id: ID!) { cancelProcessInstance(id: $id) { id } }`, vars: () => ({ id: ids.endedInstanceId }), code: 'CONFLICT' },
    { title: 'filter tasks by a malformed instance id', query: `{ tasks(filter: { processInstanceId: "x" }) { totalCount } }`, vars: () => ({}), code: 'BAD_USER_INPUT', fields: ['filter.processInstanceId'] },
    { title: 'claim an unknown task', query: `mutation($id: ID!) { claimTask(id: $id) { id } }`, vars: () => ({ id: UNKNOWN }), code: 'NOT_FOUND', fields: ['id'] },
    { title: 'unclaim a malformed task id', query: `mutation { unclaimTask(id: "1") { id } }`, vars: () => ({}), code: 'BAD_USER_INPUT', fields: ['id'] },
    { title: 'complete a task with variables that are text', query: `mutation($id: ID!) { completeTask(id: $id, variables: "yes") { id } }`, vars: () => ({ id: ids.taskId }), code: 'BAD_USER_INPUT', fields: ['variables'] },
    { title: 'complete a completed task', query: `mutation($id: ID!) { completeTask(id: $id) { id } }`, vars: () => ({ id: ids.doneTaskId }), code: 'CONFLICT' },
    { title: 'activate jobs with bad limits', query: `mutation { activateJobs(input: { type: "", maxJobs: 0, timeout: 10 }) { id } }`, vars: () => ({}), code: 'BAD_USER_INPUT', fields: ['type', 'maxJobs', 'timeout'] },
    { title: 'complete an unknown job', query: `mutation($id: ID!) { completeJob(id: $id) { id } }`, vars: () => ({ id: UNKNOWN }), code: 'NOT_FOUND', fields: ['id'] },
    { title: 'complete a job nobody activated', query: `mutation($id: ID!) { completeJob(id: $id) { id } }`, vars: () => ({ id: ids.queuedJobId }), code: 'CONFLICT' },
    { title: 'fail a job with negative retries', query: `mutation($id: ID!) { failJob(id: $id, retries: -1) { id } }`, vars: () => ({ id: ids.queuedJobId }), code: 'BAD_USER_INPUT', fields: ['retries'] },
    { title: 'throw an error without a code', query: `mutation($id: ID!) { throwError(id: $id, errorCode: " ") { id } }`, vars: () => ({ id: ids.queuedJobId }), code: 'BAD_USER_INPUT', fields: ['errorCode'] },
    { title: 'resolve an unknown incident', query: `mutation($id: ID!) { resolveIncident(id: $id) { id } }`, vars: () => ({ id: UNKNOWN }), code: 'NOT_FOUND', fields: ['id'] },
    { title: 'resolve with zero retries', query: `mutation($id: ID!) { resolveIncident(id: $id, retries: 0) { id } }`, vars: () => ({ id: UNKNOWN }), code: 'BAD_USER_INPUT', fields: ['retries'] },
  ];

  it.each(cases)('$title → $code', async ({ query, vars, code, fields }) => {
    // given bad input / when sent / then a typed error names the offending field
    const result = await owner.call(query, vars());
    expect(codeOf(result)).toBe(code);
    if (fields) expect(fieldsOf(result)).toEqual(fields);
  });

  it('refuses job work and cancelling to members', async () => {
    expect(codeOf(await member.call(`mutation { activateJobs(input: { type: "x", maxJobs: 1, timeout: 1000 }) { id } }`))).toBe('FORBIDDEN');
    expect(codeOf(await member.call(`mutation($id: ID!) { cancelProcessInstance(id: $id) { id } }`, { id: ids.instanceId }))).toBe('FORBIDDEN');
  });
});

describe('processInstances', () => {
  it('pages newest first with a total count', async () => {
    // given several renewal instances / when paged two at a time
    const q = `query($after: String) { processInstances(filter: { bpmnProcessId: "renewal" }, first: 2, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } totalCount } }`;
    type Page = { processInstances: { nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean }; totalCount: number } };
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: Page = await owner.ok<Page>(q, { after });
      seen.push(...page.processInstances.nodes.map((n) => n.id));
      total = page.processInstances.totalCount;
      after = page.processInstances.pageInfo.hasNextPage ? page.processInstances.pageInfo.endCursor : null;
    } while (after);
    // then every instance appears once
    expect(new Set(seen).size).toBe(total);
    expect(total).toBeGreaterThanOrEqual(2);
  });

  it('filters by who started them (the inbox\'s "started by me"), paging within the filter', async () => {
    // given instances started by the owner (beforeAll) and two by the member
    const mine = [await member.start('renewal'), await member.start('renewal')].map((i) => i.id);
    const memberId = (await member.ok<{ me: { user: { id: string } } }>(`{ me { user { id } } }`)).me.user.id;
    const q = `query($by: ID!, $after: String) { processInstances(filter: { startedBy: $by }, first: 1, after: $after) { nodes { id startedBy } pageInfo { endCursor hasNextPage } totalCount } }`;
    type Page = { processInstances: { nodes: { id: string; startedBy: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean }; totalCount: number } };
    const first = await member.ok<Page>(q, { by: memberId, after: null });
    const second = await member.ok<Page>(q, { by: memberId, after: first.processInstances.pageInfo.endCursor });
    // then only the member's two, newest first, one per page
    expect(first.processInstances.totalCount).toBe(2);
    expect([...first.processInstances.nodes, ...second.processInstances.nodes].map((n) => n.id)).toEqual([mine[1], mine[0]]);
    expect(second.processInstances.pageInfo.hasNextPage).toBe(false);
    const bad = await member.call(`{ processInstances(filter: { startedBy: "me" }) { totalCount } }`);
    expect([codeOf(bad), fieldsOf(bad)]).toEqual(['BAD_USER_INPUT', ['filter.startedBy']]);
  });
});
