import type { FlowNode, ProcessModel, SequenceFlow } from '../parse/process-model.js';
import { IncidentError } from './runtime-types.js';
import { conditionalFlows, exclusiveFlows } from './select-flows.js';

/** A node "n" with flows toA (=x > 10), toB (=x > 5) and, when asked, a default flow toC. */
function model(withDefault: boolean): { model: ProcessModel; node: FlowNode } {
  const flow = (id: string, condition?: string): SequenceFlow => ({ id, scopeId: 'p', sourceId: 'n', targetId: id.slice(2), isDefault: id === 'toC' && withDefault, ...(condition ? { condition } : {}) });
  const flows = { toA: flow('toA', 'x > 10'), toB: flow('toB', 'x > 5'), ...(withDefault ? { toC: flow('toC') } : {}) };
  const node = { id: 'n', kind: 'exclusiveGateway', scopeId: 'p', incoming: [], outgoing: Object.keys(flows), ...(withDefault ? { defaultFlowId: 'toC' } : {}) } as unknown as FlowNode;
  return { model: { id: 'p', nodes: { n: node }, flows, scopes: {} }, node };
}

describe('exclusiveFlows', () => {
  it.each([
    { x: 20, taken: ['toA'], title: 'the first true condition in model order' },
    { x: 7, taken: ['toB'], title: 'a later true condition' },
    { x: 1, taken: ['toC'], title: 'the default flow when none holds' },
  ])('takes $title', ({ x, taken }) => {
    const { model: m, node } = model(true);
    expect(exclusiveFlows(m, node, { x })).toEqual(taken);
  });

  it('raises a CONDITION_ERROR incident when nothing holds and there is no default', () => {
    const { model: m, node } = model(false);
    expect(() => exclusiveFlows(m, node, { x: 1 })).toThrow(IncidentError);
  });
});

describe('conditionalFlows (inclusive gateways and activities)', () => {
  it.each([
    { x: 20, taken: ['toA', 'toB'] },
    { x: 7, taken: ['toB'] },
    { x: 1, taken: ['toC'] },
    { x: null, taken: ['toC'] },
  ])('x = $x takes $taken', ({ x, taken }) => {
    const { model: m, node } = model(true);
    expect(conditionalFlows(m, node, { x })).toEqual(taken);
  });

  it('refuses a condition that is not a boolean', () => {
    const { model: m, node } = model(true);
    expect(() => conditionalFlows(m, { ...node, outgoing: ['toA'] } as FlowNode, { x: 'many' })).not.toThrow();
    const text = { ...m, flows: { ...m.flows, toA: { ...m.flows.toA, condition: 'x' } } };
    expect(() => conditionalFlows(text, node, { x: 'many' })).toThrow(/not a boolean/);
  });
});
