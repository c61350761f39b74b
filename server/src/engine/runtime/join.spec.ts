import type { FlowNode, ProcessModel, SequenceFlow } from '../parse/process-model.js';
import { joinConsumes } from './join.js';
import type { Token } from './runtime-types.js';

/** split → a, b → join; b → c → join (c can still reach the join through b's branch) */
function model(kind: 'inclusiveGateway' | 'parallelGateway'): ProcessModel {
  const edges: [string, string, string][] = [['sa', 'split', 'a'], ['sb', 'split', 'b'], ['ja', 'a', 'join'], ['bc', 'b', 'c'], ['jc', 'c', 'join']];
  const flows: Record<string, SequenceFlow> = {};
  for (const [id, sourceId, targetId] of edges) flows[id] = { id, sourceId, targetId, scopeId: 'p', isDefault: false };
  const node = (id: string, k: string): FlowNode =>
    ({ id, kind: k, scopeId: 'p', incoming: edges.filter((e) => e[2] === id).map((e) => e[0]), outgoing: edges.filter((e) => e[1] === id).map((e) => e[0]) }) as unknown as FlowNode;
  const nodes = { split: node('split', kind), a: node('a', 'task'), b: node('b', 'task'), c: node('c', 'task'), join: node('join', kind) };
  return { id: 'p', nodes, flows, scopes: {} };
}

const token = (elementId: string, incomingFlowId: string | null = null): Token => ({
  id: `${elementId}-${incomingFlowId}`, elementId, kind: 'x', scopeId: 'p', state: incomingFlowId ? 'WAITING' : 'ACTIVE', incomingFlowId, createdAt: new Date(),
});

describe('joinConsumes', () => {
  it('parallel: fires only with a token on every incoming flow', () => {
    const m = model('parallelGateway');
    expect(joinConsumes(m, m.nodes.join, [token('join', 'ja')], [])).toBeNull();
    expect(joinConsumes(m, m.nodes.join, [token('join', 'ja'), token('join', 'jc')], [])?.map((t) => t.incomingFlowId)).toEqual(['ja', 'jc']);
  });

  it('inclusive: waits while another token can still reach a missing flow', () => {
    // given a token arrived from a, and a token active at b (upstream of c → join)
    const m = model('inclusiveGateway');
    // then the join waits; once b's token is gone, it fires with what arrived
    expect(joinConsumes(m, m.nodes.join, [token('join', 'ja')], [token('b')])).toBeNull();
    expect(joinConsumes(m, m.nodes.join, [token('join', 'ja')], [])).toHaveLength(1);
  });

  it('inclusive: consumes one token per flow, leaving a second arrival on the same flow for the next firing', () => {
    const m = model('inclusiveGateway');
    const consumed = joinConsumes(m, m.nodes.join, [token('join', 'ja'), { ...token('join', 'ja'), id: 'second' }], []);
    expect(consumed?.map((t) => t.id)).toEqual(['join-ja']);
  });
});
