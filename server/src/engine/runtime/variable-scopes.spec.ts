import { VariableScopes } from './variable-scopes.js';

// process p ⊃ sub-process s ⊃ task t
const parents: Record<string, string | null> = { p: null, s: 'p', t: 's' };

describe('VariableScopes', () => {
  it('shows inner names over outer ones', () => {
    // given a name in the process and a local of the sub-process
    const vars = new VariableScopes('p', (id) => parents[id] ?? null);
    vars.load('p', 'amount', 1);
    vars.load('p', 'customer', 'ACME');
    vars.load('s', 'amount', 2);
    // when read from the task / then the sub-process's amount wins
    expect(vars.visible('t')).toEqual({ amount: 2, customer: 'ACME' });
  });

  it('propagates a write to the nearest scope that holds the name, else to the process', () => {
    // given a local of the sub-process
    const vars = new VariableScopes('p', (id) => parents[id] ?? null);
    vars.load('s', 'total', 10);
    // when the task writes total and a new name
    vars.propagate('t', { total: 11, rating: 5 });
    // then total updated the sub-process's local, rating went to the process scope
    expect(vars.writes().sort()).toEqual([['p', 'rating', 5], ['s', 'total', 11]]);
  });

  it('forgets the writes of a dropped scope', () => {
    const vars = new VariableScopes('p', (id) => parents[id] ?? null);
    vars.setLocal('t', 'x', 1);
    vars.drop('t');
    expect(vars.writes()).toEqual([]);
    expect([...vars.droppedScopes]).toEqual(['t']);
  });
});
