import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { RunningBaton } from '../../../src/bootstrap.js';
import { corpusDir } from '../../../src/engine/conformance/corpus-dir.js';
import { translateCorpusModel } from '../../../src/engine/conformance/translate-corpus-model.js';
import { startTestApp } from '../app.js';
import { signUp } from '../identity.js';
import { EngineTime } from './engine-time.js';
import { Instance, path, ProcessClient } from './process-client.js';

/**
 * Runs the executable corpus models whose elements this engine supports, with the inputs and expected behaviour
 * their manifest paraphrases from the upstream projects' own tests, and prints a pass table.
 */
let baton: RunningBaton;
let client: ProcessClient;
let time: EngineTime;
const table: string[] = [];
const form = JSON.parse(readFileSync(corpusDir('form-js', 'camunda8-js-sdk', 'test-basic-form.form'), 'utf8')) as { id: string };

beforeAll(async () => {
  baton = await startTestApp();
  client = new ProcessClient(baton.url, (await signUp(baton.url)).token);
  time = new EngineTime([baton]);
});
afterAll(async () => {
  console.log(`bpmn-exec runs\nmodel | case | result\n${table.join('\n')}\n${table.filter((r) => r.endsWith('pass')).length} of ${table.length} cases pass`);
  await baton?.stop();
});

/** Two corpus files share the process id simpleSubProcess, so each case starts the version its file deployed. */
const versions = new Map<string, number>();

async function deploy(file: string): Promise<void> {
  versions.set(file, (await client.deploy(translateCorpusModel(file, readFileSync(corpusDir('bpmn-exec', file), 'utf8')), [form])).version);
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

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

async function scheduledTimers(instanceId: string): Promise<number> {
  const [row] = await baton.dataSource.query(`SELECT count(*)::int AS n FROM timers WHERE process_instance_id = $1 AND state = 'SCHEDULED'`, [instanceId]);
  return row.n;
}

async function openSubscriptions(instanceId: string): Promise<number> {
  const [row] = await baton.dataSource.query(`SELECT count(*)::int AS n FROM message_subscriptions WHERE process_instance_id = $1 AND state = 'OPEN'`, [instanceId]);
  return row.n;
}

async function instancesOf(bpmnProcessId: string): Promise<{ id: string; state: string }[]> {
  return baton.dataSource.query(`SELECT id, state FROM process_instances WHERE bpmn_process_id = $1 ORDER BY created_at`, [bpmnProcessId]);
}

async function state(instanceId: string): Promise<string> {
  return (await client.instance(instanceId)).state;
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
  // timers (issue 4): the engine clock moves, the timer poller fires what became due
  {
    file: c7('IntermediateTimerEventTest.testCatchingTimerEvent'), title: 'PT5M timer → fires after 5 min → instance ended, no timer left',
    run: async () => {
      const i = await client.start('intermediateTimerEventExample');
      expect(await scheduledTimers(i.id)).toBe(1);
      await time.advance(4 * MINUTE);
      expect(await state(i.id)).toBe('ACTIVE');
      await time.advance(MINUTE + 1_000);
      expect(await state(i.id)).toBe('COMPLETED');
      expect(await scheduledTimers(i.id)).toBe(0);
    },
  },
  {
    file: c7('BoundaryTimerEventTest.testMultipleTimersOnUserTask'), title: '3 boundary timers; +1h5s → PT1H fires → Third Task, 0 timers',
    run: async () => {
      const i = await client.start('multipleTimersOnUserTask');
      expect(await taskNames(i.id)).toEqual(['First Task']);
      expect(await scheduledTimers(i.id)).toBe(3);
      await time.advance(HOUR + 5_000);
      expect(await taskNames(i.id)).toEqual(['Third Task']);
      expect(await scheduledTimers(i.id)).toBe(0);
    },
  },
  {
    file: c7('BoundaryTimerNonInterruptingEventTest.testTimerOnConcurrentTasks'), title: 'non-interrupting timer adds timerFiredTask; join ends the process',
    run: async () => {
      const i = await client.start('nonInterruptingOnConcurrentTasks');
      expect(await taskNames(i.id)).toEqual(['firstTask', 'secondTask']);
      await time.advance(HOUR + 1_000);
      expect(await taskNames(i.id)).toEqual(['firstTask', 'secondTask', 'timerFiredTask']);
      const tasks = await client.openTasks(i.id);
      for (const id of ['timerFiredTask', 'firstTask', 'secondTask']) expect((await client.completeTask(tasks.find((t) => t.elementId === id)!.id)).errors).toBeUndefined();
      expect(await state(i.id)).toBe('COMPLETED');
    },
  },
  {
    file: c7('StartTimerEventTest.testDurationStartTimerEvent'), title: 'deploy schedules the start timer; +5 min → 1 instance waiting in receive, no timer',
    run: async () => {
      await time.advance(5 * MINUTE + 1_000);
      const started = await instancesOf('startTimerEventExample');
      expect(started).toHaveLength(1);
      expect((await client.instance(started[0].id)).activeElementIds).toEqual(['receive']);
      const [left] = await baton.dataSource.query(`SELECT count(*)::int AS n FROM timers t JOIN process_definitions d ON d.id = t.definition_id WHERE d.bpmn_process_id = 'startTimerEventExample' AND t.state = 'SCHEDULED'`);
      expect(left.n).toBe(0);
    },
  },
  {
    file: c7('SubProcessTest.testSimpleSubProcessWithTimer'), title: 'PT2H boundary timer on the sub-process; +2h1s → Fix escalated problem',
    run: async () => {
      const i = await client.start('simpleSubProcess', {}, versions.get(c7('SubProcessTest.testSimpleSubProcessWithTimer')));
      expect(await taskNames(i.id)).toEqual(['Task in subprocess']);
      await time.advance(2 * HOUR + 1_000);
      expect(await taskNames(i.id)).toEqual(['Fix escalated problem']);
    },
  },
  {
    file: 'zeebe-process-test/test_timer_events.bpmn', title: 'SimpleLog01 done, PT1S fires before P30D → terminate → completed',
    run: async () => {
      const i = await client.start('Process_Timer_Test_01');
      await completeJobOf('SimpleLog01', i.id);
      expect(await scheduledTimers(i.id)).toBe(2);
      await time.advance(2_000);
      const done = await client.instance(i.id);
      expect(done.state).toBe('COMPLETED');
      expect(path(done)).toContain('EndEvent_FastFlow');
      expect(path(done)).not.toContain('EndEvent_SlowFlow');
      expect(await scheduledTimers(i.id)).toBe(0);
    },
  },
  {
    file: 'bpmn-elements/timers.bpmn', title: 'catchDate 1993-06-26 (past) fires at once → user-due → completed',
    run: async () => {
      // started by hand at its only start event (the cycle timer start), with the manifest's variables
      const i = await client.start('Process_0cn5rdh', { catchDate: '1993-06-26', dueDate: '1993-06-27' });
      await time.settle();
      expect(await taskNames(i.id)).toEqual(['user-due']);
      await completeElement(i.id, 'user-due');
      expect(await state(i.id)).toBe('COMPLETED');
    },
  },
  // bpmn-elements JavaScript, translated by the harness (conformance/bpmn-elements-to-feel.ts)
  {
    file: 'bpmn-elements/link-event.bpmn', title: 'task1 → link LINKA → task2 → end at once; log order task1, task2',
    run: async () => {
      const i = await client.start('theProcess');
      expect(i.state).toBe('COMPLETED');
      expect(path(i)).toEqual(['start', 'task1', 'throw', 'catch', 'task2', 'end']);
      // environment.services.log("…") is translated to an append to the servicesLog variable
      expect(i.variables.servicesLog).toEqual(['task1', 'task2']);
    },
  },
  ...[
    { variables: { take2: true }, taken: 'task2' },
    { variables: { take2: false, take4: true }, taken: 'task4' },
  ].map(({ variables, taken }) => ({
    file: 'bpmn-elements/conditional-flows.bpmn', title: `${JSON.stringify(variables)} → ${taken} only (conditional and default flows on task1)`,
    run: async () => {
      const i = await client.start('Process_0m63r5x', variables);
      expect(i.state).toBe('COMPLETED');
      expect(path(i)).toEqual(['start', 'task1', taken, 'end']);
      const flows = i.history.filter((h) => h.event === 'TAKEN').map((h) => h.elementId);
      expect(flows).toContain(taken === 'task2' ? 'cond-to-task2' : 'cond-to-task4');
      expect(flows).not.toContain('default-to-task3');
    },
  })),
  // messages (issue 4): published with time to live 0, so no case's message waits in the buffer for another case
  {
    file: c7('MessageStartEventTest.testSingleMessageStartEvent'), title: 'message newInvoiceMessage starts an instance at Task; completing it ends it',
    run: async () => {
      const published = await client.published('newInvoiceMessage');
      const started = published.correlations.find((c) => c.bpmnProcessId === 'singleMessageStartEvent');
      expect(started).toMatchObject({ started: true, elementId: 'theStart' });
      expect(await taskNames(started!.processInstanceId)).toEqual(['Task']);
      await completeNamed(started!.processInstanceId, 'Task');
      expect(await state(started!.processInstanceId)).toBe('COMPLETED');
      // and by process id (its single start event), as in Camunda 7
      const byKey = await client.start('singleMessageStartEvent');
      expect(await taskNames(byKey.id)).toEqual(['Task']);
    },
  },
  {
    file: c7('MessageIntermediateEventTest.testSingleIntermediateMessageEvent'), title: 'waits at messageCatch; message → Task → ended',
    run: async () => {
      const i = await client.start('process', {}, versions.get(c7('MessageIntermediateEventTest.testSingleIntermediateMessageEvent')));
      expect(i.activeElementIds).toEqual(['messageCatch']);
      expect(await openSubscriptions(i.id)).toBe(1);
      await client.published('newInvoiceMessage');
      expect(await taskNames(i.id)).toEqual(['Task']);
      await completeNamed(i.id, 'Task');
      expect(await state(i.id)).toBe('COMPLETED');
    },
  },
  ...[
    { title: 'message first → task cancelled → taskAfterMessage', messageFirst: true },
    { title: 'task first → subscription removed → taskAfterTask', messageFirst: false },
  ].map(({ title, messageFirst }) => ({
    file: c7('MessageBoundaryEventTest.testSingleBoundaryMessageEvent'), title,
    run: async () => {
      const i = await client.start('process', {}, versions.get(c7('MessageBoundaryEventTest.testSingleBoundaryMessageEvent')));
      if (messageFirst) await client.published('messageName');
      else await completeElement(i.id, 'task');
      expect(await openSubscriptions(i.id)).toBe(0);
      const next = messageFirst ? 'taskAfterMessage' : 'taskAfterTask';
      expect(await taskNames(i.id)).toEqual([next]);
      await completeElement(i.id, next);
      expect(await state(i.id)).toBe('COMPLETED');
    },
  })),
  {
    file: c7('MessageNonInterruptingBoundaryEventTest.testNonInterruptingEventInCombinationWithUserTask'), title: 'firstMessage → task1 beside innerTask; terminate ends the sub-process only',
    run: async () => {
      const i = await client.start('process', {}, versions.get(c7('MessageNonInterruptingBoundaryEventTest.testNonInterruptingEventInCombinationWithUserTask')));
      expect(await taskNames(i.id)).toEqual(['innerTask']);
      await client.published('firstMessage');
      expect(await taskNames(i.id)).toEqual(['innerTask', 'task1']);
      await completeElement(i.id, 'innerTask');
      expect(await taskNames(i.id)).toEqual(['task1', 'task2']);
      expect(await openSubscriptions(i.id)).toBe(0);
      await completeElement(i.id, 'task1');
      await completeElement(i.id, 'task2');
      expect(await state(i.id)).toBe('COMPLETED');
    },
  },
  {
    file: 'camunda8-js-sdk/Client-MessageStart.bpmn', title: 'MSG-START_JOB starts an instance; its job sees testKey',
    run: async () => {
      const testKey = randomUUID();
      const published = await client.published('MSG-START_JOB', null, { testKey });
      const [started] = published.correlations;
      expect(started).toMatchObject({ bpmnProcessId: 'Process_1tbhm8x', started: true });
      const job = (await client.activateJobs('console-log-msg-start', 50)).find((j) => j.processInstanceId === started.processInstanceId);
      expect(job?.variables.testKey).toBe(testKey);
      expect((await client.completeJob(job!.id)).errors).toBeUndefined();
      expect(await state(started.processInstanceId)).toBe('COMPLETED');
    },
  },
  {
    file: 'camunda8-js-sdk/message-correlation-test.bpmn', title: 'waits for correlationKey =orderId; that key completes it',
    run: async () => {
      const orderId = randomUUID();
      const i = await client.start('message-correlation-test', { orderId });
      expect(i.activeElementIds).toEqual(['Event_11031ys']);
      await client.published('MESSAGE_CORRELATION_TEST_CATCH', randomUUID());
      expect(await state(i.id)).toBe('ACTIVE');
      await client.published('MESSAGE_CORRELATION_TEST_CATCH', orderId);
      const done = await client.instance(i.id);
      expect(done.state).toBe('COMPLETED');
      expect(done.variables.orderId).toBe(orderId);
    },
  },
  // errors, signals and event-based gateways (issue 4)
  {
    file: c7('BoundaryErrorEventTest.testCatchErrorOnEmbeddedSubprocess'), title: 'subprocessTask → error end 123 → catch-all boundary → task after catching the error',
    run: async () => {
      const i = await client.start('boundaryErrorOnEmbeddedSubprocess');
      expect(await taskNames(i.id)).toEqual(['subprocessTask']);
      await completeNamed(i.id, 'subprocessTask');
      expect(await taskNames(i.id)).toEqual(['task after catching the error']);
      await completeNamed(i.id, 'task after catching the error');
      expect(await state(i.id)).toBe('COMPLETED');
    },
  },
  {
    file: c7('ErrorEventSubProcessTest.testCatchErrorInEmbeddedSubProcess'), title: 'error end at once → error event sub-process in the sub-process → 1 Escalated Task → ended',
    run: async () => {
      const i = await client.start('CatchErrorInEmbeddedSubProcess');
      expect(await taskNames(i.id)).toEqual(['Escalated Task']);
      await completeNamed(i.id, 'Escalated Task');
      expect(await state(i.id)).toBe('COMPLETED');
    },
  },
  {
    file: c7('EventBasedGatewayTest.testCatchSignalAndMessageAndTimer'), title: '1 message + 1 signal subscription + 1 PT0S timer (poller held); newInvoice → afterMessage, rest withdrawn',
    run: async () => {
      // Camunda's test runs with the job executor off, so the PT0S timer waits; here the timer poller is held
      const release = time.pollers[0].hold();
      try {
        const i = await client.start('catchSignal');
        expect(await openSubscriptions(i.id)).toBe(1);
        expect(await scheduledTimers(i.id)).toBe(1);
        const [signals] = await baton.dataSource.query(`SELECT count(*)::int AS n FROM signal_subscriptions WHERE process_instance_id = $1 AND state = 'OPEN'`, [i.id]);
        expect(signals.n).toBe(1);
        await client.published('newInvoice');
        expect(await taskNames(i.id)).toEqual(['afterMessage']);
        expect(await openSubscriptions(i.id)).toBe(0);
        expect(await scheduledTimers(i.id)).toBe(0);
      } finally {
        release();
      }
    },
  },
  {
    file: 'camunda8-js-sdk/Client-ThrowError-2.bpmn', title: 'job throws BUSINESS_ERROR {something} → boundary output mapping → sad-flow-2 → completed',
    run: async () => {
      const i = await client.start('throw-bpmn-error-2');
      const job = (await client.activateJobs('throw-bpmn-error-task-2', 50)).find((j) => j.processInstanceId === i.id);
      expect((await client.throwError(job!.id, 'BUSINESS_ERROR', { something: 'someValue' })).errors).toBeUndefined();
      await completeJobOf('sad-flow-2', i.id, { bpmnErrorCaught: true });
      const done = await client.instance(i.id);
      expect(done.state).toBe('COMPLETED');
      expect(done.variables).toMatchObject({ bpmnErrorCaught: true, something: 'someValue' });
    },
  },
  {
    file: 'camunda8-js-sdk/Signal.bpmn', title: 'broadcast test-signal {success:true} starts an instance; its job sees success=true',
    run: async () => {
      const broadcast = await client.broadcast('test-signal', { success: true });
      const [started] = broadcast.triggered.filter((t) => t.bpmnProcessId === 'Signal');
      expect(started).toMatchObject({ started: true, elementId: 'StartEvent_1' });
      const job = (await client.activateJobs('signal-service-task', 50)).find((j) => j.processInstanceId === started.processInstanceId);
      expect(job?.variables.success).toBe(true);
      expect((await client.completeJob(job!.id)).errors).toBeUndefined();
      expect(await state(started.processInstanceId)).toBe('COMPLETED');
    },
  },
  {
    file: c7('CallActivity.testCallSimpleSubProcess'), title: 'task before → child instance of simpleSubProcess → its task → back in the parent → task after → ended',
    run: async () => {
      // the call activity starts the latest simpleSubProcess: deploy this corpus file's version last, as the upstream test does
      await deploy(c7('simpleSubProcess'));
      const i = await client.start('callSimpleSubProcess');
      await completeNamed(i.id, 'Task before subprocess');
      const [child] = await childrenOf(i.id);
      expect(await taskNames(child.id)).toEqual(['Task in subprocess']);
      await completeNamed(child.id, 'Task in subprocess');
      expect(await state(child.id)).toBe('COMPLETED');
      await completeNamed(i.id, 'Task after subprocess');
      expect(await state(i.id)).toBe('COMPLETED');
    },
  },
  ...[{ nrOfLoops: 3, completions: 3 }, { nrOfLoops: 10, completions: 5 }].map(({ nrOfLoops, completions }) => ({
    file: c7('MultiInstanceTest.sequentialUserTasks'), title: `nrOfLoops=${nrOfLoops} → ${completions} tasks one at a time → ended`,
    run: async () => {
      const i = await client.start('miSequentialUserTasks', { nrOfLoops });
      for (let n = 0; n < completions; n++) {
        expect(await taskNames(i.id)).toEqual(['My Task']);
        await completeNamed(i.id, 'My Task');
      }
      expect(await taskNames(i.id)).toEqual([]);
      expect(await state(i.id)).toBe('COMPLETED');
      expect(await scheduledTimers(i.id)).toBe(0);
    },
  })),
  {
    file: c7('MultiInstanceTest.testParallelUserTasksBasedOnCollection'), title: '5 assignees → 5 parallel tasks (item "assignee"); 3 completed ≥ 0.6 → the other 2 cancelled, ended',
    run: async () => {
      const assigneeList = ['kermit', 'gonzo', 'mispiggy', 'fozzie', 'bubba'];
      const i = await client.start('miParallelUserTasksBasedOnCollection', { assigneeList });
      const tasks = await client.openTasks(i.id);
      expect(tasks).toHaveLength(5);
      const items = await baton.dataSource.query(
        `SELECT v.value FROM variables v JOIN user_tasks t ON t.element_instance_id = v.scope_id WHERE t.process_instance_id = $1 AND v.name = 'assignee'`,
        [i.id],
      );
      expect(items.map((r: { value: string }) => r.value).sort()).toEqual([...assigneeList].sort());
      for (const task of tasks.slice(0, 2)) expect((await client.completeTask(task.id)).errors).toBeUndefined();
      expect(await client.openTasks(i.id)).toHaveLength(3);
      expect((await client.completeTask(tasks[2].id)).errors).toBeUndefined();
      expect(await client.openTasks(i.id)).toEqual([]);
      expect(await state(i.id)).toBe('COMPLETED');
    },
  },
  {
    file: c7('MultiInstanceTest.testParallelUserTasksCompletionCondition'), title: 'loopCardinality 5 → 5 tasks; the 3rd completion (≥ 0.5) cancels the other 2 and ends it',
    run: async () => {
      const i = await client.start('miParallelUserTasksCompletionCondition');
      const tasks = await client.openTasks(i.id);
      expect(tasks).toHaveLength(5);
      for (const task of tasks.slice(0, 3)) expect((await client.completeTask(task.id)).errors).toBeUndefined();
      expect(await client.openTasks(i.id)).toEqual([]);
      expect(await state(i.id)).toBe('COMPLETED');
    },
  },
  ...(['happy', 'reminder', 'rejection'] as const).map((route) => ({
    file: 'zeebe-process-test/pr-created.bpmn',
    title: `${route} path: message start, review ∥ call automatedTestsProcess (3 parallel runTests jobs in a multi-instance sub-process)`,
    run: async () => {
      await deploy('zeebe-process-test/automated-tests.bpmn');
      const prId = `pr-${route}-${randomUUID().slice(0, 8)}`;
      const started = (await client.published('prCreated', null, { prId })).correlations.find((c) => c.bpmnProcessId === 'prCreatedProcess');
      expect(started?.started).toBe(true);
      const id = started!.processInstanceId;
      const [tests] = await childrenOf(id);
      expect(tests.bpmn_process_id).toBe('automatedTestsProcess');
      const runs = (await client.activateJobs('runTests', 50)).filter((j) => j.processInstanceId === tests.id);
      expect(runs.map((j) => j.variables.operatingSystem).sort()).toEqual(['macos', 'ubuntu', 'windows']);
      for (const job of runs) expect((await client.completeJob(job.id)).errors).toBeUndefined();
      expect(await state(tests.id)).toBe('COMPLETED');
      await completeElement(id, 'requestReview');
      if (route === 'reminder') {
        await time.advance(24 * HOUR + MINUTE);
        await completeJobOf('remindReviewer', id);
      }
      if (route === 'rejection') {
        await client.published('reviewReceived', prId, { reviewResult: 'rejected' });
        await completeElement(id, 'makeChanges');
        await completeElement(id, 'requestReview');
      }
      await client.published('reviewReceived', prId, { reviewResult: 'approved' });
      await completeElement(id, 'mergeCode');
      await completeJobOf('deploySnapshot', id);
      const done = await client.instance(id);
      expect(done.state).toBe('COMPLETED');
      expect(done.variables.reviewResult).toBe('approved');
      const passed = path(done).filter((e) => ['requestReview', 'remindReviewer', 'makeChanges', 'mergeCode', 'deploySnapshot'].includes(e));
      expect(passed).toEqual({
        happy: ['requestReview', 'mergeCode', 'deploySnapshot'],
        reminder: ['requestReview', 'remindReviewer', 'mergeCode', 'deploySnapshot'],
        rejection: ['requestReview', 'makeChanges', 'requestReview', 'mergeCode', 'deploySnapshot'],
      }[route]);
    },
  })),
];

async function childrenOf(instanceId: string): Promise<{ id: string; bpmn_process_id: string }[]> {
  return baton.dataSource.query(`SELECT id, bpmn_process_id FROM process_instances WHERE parent_instance_id = $1 ORDER BY created_at`, [instanceId]);
}

/** Completes the open task of an element (models whose tasks have no name). */
async function completeElement(instanceId: string, elementId: string): Promise<void> {
  const task = (await client.openTasks(instanceId)).find((t) => t.elementId === elementId);
  expect(task, `task ${elementId}`).toBeDefined();
  expect((await client.completeTask(task!.id)).errors).toBeUndefined();
}

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
