import { describe, expect, it } from 'vitest';
import { laneOf, suggestedGroup } from './lane-suggestion';

const groups = [
  { key: 'sales-managers', label: '销售经理' },
  { key: 'finance', label: 'Finance' },
];

function process(lanes: object[]) {
  return { laneSets: [{ lanes }] };
}

describe('lane suggestions', () => {
  it('suggests the group a lane names, by label or key, from the innermost lane', () => {
    const manager: { $parent?: object } = {};
    const payer: { $parent?: object } = {};
    const outside: { $parent?: object } = {};
    const p = process([
      { name: '销售经理', flowNodeRef: [manager] },
      {
        name: 'Back office',
        flowNodeRef: [payer],
        childLaneSet: { lanes: [{ name: ' FINANCE ', flowNodeRef: [payer] }] },
      },
    ]);
    manager.$parent = p;
    payer.$parent = p;
    outside.$parent = p;
    expect(suggestedGroup(manager, groups)).toEqual({ lane: '销售经理', group: groups[0] });
    expect(suggestedGroup(payer, groups)).toEqual({ lane: 'FINANCE', group: groups[1] });
    expect(laneOf(outside)).toBeNull();
    expect(suggestedGroup(outside, groups)).toBeNull();
  });

  it('suggests nothing for a lane that names no group, or a process without lanes', () => {
    const node: { $parent?: object } = {};
    node.$parent = process([{ name: 'Customers', flowNodeRef: [node] }]);
    expect(suggestedGroup(node, groups)).toBeNull();
    expect(suggestedGroup({ $parent: {} }, groups)).toBeNull();
  });
});
