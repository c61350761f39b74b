import { readFileSync } from 'node:fs';
import { corpusDir } from '../conformance/corpus-dir.js';
import { parseBpmn } from './parse-bpmn.js';
import type { FlowNode } from './process-model.js';

const vote = (properties: Record<string, string | undefined>, completion = '') => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="t">
  <bpmn:process id="p" isExecutable="true">
    <bpmn:userTask id="vote"><bpmn:extensionElements><zeebe:properties>
      ${Object.entries(properties).map(([name, value]) => `<zeebe:property name="${name}" value="${value}" />`).join('')}
    </zeebe:properties></bpmn:extensionElements>
      <bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=signers" inputElement="signer" /></bpmn:extensionElements>
        ${completion ? `<bpmn:completionCondition xsi:type="bpmn:tFormalExpression">${completion}</bpmn:completionCondition>` : ''}
      </bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>
  </bpmn:process>
</bpmn:definitions>`;

async function node(xml: string, id: string): Promise<FlowNode> {
  const result = await parseBpmn(xml);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const found = result.processes.flatMap((p) => Object.values(p.nodes)).find((n) => n.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('countersign modes become completion conditions', () => {
  it.each([
    { title: '会签 all', props: { 'baton:countersign': 'all' }, condition: undefined },
    { title: '会签 all, one reject ends it', props: { 'baton:countersign': 'all', 'baton:rejectVariable': 'approved' }, condition: 'approved = false' },
    { title: '或签 any', props: { 'baton:countersign': 'any' }, condition: 'numberOfCompletedInstances >= 1' },
    { title: '或签 any with a reject variable', props: { 'baton:countersign': 'any', 'baton:rejectVariable': 'ok' }, condition: 'numberOfCompletedInstances >= 1 or ok = false' },
    { title: '60 %', props: { 'baton:countersign': 'percent:60' }, condition: 'numberOfCompletedInstances * 100 >= numberOfInstances * 60' },
    {
      title: '60 %, one reject ends it',
      props: { 'baton:countersign': 'percent:60', 'baton:rejectVariable': 'approved' },
      condition: 'numberOfCompletedInstances * 100 >= numberOfInstances * 60 or approved = false',
    },
    { title: 'a reject variable alone (all)', props: { 'baton:rejectVariable': 'approved' }, condition: 'approved = false' },
  ])('$title', async ({ props, condition }) => {
    // given a multi-instance user task with the properties / when parsed
    const parsed = await node(vote(props), 'vote');
    // then the loop's completion condition is the mode's
    expect('loop' in parsed && parsed.loop?.kind === 'multiInstance' && parsed.loop).toMatchObject({ kind: 'multiInstance' });
    expect('loop' in parsed && parsed.loop?.kind === 'multiInstance' ? parsed.loop.completionCondition : 'no loop').toBe(condition);
    expect('countersign' in parsed && parsed.countersign).toBeTruthy();
  });

  it("or-s the mode's condition with the model's own completion condition", async () => {
    // given a completion condition and 或签 / when parsed / then both hold
    const parsed = await node(vote({ 'baton:countersign': 'any' }, '=urgent'), 'vote');
    expect('loop' in parsed && parsed.loop?.kind === 'multiInstance' && parsed.loop.completionCondition).toBe('(urgent) or (numberOfCompletedInstances >= 1)');
  });

  it('keeps an unreadable mode as text for the lint, and leaves the loop alone', async () => {
    const parsed = await node(vote({ 'baton:countersign': 'half' }), 'vote');
    expect(parsed).toMatchObject({ countersignInvalid: 'baton:countersign=half' });
    expect('loop' in parsed && parsed.loop?.kind === 'multiInstance' && parsed.loop.completionCondition).toBeUndefined();
  });
});

describe('BPMN standard attributes of Camunda 7 models', () => {
  it('reads calledElement and loopDataInputRef / inputDataItem', async () => {
    // given two corpus models without zeebe extensions / when parsed
    const read = (file: string) => readFileSync(corpusDir('bpmn-exec', 'camunda7', file), 'utf8');
    const call = await node(read('CallActivity.testCallSimpleSubProcess.bpmn20.xml'), 'callSubProcess');
    const mi = await node(read('MultiInstanceTest.testParallelUserTasksBasedOnCollection.bpmn20.xml'), 'miTasks');
    // then the called process and the input collection come from BPMN's own attributes
    expect(call).toMatchObject({ calledElement: { processId: 'simpleSubProcess', propagateAllChildVariables: true, propagateAllParentVariables: true } });
    expect(mi).toMatchObject({ loop: { kind: 'multiInstance', isSequential: false, inputCollection: '=assigneeList', inputElement: 'assignee' } });
  });
});
