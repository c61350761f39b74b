import type { EntityManager } from 'typeorm';
import { parseBpmn } from '../parse/index.js';
import { Execution } from './execution.js';
import { RuntimeStore } from './runtime-store.js';

/** Records the SQL a command sends, so review sees every statement the engine runs (and how few there are). */
function recordingEm(): { em: EntityManager; statements: string[] } {
  const statements: string[] = [];
  const em = { query: async (sql: string) => (statements.push(sql.replace(/\s+/g, ' ').trim()), []) } as unknown as EntityManager;
  return { em, statements };
}

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
  <bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="score" />
    <bpmn:scriptTask id="score"><bpmn:extensionElements><zeebe:script expression="=amount * 2" resultVariable="score" /></bpmn:extensionElements></bpmn:scriptTask>
    <bpmn:sequenceFlow id="f2" sourceRef="score" targetRef="fork" />
    <bpmn:parallelGateway id="fork" />
    <bpmn:sequenceFlow id="f3" sourceRef="fork" targetRef="approve" /><bpmn:sequenceFlow id="f4" sourceRef="fork" targetRef="sync" />
    <bpmn:userTask id="approve" />
    <bpmn:serviceTask id="sync"><bpmn:extensionElements><zeebe:taskDefinition type="crm" /></bpmn:extensionElements></bpmn:serviceTask>
  </bpmn:process>
</bpmn:definitions>`;

describe('Execution', () => {
  it('starts an instance to its wait states in a fixed, small set of statements', async () => {
    // given a model: start → script → fork → (user task, service task)
    const parsed = await parseBpmn(XML);
    if (!parsed.ok) throw new Error('fixture does not parse');
    const { em, statements } = recordingEm();
    const store = new RuntimeStore(em, '11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', null);
    // when started
    const execution = await Execution.create(parsed.processes[0], store);
    await execution.start({ amount: 21 });
    // then both branches wait, the script ran in memory, and the SQL is this
    expect(execution.openTokens.map((t) => t.elementId).sort()).toEqual(['approve', 'p', 'sync']);
    expect(execution.vars.visible(store.instanceId)).toEqual({ amount: 21, score: 42 });
    expect(execution.jobsCreated).toEqual(['crm']);
    expect(statements).toMatchSnapshot();
  });
});
