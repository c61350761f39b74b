import { readFileSync } from 'node:fs';
import { parseBpmn } from './parse-bpmn.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

async function parseRenewal() {
  const result = await parseBpmn(fixture('renewal-approval.bpmn'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.processes[0];
}

describe('parseBpmn', () => {
  it('models flows with FEEL conditions and the default flow', async () => {
    // given the renewal fixture / when parsed
    const model = await parseRenewal();
    // then the gateway's flows carry the stripped condition and the default flag
    expect(model.flows.f_big).toMatchObject({ sourceId: 'gw', targetId: 'approve', condition: 'amount > 1000', isDefault: false });
    expect(model.flows.f_small).toMatchObject({ isDefault: true });
    expect(model.nodes.gw).toMatchObject({ kind: 'exclusiveGateway', defaultFlowId: 'f_small', incoming: ['f2'], outgoing: ['f_big', 'f_small'] });
  });

  it('reads the Zeebe extensions of service, user and script tasks', async () => {
    // given the renewal fixture / when parsed
    const { nodes } = await parseRenewal();
    // then job, assignment, form, schedule, priority, mapping and script are typed
    expect(nodes.quote).toMatchObject({
      kind: 'serviceTask',
      taskDefinition: { type: 'crm.quote', retries: '5' },
      headers: { template: 'renewal' },
      ioMapping: { inputs: [{ source: '=customer.id', target: 'customerId' }], outputs: [{ source: '=result.amount', target: 'amount' }] },
    });
    expect(nodes.approve).toMatchObject({
      kind: 'userTask',
      zeebeUserTask: true,
      assignment: { assignee: '=manager', candidateGroups: 'sales-managers', candidateUsers: 'ann, bob' },
      form: { formId: 'discount-approval' },
      schedule: { dueDate: '=now() + duration("P2D")', followUpDate: '=now() + duration("P1D")' },
      priority: '80',
      boundaryEventIds: ['sla'],
    });
    expect(nodes.score).toMatchObject({ kind: 'scriptTask', script: { expression: 'amount * 0.9', resultVariable: 'discounted' } });
  });

  it('nests sub-process children in their own scope and resolves event definitions', async () => {
    // given the renewal fixture / when parsed
    const model = await parseRenewal();
    // then the sub-process is a scope, and its message catch knows name and correlation key
    expect(model.scopes.collect).toEqual({ id: 'collect', parentId: 'renewal', nodeIds: ['collectStart', 'waitPaid', 'collectEnd'], flowIds: ['c1', 'c2'], startEventIds: ['collectStart'] });
    expect(model.nodes.waitPaid).toMatchObject({
      scopeId: 'collect',
      eventDefinitions: [{ kind: 'message', messageId: 'Msg_paid', messageName: 'payment-received', correlationKey: '=contractId' }],
    });
    expect(model.nodes.sla).toMatchObject({ kind: 'boundaryEvent', attachedToId: 'approve', cancelActivity: false, eventDefinitions: [{ kind: 'timer', timeDuration: 'PT4H' }] });
  });

  it('reads call activities and multi-instance loops', async () => {
    // given the renewal fixture / when parsed
    const { nodes } = await parseRenewal();
    // then called element and loop characteristics are typed
    expect(nodes.notify).toMatchObject({
      kind: 'callActivity',
      calledElement: { processId: 'notify-contact', propagateAllChildVariables: false, propagateAllParentVariables: true },
      loop: { kind: 'multiInstance', isSequential: true, inputCollection: '=contacts', inputElement: 'contact', outputCollection: 'results', outputElement: '=ok', completionCondition: 'count(results) >= 2' },
    });
  });

  it('returns an immutable model', async () => {
    // given a parsed model / when someone tries to change it / then it throws (ESM is strict mode)
    const model = await parseRenewal();
    expect(() => (model.nodes.quote.outgoing as string[]).push('x')).toThrow(TypeError);
    expect(Object.isFrozen(model.flows.f1)).toBe(true);
  });

  it('yields each executable pool of a collaboration and notes the skipped one', async () => {
    // given three pools, one not executable / when parsed
    const result = await parseBpmn(fixture('two-pools.bpmn'));
    // then both executable processes come back and the third is noted
    expect(result.ok && result.processes.map((p) => p.id)).toEqual(['sales', 'finance']);
    expect(result.ok && result.notes).toEqual([expect.objectContaining({ elementId: 'customer' })]);
  });

  it.each([
    { title: 'malformed XML', xml: '<definitions><process></definitions>', rule: 'xml-malformed' },
    { title: 'XML that is not BPMN', xml: '<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', rule: 'xml-not-bpmn' },
    { title: 'a DOCTYPE', xml: '<!DOCTYPE x><definitions/>', rule: 'xml-doctype' },
  ])('refuses $title without throwing', async ({ xml, rule }) => {
    // given bad input / when parsed / then a problem comes back instead of an exception
    const result = await parseBpmn(xml);
    expect(result).toMatchObject({ ok: false, problems: [{ rule, elementId: null, severity: 'error' }] });
  });

  it('honours configured limits', async () => {
    // given a small element limit / when the fixture is parsed / then it is refused
    const result = await parseBpmn(fixture('renewal-approval.bpmn'), { maxElements: 10 });
    expect(result).toMatchObject({ ok: false, problems: [{ rule: 'xml-too-many-elements' }] });
  });
});
