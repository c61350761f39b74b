import { parseBpmn } from '../parse/index.js';
import type { ProcessModel } from '../parse/process-model.js';
import type { Execution } from './execution.js';
import { returnPlan, returnTargets } from './return-to.js';
import type { Token } from './runtime-types.js';

async function modelOf(body: string): Promise<ProcessModel> {
  const parsed = await parseBpmn(`<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="t">
  <bpmn:process id="proc" isExecutable="true">${body}</bpmn:process>
</bpmn:definitions>`);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.processes[0];
}

const flow = (id: string, from: string, to: string) => `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}" />`;
const task = (id: string) => `<bpmn:userTask id="${id}" name="${id.toUpperCase()}" />`;

/** An execution as far as returnPlan looks at it: the model and the open tokens. */
function executionOf(model: ProcessModel, open: { id: string; elementId: string; scopeId?: string; kind?: string; state?: Token['state'] }[]): Execution {
  const tokens: Token[] = [
    { id: 'root', elementId: 'proc', kind: 'process', scopeId: null, state: 'ACTIVE', incomingFlowId: null, createdAt: new Date() },
    ...open.map((t) => ({ id: t.id, elementId: t.elementId, kind: t.kind ?? 'userTask', scopeId: t.scopeId ?? 'root', state: t.state ?? 'ACTIVE', incomingFlowId: null, createdAt: new Date() })),
  ];
  return { model, openTokens: tokens, token: (id: string) => tokens.find((t) => t.id === id) } as unknown as Execution;
}

const plan = (x: Execution, from: string, target: string) => {
  const result = returnPlan(x, x.token(from) as Token, target);
  return { scopeId: result.scopeId, terminate: result.terminate.map((t) => t.id).sort() };
};

describe('returnTargets', () => {
  it('lists the user tasks upstream in the same scope, nearest first, across gateways', async () => {
    // given s → a → x(excl) → b → fork → [c], [d] → join → e
    const model = await modelOf(`<bpmn:startEvent id="s" />${flow('f1', 's', 'a')}${task('a')}${flow('f2', 'a', 'x')}<bpmn:exclusiveGateway id="x" />
      ${flow('f3', 'x', 'b')}${task('b')}${flow('f4', 'b', 'fork')}<bpmn:parallelGateway id="fork" />${flow('f5', 'fork', 'c')}${flow('f6', 'fork', 'd')}
      ${task('c')}${task('d')}${flow('f7', 'c', 'join')}${flow('f8', 'd', 'join')}<bpmn:parallelGateway id="join" />${flow('f9', 'join', 'e')}${task('e')}`);
    expect(returnTargets(model, 'e').map((t) => t.elementId)).toEqual(['c', 'd', 'b', 'a']);
    expect(returnTargets(model, 'c')).toEqual([{ elementId: 'b', name: 'B' }, { elementId: 'a', name: 'A' }]);
    expect(returnTargets(model, 'a')).toEqual([]);
  });

  it('goes from a boundary event to its activity, and never lists the task itself in a loop', async () => {
    // given s → a → b (timer boundary t → c) ; b → x → back to a | end
    const model = await modelOf(`<bpmn:startEvent id="s" />${flow('f1', 's', 'a')}${task('a')}${flow('f2', 'a', 'b')}${task('b')}
      <bpmn:boundaryEvent id="t" attachedToRef="b"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
      ${flow('f3', 't', 'c')}${task('c')}${flow('f4', 'b', 'x')}<bpmn:exclusiveGateway id="x" default="f6" />${flow('f5', 'x', 'a')}${flow('f6', 'x', 'e')}<bpmn:endEvent id="e" />`);
    expect(returnTargets(model, 'c').map((t) => t.elementId)).toEqual(['b', 'a']);
    expect(returnTargets(model, 'b').map((t) => t.elementId)).toEqual(['a']);
  });

  it('stays inside a sub-process', async () => {
    const model = await modelOf(`<bpmn:startEvent id="s" />${flow('f1', 's', 'a')}${task('a')}${flow('f2', 'a', 'sub')}
      <bpmn:subProcess id="sub"><bpmn:startEvent id="ss" />${flow('g1', 'ss', 'b')}${task('b')}${flow('g2', 'b', 'c')}${task('c')}</bpmn:subProcess>`);
    expect(returnTargets(model, 'c').map((t) => t.elementId)).toEqual(['b']);
    expect(returnTargets(model, 'nope')).toEqual([]);
  });
});

describe('returnPlan', () => {
  it('a return before a split in a loop ends both branches', async () => {
    // given s → p → fork → [a], [b] → join → x → back to p | end; a and b open
    const model = await modelOf(`<bpmn:startEvent id="s" />${flow('f1', 's', 'p')}${task('p')}${flow('f2', 'p', 'fork')}<bpmn:parallelGateway id="fork" />
      ${flow('f3', 'fork', 'a')}${flow('f4', 'fork', 'b')}${task('a')}${task('b')}${flow('f5', 'a', 'join')}${flow('f6', 'b', 'join')}<bpmn:parallelGateway id="join" />
      ${flow('f7', 'join', 'x')}<bpmn:exclusiveGateway id="x" default="f9" />${flow('f8', 'x', 'p')}${flow('f9', 'x', 'e')}<bpmn:endEvent id="e" />`);
    const x = executionOf(model, [{ id: 'ta', elementId: 'a' }, { id: 'tb', elementId: 'b' }]);
    expect(plan(x, 'ta', 'p')).toEqual({ scopeId: 'root', terminate: ['ta', 'tb'] });
  });

  it('a return after a split in a loop leaves the other branch and its parked token', async () => {
    // given s → fork → [p → a], [b] → join → x → back to fork | end; a open, b parked at the join
    const model = await modelOf(`<bpmn:startEvent id="s" />${flow('f1', 's', 'fork')}<bpmn:parallelGateway id="fork" />
      ${flow('f2', 'fork', 'p')}${task('p')}${flow('f3', 'p', 'a')}${task('a')}${flow('f4', 'fork', 'b')}${task('b')}${flow('f5', 'a', 'join')}${flow('f6', 'b', 'join')}
      <bpmn:parallelGateway id="join" />${flow('f7', 'join', 'x')}<bpmn:exclusiveGateway id="x" default="f9" />${flow('f8', 'x', 'fork')}${flow('f9', 'x', 'e')}<bpmn:endEvent id="e" />`);
    const x = executionOf(model, [{ id: 'ta', elementId: 'a' }, { id: 'wb', elementId: 'join', kind: 'parallelGateway', state: 'WAITING' }]);
    expect(plan(x, 'ta', 'p')).toEqual({ scopeId: 'root', terminate: ['ta'] });
  });

  it('an inner instance of a multi-instance activity returns as its body', async () => {
    const model = await modelOf(`<bpmn:startEvent id="s" />${flow('f1', 's', 'p')}${task('p')}${flow('f2', 'p', 'mi')}
      <bpmn:userTask id="mi"><bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>2</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>`);
    const x = executionOf(model, [{ id: 'body', elementId: 'mi', kind: 'multiInstanceBody' }, { id: 'i1', elementId: 'mi', scopeId: 'body' }, { id: 'i2', elementId: 'mi', scopeId: 'body' }]);
    expect(plan(x, 'i2', 'p')).toEqual({ scopeId: 'root', terminate: ['body'] });
  });
});
