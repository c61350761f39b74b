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

const simple = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <bpmn:process id="q" isExecutable="true"><bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="next" />${body}</bpmn:process>
</bpmn:definitions>`;

async function modelOf(xml: string) {
  const parsed = await parseBpmn(xml);
  if (!parsed.ok) throw new Error('fixture does not parse');
  return parsed.processes[0];
}

const WORKSPACE = '11111111-1111-4111-8111-111111111111';
const INSTANCE = '22222222-2222-4222-8222-222222222222';
const creating = { definitionId: '33333333-3333-4333-8333-333333333333', creates: { bpmnProcessId: 'q', version: 4 } };

describe('Execution', () => {
  it('writes a new instance that ends in its first command in one statement, row and end included', async () => {
    // given start → end, and a store that creates the instance
    const { em, statements } = recordingEm();
    const store = new RuntimeStore(em, WORKSPACE, INSTANCE, null, creating);
    // when started
    await (await Execution.create(await modelOf(simple('<bpmn:endEvent id="next" />')), store)).start({});
    // then the instance row is a part of the flush, inserted as completed (no update of a row the statement inserts)
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^WITH w0 AS \(INSERT INTO process_instances \(id, workspace_id, definition_id, .*ended_at\) VALUES \(\$2, \$1, \$3, \$4, \$5, \$6, .*now\(\)\)\)/);
    expect(statements[0]).not.toContain('UPDATE process_instances');
  });

  it('writes a new instance on its own first when a statement needs it before the flush', async () => {
    // given start → user task (its row refers to the instance), and a store that creates the instance
    const { em, statements } = recordingEm();
    const store = new RuntimeStore(em, WORKSPACE, INSTANCE, null, creating);
    // when started
    await (await Execution.create(await modelOf(simple('<bpmn:userTask id="next" />')), store)).start({});
    // then the row comes first, the task second, and the flush does not insert it again
    expect(statements.map((sql) => sql.slice(0, 30))).toEqual(['INSERT INTO process_instances ', 'INSERT INTO user_tasks (worksp', 'WITH w0 AS (INSERT INTO elemen']);
    expect(statements[2]).not.toContain('process_instances');
  });

  it('runs a command\'s writes alongside in the statement that loads the instance', async () => {
    // given a store with a write to run alongside its snapshot
    const sent: { sql: string; params: unknown[] }[] = [];
    const em = { query: async (sql: string, params: unknown[]) => (sent.push({ sql, params }), [{ tokens: [], variables: [], answer: { id: 'j1' } }]) } as unknown as EntityManager;
    const store = new RuntimeStore(em, WORKSPACE, INSTANCE, null, {
      alongside: { with: 'job AS (UPDATE jobs SET state = $3 WHERE id = $2 RETURNING *)', answer: '(SELECT row_to_json(job) FROM job)', params: ['j1', 'COMPLETED'] },
    });
    // when loaded
    await Execution.load(await modelOf(simple('<bpmn:endEvent id="next" />')), store);
    // then one statement did both, its parameters after the instance id, and the write's answer is kept
    expect(sent).toHaveLength(1);
    expect(sent[0].sql).toMatch(/^WITH job AS \(UPDATE jobs .*\(SELECT row_to_json\(job\) FROM job\) AS answer$/s);
    expect(sent[0].params).toEqual([INSTANCE, 'j1', 'COMPLETED']);
    expect(store.answered).toEqual({ id: 'j1' });
  });

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
