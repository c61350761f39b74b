import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { signUp } from '../identity.js';
import { bpmn, flow, Instance, path, ProcessClient, userTask } from './process-client.js';

/** Compensation (boundary, handler, throw and end events) through GraphQL on a real PostgreSQL. */
let baton: RunningBaton;
let client: ProcessClient;

beforeAll(async () => {
  baton = await startTestApp();
  client = new ProcessClient(baton.url, (await signUp(baton.url)).token);
});
afterAll(async () => {
  await baton?.stop();
});

/** A compensation boundary event on `activity`, associated with the handler `handler` (markup of the handler itself). */
const compensable = (activity: string, handlerId: string, handler: string) =>
  `<bpmn:boundaryEvent id="${activity}-undo" attachedToRef="${activity}"><bpmn:compensateEventDefinition /></bpmn:boundaryEvent>
   ${handler}<bpmn:association id="${activity}-as" associationDirection="One" sourceRef="${activity}-undo" targetRef="${handlerId}" />`;
/** A user task handler (isForCompensation), so tests see when it starts and decide when it ends. */
const undoTask = (id: string) => `<bpmn:userTask id="${id}" name="${id}" isForCompensation="true" />`;
const undoScript = (id: string, expression: string, result: string) =>
  `<bpmn:scriptTask id="${id}" isForCompensation="true"><bpmn:extensionElements><zeebe:script expression="${expression}" resultVariable="${result}" /></bpmn:extensionElements></bpmn:scriptTask>`;
const compensate = (id: string, attrs = '', end = false) =>
  `<bpmn:${end ? 'endEvent' : 'intermediateThrowEvent'} id="${id}"><bpmn:compensateEventDefinition ${attrs} /></bpmn:${end ? 'endEvent' : 'intermediateThrowEvent'}>`;

const tasksOf = (instanceId: string): Promise<string[]> => client.openTaskIds(instanceId);
const complete = (instanceId: string, elementId: string): Promise<void> => client.completeOpenTask(instanceId, elementId);
const started = (instance: Instance, ids: string[]): string[] =>
  instance.history.filter((h) => h.event === 'STARTED' && ids.includes(h.elementId)).map((h) => h.elementId);

describe('compensation throw events', () => {
  beforeAll(async () => {
    // s → book (undo: cancelBook) → pay (undo: refund) → undo (compensation throw) → after → e
    await client.deploy(bpmn('saga', `<bpmn:startEvent id="s" />${flow('f1', 's', 'book')}${userTask('book')}${flow('f2', 'book', 'pay')}${userTask('pay')}
      ${flow('f3', 'pay', 'undo')}${compensate('undo')}${flow('f4', 'undo', 'after')}${userTask('after')}${flow('f5', 'after', 'e')}<bpmn:endEvent id="e" />
      ${compensable('book', 'cancelBook', undoTask('cancelBook'))}${compensable('pay', 'refund', undoTask('refund'))}`));
  });

  it('invokes every completed activity\'s handler, latest first, and waits for all of them before moving on', async () => {
    // given book and pay completed
    const i = await client.start('saga');
    await complete(i.id, 'book');
    await complete(i.id, 'pay');
    // then both handlers run at once, entered in reverse order of completion, and the throw event waits
    expect(await tasksOf(i.id)).toEqual(['cancelBook', 'refund']);
    expect(started(await client.instance(i.id), ['cancelBook', 'refund'])).toEqual(['refund', 'cancelBook']);
    expect((await client.instance(i.id)).activeElementIds).toContain('undo');
    // when one handler completes / then the throw event still waits for the other
    await complete(i.id, 'refund');
    expect(await tasksOf(i.id)).toEqual(['cancelBook']);
    // when the last completes / then the throw event completes and the flow goes on
    await complete(i.id, 'cancelBook');
    expect(await tasksOf(i.id)).toEqual(['after']);
    const after = await client.instance(i.id);
    expect(path(after)).toEqual(['s', 'book', 'pay', 'refund', 'cancelBook', 'undo']);
    expect(after.incidents).toEqual([]);
  });

  it('a handler sees the variables of its scope and its result propagates', async () => {
    // given a payment whose handler is a FEEL script reading the amount
    await client.deploy(bpmn('refunds', `<bpmn:startEvent id="s" />${flow('f1', 's', 'pay')}${userTask('pay')}${flow('f2', 'pay', 'undo')}${compensate('undo')}
      ${flow('f3', 'undo', 'after')}${userTask('after')}${flow('f4', 'after', 'e')}<bpmn:endEvent id="e" />
      ${compensable('pay', 'refund', undoScript('refund', '=0 - amount', 'refunded'))}`));
    const i = await client.start('refunds', { amount: 120 });
    // when pay completes and compensation is thrown
    await complete(i.id, 'pay');
    // then the handler ran with amount = 120, and the flow went on
    expect(await tasksOf(i.id)).toEqual(['after']);
    expect((await client.instance(i.id)).variables).toMatchObject({ amount: 120, refunded: -120 });
  });

  it('compensates each completed instance once: a second throw finds nothing left, active activities are skipped', async () => {
    // given s → fork → (a (undo: undoA) → undo1 → undo2 → afterA) | (b (undo: undoB) waiting)
    await client.deploy(bpmn('once', `<bpmn:startEvent id="s" />${flow('f1', 's', 'fork')}<bpmn:parallelGateway id="fork" />
      ${flow('f2', 'fork', 'a')}${userTask('a')}${flow('f3', 'a', 'undo1')}${compensate('undo1')}${flow('f4', 'undo1', 'undo2')}${compensate('undo2')}
      ${flow('f5', 'undo2', 'afterA')}${userTask('afterA')}${flow('f6', 'afterA', 'e1')}<bpmn:endEvent id="e1" />
      ${flow('f7', 'fork', 'b')}${userTask('b')}${flow('f8', 'b', 'e2')}<bpmn:endEvent id="e2" />
      ${compensable('a', 'undoA', undoTask('undoA'))}${compensable('b', 'undoB', undoTask('undoB'))}`));
    const i = await client.start('once');
    // when a completes (b still active) / then only undoA runs
    await complete(i.id, 'a');
    expect(await tasksOf(i.id)).toEqual(['b', 'undoA']);
    // when undoA completes / then the second throw compensates nothing and passes at once
    await complete(i.id, 'undoA');
    expect(await tasksOf(i.id)).toEqual(['afterA', 'b']);
    const after = await client.instance(i.id);
    expect(after.history.filter((h) => h.elementId === 'undoA' && h.event === 'STARTED')).toHaveLength(1);
    expect(after.history.filter((h) => h.event === 'COMPENSATING').map((h) => h.elementId)).toEqual(['a']);
  });

  it('activityRef compensates that activity only', async () => {
    // given book and pay completed, and a throw naming pay
    await client.deploy(bpmn('only-pay', `<bpmn:startEvent id="s" />${flow('f1', 's', 'book')}${userTask('book')}${flow('f2', 'book', 'pay')}${userTask('pay')}
      ${flow('f3', 'pay', 'undo')}${compensate('undo', 'activityRef="pay"')}${flow('f4', 'undo', 'after')}${userTask('after')}${flow('f5', 'after', 'e')}<bpmn:endEvent id="e" />
      ${compensable('book', 'cancelBook', undoTask('cancelBook'))}${compensable('pay', 'refund', undoTask('refund'))}`));
    const i = await client.start('only-pay');
    await complete(i.id, 'book');
    await complete(i.id, 'pay');
    // then only refund runs
    expect(await tasksOf(i.id)).toEqual(['refund']);
  });

  it('waitForCompletion="false": the throw event moves on while the handler runs beside it', async () => {
    await client.deploy(bpmn('no-wait', `<bpmn:startEvent id="s" />${flow('f1', 's', 'pay')}${userTask('pay')}${flow('f2', 'pay', 'undo')}
      ${compensate('undo', 'waitForCompletion="false"')}${flow('f3', 'undo', 'after')}${userTask('after')}${flow('f4', 'after', 'e')}<bpmn:endEvent id="e" />
      ${compensable('pay', 'refund', undoTask('refund'))}`));
    const i = await client.start('no-wait');
    await complete(i.id, 'pay');
    expect(await tasksOf(i.id)).toEqual(['after', 'refund']);
    // the instance completes only when the handler is done too
    await complete(i.id, 'after');
    expect((await client.instance(i.id)).state).toBe('ACTIVE');
    await complete(i.id, 'refund');
    expect((await client.instance(i.id)).state).toBe('COMPLETED');
  });

  it('a compensation end event waits for the handlers, then the process completes', async () => {
    await client.deploy(bpmn('end-undo', `<bpmn:startEvent id="s" />${flow('f1', 's', 'pay')}${userTask('pay')}${flow('f2', 'pay', 'undo')}${compensate('undo', '', true)}
      ${compensable('pay', 'refund', undoTask('refund'))}`));
    const i = await client.start('end-undo');
    await complete(i.id, 'pay');
    expect(await tasksOf(i.id)).toEqual(['refund']);
    expect((await client.instance(i.id)).state).toBe('ACTIVE');
    await complete(i.id, 'refund');
    const after = await client.instance(i.id);
    expect(after.state).toBe('COMPLETED');
    expect(path(after)).toEqual(['s', 'pay', 'refund', 'undo']);
  });

  it('a throw event without anything to compensate passes at once', async () => {
    await client.deploy(bpmn('nothing', `<bpmn:startEvent id="s" />${flow('f1', 's', 'undo')}${compensate('undo')}${flow('f2', 'undo', 'after')}${userTask('after')}
      ${flow('f3', 'after', 'e')}<bpmn:endEvent id="e" />`));
    const i = await client.start('nothing');
    expect(await tasksOf(i.id)).toEqual(['after']);
  });
});

describe('compensation across scopes', () => {
  it('a throw in the process scope reaches into a completed sub-process; a throw inside it stays inside', async () => {
    // given s → x (undo: undoX) → sub [ a (undo: undoA) → inner (throw) → innerAfter ] → outer (throw) → after
    await client.deploy(bpmn('scopes', `<bpmn:startEvent id="s" />${flow('f1', 's', 'x')}${userTask('x')}${flow('f2', 'x', 'sub')}
      <bpmn:subProcess id="sub"><bpmn:startEvent id="sub-s" />${flow('sf1', 'sub-s', 'a')}${userTask('a')}${flow('sf2', 'a', 'inner')}${compensate('inner')}
        ${flow('sf3', 'inner', 'innerAfter')}${userTask('innerAfter')}${flow('sf4', 'innerAfter', 'sub-e')}<bpmn:endEvent id="sub-e" />
        ${compensable('a', 'undoA', undoTask('undoA'))}</bpmn:subProcess>
      ${flow('f3', 'sub', 'outer')}${compensate('outer')}${flow('f4', 'outer', 'after')}${userTask('after')}${flow('f5', 'after', 'e')}<bpmn:endEvent id="e" />
      ${compensable('x', 'undoX', undoTask('undoX'))}`));
    const i = await client.start('scopes');
    await complete(i.id, 'x');
    await complete(i.id, 'a');
    // then the inner throw compensates a only (x is outside its scope)
    expect(await tasksOf(i.id)).toEqual(['undoA']);
    await complete(i.id, 'undoA');
    await complete(i.id, 'innerAfter');
    // then the outer throw compensates x; a was compensated already
    expect(await tasksOf(i.id)).toEqual(['undoX']);
    await complete(i.id, 'undoX');
    expect(await tasksOf(i.id)).toEqual(['after']);
  });

  it('reaches the activities of a completed sub-process, in reverse order of completion', async () => {
    // given s → sub [ a (undo: undoA) → b (undo: undoB) ] → c (undo: undoC) → undo (throw)
    await client.deploy(bpmn('nested', `<bpmn:startEvent id="s" />${flow('f1', 's', 'sub')}
      <bpmn:subProcess id="sub"><bpmn:startEvent id="sub-s" />${flow('sf1', 'sub-s', 'a')}${userTask('a')}${flow('sf2', 'a', 'b')}${userTask('b')}
        ${flow('sf3', 'b', 'sub-e')}<bpmn:endEvent id="sub-e" />${compensable('a', 'undoA', undoTask('undoA'))}${compensable('b', 'undoB', undoTask('undoB'))}</bpmn:subProcess>
      ${flow('f2', 'sub', 'c')}${userTask('c')}${flow('f3', 'c', 'undo')}${compensate('undo')}${flow('f4', 'undo', 'e')}<bpmn:endEvent id="e" />
      ${compensable('c', 'undoC', undoTask('undoC'))}`));
    const i = await client.start('nested');
    for (const id of ['a', 'b', 'c']) await complete(i.id, id);
    expect(await tasksOf(i.id)).toEqual(['undoA', 'undoB', 'undoC']);
    expect(started(await client.instance(i.id), ['undoA', 'undoB', 'undoC'])).toEqual(['undoC', 'undoB', 'undoA']);
    for (const id of ['undoA', 'undoB', 'undoC']) await complete(i.id, id);
    expect((await client.instance(i.id)).state).toBe('COMPLETED');
  });

  it('a multi-instance activity is compensated once per completed instance; terminated ones are not', async () => {
    // given a parallel multi-instance task over three items, completion condition: two done
    await client.deploy(bpmn('mi-saga', `<bpmn:startEvent id="s" />${flow('f1', 's', 'mi')}
      <bpmn:userTask id="mi"><bpmn:multiInstanceLoopCharacteristics isSequential="false"><bpmn:extensionElements>
        <zeebe:loopCharacteristics inputCollection="=items" inputElement="item" /></bpmn:extensionElements>
        <bpmn:completionCondition xsi:type="bpmn:tFormalExpression">=numberOfCompletedInstances &gt;= 2</bpmn:completionCondition>
      </bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>
      ${flow('f2', 'mi', 'undo')}${compensate('undo')}${flow('f3', 'undo', 'e')}<bpmn:endEvent id="e" />${compensable('mi', 'undoMi', undoTask('undoMi'))}`));
    const i = await client.start('mi-saga', { items: [1, 2, 3] });
    await complete(i.id, 'mi');
    await complete(i.id, 'mi');
    // then two handlers (the third instance was terminated by the completion condition)
    expect(await tasksOf(i.id)).toEqual(['undoMi', 'undoMi']);
    await complete(i.id, 'undoMi');
    await complete(i.id, 'undoMi');
    expect((await client.instance(i.id)).state).toBe('COMPLETED');
  });

  it('a compensation end event in an error event sub-process compensates the scope around it (a saga)', async () => {
    // given book (undo: cancelBook) → check → an error "FAIL" caught by an error event sub-process ending in compensation
    await client.deploy(bpmn('error-saga', `<bpmn:startEvent id="s" />${flow('f1', 's', 'book')}${userTask('book')}${flow('f2', 'book', 'check')}
      <bpmn:exclusiveGateway id="check" default="ok" />${flow('fail', 'check', 'failed', '=fail')}${flow('ok', 'check', 'e')}<bpmn:endEvent id="e" />
      <bpmn:endEvent id="failed"><bpmn:errorEventDefinition errorRef="err" /></bpmn:endEvent>
      <bpmn:subProcess id="onError" triggeredByEvent="true"><bpmn:startEvent id="onError-s"><bpmn:errorEventDefinition errorRef="err" /></bpmn:startEvent>
        ${flow('ef1', 'onError-s', 'rollback')}${compensate('rollback', '', true)}</bpmn:subProcess>
      ${compensable('book', 'cancelBook', undoTask('cancelBook'))}`).replace('</bpmn:definitions>', '<bpmn:error id="err" errorCode="FAIL" /></bpmn:definitions>'));
    const i = await client.start('error-saga', { fail: true });
    await complete(i.id, 'book');
    // then the booking is undone by the event sub-process, and the instance completes after it
    expect(await tasksOf(i.id)).toEqual(['cancelBook']);
    await complete(i.id, 'cancelBook');
    const after = await client.instance(i.id);
    expect(after.state).toBe('COMPLETED');
    expect(after.incidents).toEqual([]);
  });

  it('cancelling the instance while a handler runs ends the handler too', async () => {
    const i = await client.start('saga');
    await complete(i.id, 'book');
    await complete(i.id, 'pay');
    const cancelled = await client.call(`mutation($id: ID!) { cancelProcessInstance(id: $id) { id state } }`, { id: i.id });
    expect(cancelled.errors).toBeUndefined();
    expect(await tasksOf(i.id)).toEqual([]);
    expect((await client.instance(i.id)).state).toBe('TERMINATED');
  });
});

describe('compensation at deploy', () => {
  it('refuses a compensation boundary event without a handler, naming it', async () => {
    const xml = bpmn('no-handler', `<bpmn:startEvent id="s" />${flow('f1', 's', 'pay')}${userTask('pay')}${flow('f2', 'pay', 'e')}<bpmn:endEvent id="e" />
      <bpmn:boundaryEvent id="payUndo" attachedToRef="pay"><bpmn:compensateEventDefinition /></bpmn:boundaryEvent>`);
    const result = await client.call(`mutation($input: DeployProcessInput!) { deployProcess(input: $input) { id } }`, { input: { bpmnXml: xml } });
    const error = result.errors?.[0] as { message: string; extensions?: Record<string, unknown> } | undefined;
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(error)).toContain('payUndo');
    expect(JSON.stringify(error)).toContain('compensation');
  });
});
