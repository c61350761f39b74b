import { readFileSync } from 'node:fs';
import { RunningBaton } from '../../../src/bootstrap.js';
import { corpusDir } from '../../../src/engine/conformance/corpus-dir.js';
import { translateJuelConditions } from '../../../src/engine/conformance/juel-to-feel.js';
import { startTestApp } from '../app.js';
import { signUp } from '../identity.js';
import { Instance, path, ProcessClient } from './process-client.js';

/**
 * Runs the executable corpus models whose elements this engine supports, with the inputs and expected behaviour
 * their manifest paraphrases from the upstream projects' own tests, and prints a pass table.
 */
let baton: RunningBaton;
let client: ProcessClient;
const table: string[] = [];
const form = JSON.parse(readFileSync(corpusDir('form-js', 'camunda8-js-sdk', 'test-basic-form.form'), 'utf8')) as { id: string };

beforeAll(async () => {
  baton = await startTestApp();
  client = new ProcessClient(baton.url, (await signUp(baton.url)).token);
});
afterAll(async () => {
  console.log(`bpmn-exec runs\nmodel | case | result\n${table.join('\n')}\n${table.filter((r) => r.endsWith('pass')).length} of ${table.length} cases pass`);
  await baton?.stop();
});

/** Two corpus files share the process id simpleSubProcess, so each case starts the version its file deployed. */
const versions = new Map<string, number>();

async function deploy(file: string): Promise<void> {
  versions.set(file, (await client.deploy(translateJuelConditions(readFileSync(corpusDir('bpmn-exec', file), 'utf8')), [form])).version);
}

async function taskNames(instanceId: string): Promise<string[]> {
  return (await client.openTasks(instanceId)).map((t) => t.name ?? t.elementId).sort();
}

async function completeNamed(instanceId: string, name: string): Promise<void> {
  const task = (await client.openTasks(instanceId)).find((t) => t.name === name);
  expect(task, `task ${name}`).toBeDefined();
  expect((await client.completeTask(task!.id)).errors).toBeUndefined();
}

async function completeJobOf(type: string, instanceId: string, variables: Record<string, unknown> = {}): Promise<void> {
  const job = (await client.activateJobs(type, 50)).find((j) => j.processInstanceId === instanceId);
  expect(job, `job ${type}`).toBeDefined();
  expect((await client.completeJob(job!.id, variables)).errors).toBeUndefined();
}

interface Case {
  file: string;
  title: string;
  run: () => Promise<void>;
}

const c7 = (name: string) => `camunda7/${name}.bpmn20.xml`;

const cases: Case[] = [
  ...[1, 2, 3].map((input) => ({
    file: c7('ExclusiveGatewayTest.testDivergingExclusiveGateway'), title: `input=${input} → Task ${input}`,
    run: async () => {
      const i = await client.start('exclusiveGwDiverging', { input });
      expect(await taskNames(i.id)).toEqual([`Task ${input}`]);
    },
  })),
  ...[{ input: 1, task: 'Input is one' }, { input: 5, task: 'Default input' }].map(({ input, task }) => ({
    file: c7('ExclusiveGatewayTest.testDefaultSequenceFlow'), title: `input=${input} → ${task}`,
    run: async () => expect(await taskNames((await client.start('exclusiveGwDefaultSequenceFlow', { input })).id)).toEqual([task]),
  })),
  {
    file: c7('ExclusiveGatewayTest.testNoSequenceFlowSelected'), title: 'input=4 → incident, no task',
    run: async () => {
      const i = await client.start('exclusiveGwNoSeqFlowSelected', { input: 4 });
      expect(i.incidents).toMatchObject([{ type: 'CONDITION_ERROR', elementId: 'exclusiveGw', state: 'ACTIVE' }]);
      expect(i.incidents[0].message).toContain('No outgoing sequence flow');
      expect(await taskNames(i.id)).toEqual([]);
    },
  },
  {
    file: c7('ParallelGatewayTest.testForkJoin'), title: 'fork → 2 tasks → join once → Archive Order',
    run: async () => {
      const i = await client.start('forkJoin');
      expect(await taskNames(i.id)).toEqual(['Receive Payment', 'Ship Order']);
      await completeNamed(i.id, 'Receive Payment');
      expect(await taskNames(i.id)).toEqual(['Ship Order']);
      await completeNamed(i.id, 'Ship Order');
      expect(await taskNames(i.id)).toEqual(['Archive Order']);
    },
  },
  {
    file: c7('ParallelGatewayTest.testNestedForkJoin'), title: 'nested forks and joins → Task C',
    run: async () => {
      const i = await client.start('nestedForkJoin');
      expect(await taskNames(i.id)).toEqual(['Task 0']);
      await completeNamed(i.id, 'Task 0');
      expect(await taskNames(i.id)).toEqual(['Task A', 'Task B']);
      await completeNamed(i.id, 'Task A');
      expect(await taskNames(i.id)).toEqual(['Task B']);
      await completeNamed(i.id, 'Task B');
      expect(await taskNames(i.id)).toEqual(['Task B1', 'Task B2']);
      await completeNamed(i.id, 'Task B1');
      await completeNamed(i.id, 'Task B2');
      expect(await taskNames(i.id)).toEqual(['Task C']);
    },
  },
  ...[{ input: 1, n: 3 }, { input: 2, n: 2 }, { input: 3, n: 1 }].map(({ input, n }) => ({
    file: c7('InclusiveGatewayTest.testDivergingInclusiveGateway'), title: `input=${input} → ${n} tasks`,
    run: async () => {
      const names = await taskNames((await client.start('inclusiveGwDiverging', { input })).id);
      expect(names).toEqual(['Task 1', 'Task 2', 'Task 3'].slice(3 - n));
    },
  })),
  ...[
    { input: 1, tasks: ['Input is one', 'Input is three or one'] },
    { input: 3, tasks: ['Input is three or one'] },
    { input: 5, tasks: ['Default input'] },
  ].map(({ input, tasks }) => ({
    file: c7('InclusiveGatewayTest.testDefaultSequenceFlow'), title: `input=${input} → ${tasks.join(' + ')}`,
    run: async () => expect(await taskNames((await client.start('inclusiveGwDefaultSequenceFlow', { input })).id)).toEqual(tasks),
  })),
  {
    file: c7('InclusiveGatewayTest.testMergingInclusiveGateway'), title: 'input=2 → join fires once → 1 task',
    run: async () => {
      const i = await client.start('inclusiveGwMerging', { input: 2 });
      expect(await taskNames(i.id)).toEqual(['my task']);
    },
  },
  {
    file: c7('SubProcessTest.testSimpleSubProcess'), title: 'task in sub-process → instance ends',
    run: async () => {
      const i = await client.start('simpleSubProcess', {}, versions.get(c7('SubProcessTest.testSimpleSubProcess')));
      expect(i.activeElementIds.sort()).toEqual(['subProcess', 'subProcessTask']);
      await completeNamed(i.id, 'Task in subprocess');
      expect((await client.instance(i.id)).state).toBe('COMPLETED');
    },
  },
  {
    file: c7('simpleSubProcess'), title: 'one task → instance ends',
    run: async () => {
      const i = await client.start('simpleSubProcess', {}, versions.get(c7('simpleSubProcess')));
      await completeNamed(i.id, 'Task in subprocess');
      expect((await client.instance(i.id)).state).toBe('COMPLETED');
    },
  },
  {
    file: 'camunda8-js-sdk/conditional-pathway.bpmn', title: 'variable changed before wait completes → pathB',
    run: async () => {
      const i = await client.start('condition-test', { conditionVariable: true });
      await completeJobOf('wait', i.id, { conditionVariable: false });
      expect((await client.activateJobs('pathA', 50)).filter((j) => j.processInstanceId === i.id)).toEqual([]);
      const [pathB] = (await client.activateJobs('pathB', 50)).filter((j) => j.processInstanceId === i.id);
      expect(pathB.variables.conditionVariable).toBe(false);
    },
  },
  {
    file: 'camunda8-js-sdk/test-tasks-query.bpmn', title: 'waits at a CREATED user task with form test-basic-form',
    run: async () => {
      const i = await client.start('test-tasks-query', { queryTag: 'x' });
      const tasks = await client.ok<{ tasks: { nodes: { state: string; formId: string | null }[] } }>(
        `query($id: ID!) { tasks(filter: { processInstanceId: $id }) { nodes { state formId } } }`, { id: i.id });
      expect(tasks.tasks.nodes).toEqual([{ state: 'CREATED', formId: 'test-basic-form' }]);
    },
  },
  ...[1, 2].map((totalLoops) => ({
    file: 'zeebe-process-test/looping-servicetask.bpmn', title: `totalLoops=${totalLoops} → ${totalLoops} job(s), loop taken ${totalLoops - 1}×`,
    run: async () => {
      const i = await client.start('looping-servicetask', { totalLoops });
      for (let n = 0; n < totalLoops; n++) await completeJobOf('test', i.id);
      const done: Instance = await client.instance(i.id);
      expect(done.state).toBe('COMPLETED');
      expect(path(done).filter((id) => id === 'servicetask')).toHaveLength(totalLoops);
      expect(done.history.filter((h) => h.elementId === 'loopSequenceFlow' && h.event === 'TAKEN')).toHaveLength(totalLoops - 1);
      expect(done.variables.loopAmount).toBe(totalLoops);
    },
  })),
];

describe('executable corpus models run as their upstream tests expect', () => {
  beforeAll(async () => {
    for (const file of new Set(cases.map((c) => c.file))) await deploy(file);
  });

  it.each(cases)('$file: $title', async ({ file, title, run }) => {
    // given the deployed model / when run with the manifest's inputs / then it follows the expected path
    try {
      await run();
      table.push(`${file} | ${title} | pass`);
    } catch (error) {
      table.push(`${file} | ${title} | FAIL`);
      throw error;
    }
  });
});
