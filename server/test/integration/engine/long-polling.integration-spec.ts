import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { codeOf, fieldsOf } from '../graphql-client.js';
import { signUp } from '../identity.js';
import { bpmn, flow, Job, JOB_FIELDS, ProcessClient, serviceTask } from './process-client.js';

const ACTIVATE = `mutation($input: ActivateJobsInput!) { activateJobs(input: $input) { ${JOB_FIELDS} } }`;

let baton: RunningBaton;
let owner: ProcessClient;

const poll = async (type: string, requestTimeout: number) => {
  const started = Date.now();
  const jobs = (await owner.ok<{ activateJobs: Job[] }>(ACTIVATE, { input: { type, maxJobs: 5, timeout: 60_000, requestTimeout } })).activateJobs;
  return { jobs, ms: Date.now() - started };
};

beforeAll(async () => {
  baton = await startTestApp();
  owner = new ProcessClient(baton.url, (await signUp(baton.url)).token);
  await owner.deploy(bpmn('polled', `<bpmn:startEvent id="s" />${flow('f1', 's', 'work')}${serviceTask('work', 'long-poll')}${flow('f2', 'work', 'e')}<bpmn:endEvent id="e" />`));
});
afterAll(() => baton?.stop());

describe('activateJobs with requestTimeout (long polling)', () => {
  it('returns a job created while it waits, soon after it is created', async () => {
    // given a worker waiting up to 10 s on an empty queue
    const waiting = poll('long-poll', 10_000);
    await new Promise((done) => setTimeout(done, 500));
    // when an instance reaches the service task
    const instance = await owner.start('polled');
    const createdAt = Date.now();
    // then the waiting call returns that job well before its timeout
    const { jobs } = await waiting;
    expect(jobs.map((job) => job.processInstanceId)).toEqual([instance.id]);
    expect(Date.now() - createdAt).toBeLessThan(3_000);
  });

  it('returns an empty list when nothing arrives within the timeout', async () => {
    const { jobs, ms } = await poll('nobody-creates-this', 1_500);
    expect(jobs).toEqual([]);
    expect(ms).toBeGreaterThanOrEqual(1_400);
  });

  it('holds no database connection while waiting: 30 waiting workers leave the API responsive', async () => {
    // given more waiting workers than the connection pool holds
    const waiting = Array.from({ length: 30 }, () => poll('nobody-creates-this', 3_000));
    await new Promise((done) => setTimeout(done, 300));
    // when someone else queries meanwhile / then the answer comes at once
    const started = Date.now();
    await owner.ok(`{ processDefinitions { id } }`);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect((await Promise.all(waiting)).every(({ jobs }) => jobs.length === 0)).toBe(true);
  });

  it.each([
    { title: 'over 30 s', requestTimeout: 30_001 },
    { title: 'negative', requestTimeout: -1 },
  ])('refuses a requestTimeout $title, naming it', async ({ requestTimeout }) => {
    const result = await owner.call(ACTIVATE, { input: { type: 'long-poll', maxJobs: 1, timeout: 60_000, requestTimeout } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['requestTimeout']);
  });
});
