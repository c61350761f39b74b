import { parseBpmn } from '../parse/parse-bpmn.js';
import type { ProcessModel } from '../parse/process-model.js';
import { type CompletedInstance, handlersToInvoke } from './compensation.js';

/** p: a (undo: undoA) → sub [ b (undo: undoB) → mi (multi-instance, undo: undoMi) ] → c (no handler) */
const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
  <bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="a" /><bpmn:task id="a" />
    <bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="sub" />
    <bpmn:subProcess id="sub"><bpmn:startEvent id="ss" /><bpmn:sequenceFlow id="sf1" sourceRef="ss" targetRef="b" /><bpmn:task id="b" />
      <bpmn:sequenceFlow id="sf2" sourceRef="b" targetRef="mi" />
      <bpmn:task id="mi"><bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=[1,2,3]" /></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics></bpmn:task>
      <bpmn:boundaryEvent id="bUndo" attachedToRef="b"><bpmn:compensateEventDefinition /></bpmn:boundaryEvent><bpmn:task id="undoB" isForCompensation="true" />
      <bpmn:boundaryEvent id="miUndo" attachedToRef="mi"><bpmn:compensateEventDefinition /></bpmn:boundaryEvent><bpmn:task id="undoMi" isForCompensation="true" />
      <bpmn:association id="as2" sourceRef="bUndo" targetRef="undoB" /><bpmn:association id="as3" sourceRef="undoMi" targetRef="miUndo" />
    </bpmn:subProcess>
    <bpmn:sequenceFlow id="f3" sourceRef="sub" targetRef="c" /><bpmn:task id="c" />
    <bpmn:boundaryEvent id="aUndo" attachedToRef="a"><bpmn:compensateEventDefinition /></bpmn:boundaryEvent><bpmn:task id="undoA" isForCompensation="true" />
    <bpmn:association id="as1" sourceRef="aUndo" targetRef="undoA" />
  </bpmn:process>
</bpmn:definitions>`;

let model: ProcessModel;
beforeAll(async () => {
  const parsed = await parseBpmn(XML);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  model = parsed.processes[0];
});

/** What ran: a(1), sub[ b(2), mi body(6) with inner instances 1 (3), 3 (4), 2 terminated ], sub(7), c(8). */
const completed: CompletedInstance[] = [
  { id: 'A', elementId: 'a', kind: 'task', scopeId: 'P', seq: 1 },
  { id: 'B', elementId: 'b', kind: 'task', scopeId: 'SUB', seq: 2 },
  { id: 'MI1', elementId: 'mi', kind: 'task', scopeId: 'BODY', seq: 3 },
  { id: 'MI3', elementId: 'mi', kind: 'task', scopeId: 'BODY', seq: 4 },
  { id: 'BODY', elementId: 'mi', kind: 'multiInstanceBody', scopeId: 'SUB', seq: 6 },
  { id: 'SUB', elementId: 'sub', kind: 'subProcess', scopeId: 'P', seq: 7 },
  { id: 'C', elementId: 'c', kind: 'task', scopeId: 'P', seq: 8 },
];

describe('handlersToInvoke', () => {
  it('reads the handler links either way round', () => {
    expect(model.nodes.aUndo).toMatchObject({ compensationHandlerId: 'undoA' });
    expect(model.nodes.miUndo).toMatchObject({ compensationHandlerId: 'undoMi' });
  });

  it('finds every completed compensable instance under the scope, latest completion first', () => {
    // when the process scope is compensated / then the multi-instance inner instances (each), b, then a
    expect(handlersToInvoke(model, completed, 'P').map((i) => [i.compensatedId, i.handlerId])).toEqual([
      ['MI3', 'undoMi'], ['MI1', 'undoMi'], ['B', 'undoB'], ['A', 'undoA'],
    ]);
  });

  it('stays inside a sub-process scope, and activityRef narrows to one activity and its insides', () => {
    expect(handlersToInvoke(model, completed, 'SUB').map((i) => i.compensatedId)).toEqual(['MI3', 'MI1', 'B']);
    expect(handlersToInvoke(model, completed, 'P', 'a').map((i) => i.compensatedId)).toEqual(['A']);
    expect(handlersToInvoke(model, completed, 'P', 'sub').map((i) => i.compensatedId)).toEqual(['MI3', 'MI1', 'B']);
    expect(handlersToInvoke(model, completed, 'P', 'c')).toEqual([]);
  });

  it('skips what did not complete: a sub-process still running (not in the list) hides its insides', () => {
    const running = completed.filter((row) => row.id !== 'SUB');
    expect(handlersToInvoke(model, running, 'P').map((i) => i.compensatedId)).toEqual(['A']);
  });
});
