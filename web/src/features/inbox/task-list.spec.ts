import { describe, expect, it } from 'vitest';
import { filterTasks, type InboxTask, isOverdue, slaBadge, sortTasks, tabFilters, tabTasks, type Viewer } from './task-list';

function task(id: string, overrides: Partial<InboxTask> = {}): InboxTask {
  return {
    id,
    name: id,
    elementId: 'Task_1',
    bpmnProcessId: 'p',
    processInstanceId: 'pi',
    assignee: null,
    candidateGroups: [],
    candidateUsers: [],
    dueDate: null,
    followUpDate: null,
    priority: 50,
    state: 'CREATED',
    formId: null,
    formKey: null,
    createdAt: '2026-01-01T00:00:00Z',
    completedAt: null,
    sla: null,
    ...overrides,
  };
}

const viewer: Viewer = { userId: 'u1', email: 'Ann@example.com', groupKeys: ['sales'] };

describe('tabFilters', () => {
  it.each([
    {
      tab: 'mine' as const,
      expected: [
        { assignee: 'u1', state: 'CREATED' },
        { assignee: 'Ann@example.com', state: 'CREATED' },
      ],
    },
    {
      tab: 'done' as const,
      expected: [
        { assignee: 'u1', state: 'COMPLETED' },
        { assignee: 'Ann@example.com', state: 'COMPLETED' },
      ],
    },
    { tab: 'claimable' as const, expected: [{ candidateGroup: 'sales', state: 'CREATED' }, { state: 'CREATED' }] },
  ])('$tab', ({ tab, expected }) => {
    // given a viewer, when listing a tab's queries, then they match the TaskFilter the server understands
    expect(tabFilters(tab, viewer)).toEqual(expected);
  });
});

describe('tabTasks', () => {
  it('merges answers without duplicates', () => {
    // given the same task answered by the id and the email query, when merged, then it is listed once
    expect(tabTasks('mine', [[task('a')], [task('a'), task('b')]], viewer).map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('keeps only unclaimed tasks open to the viewer in the claimable tab', () => {
    // given tasks for my group, another group, open to all, named to me, and claimed, when filtered, then mine remain
    const answers = [
      [
        task('group', { candidateGroups: ['sales'] }),
        task('other', { candidateGroups: ['finance'] }),
        task('open'),
        task('named', { candidateUsers: ['ann@example.com'] }),
        task('claimed', { candidateGroups: ['sales'], assignee: 'u2' }),
      ],
    ];
    expect(tabTasks('claimable', answers, viewer).map((t) => t.id)).toEqual(['group', 'open', 'named']);
  });
});

describe('sortTasks', () => {
  const tasks = [
    task('late', { dueDate: '2026-03-01T00:00:00Z', priority: 10 }),
    task('none', { priority: 90, createdAt: '2026-02-01T00:00:00Z' }),
    task('soon', { dueDate: '2026-02-01T00:00:00Z', priority: 50 }),
  ];

  it.each([
    { by: 'due' as const, expected: ['soon', 'late', 'none'] },
    { by: 'priority' as const, expected: ['none', 'soon', 'late'] },
    { by: 'created' as const, expected: ['none', 'late', 'soon'] },
  ])('by $by', ({ by, expected }) => {
    // given tasks with and without due dates, when sorted, then the order follows the chosen key
    expect(sortTasks(tasks, by).map((t) => t.id)).toEqual(expected);
  });
});

describe('isOverdue', () => {
  const now = new Date('2026-02-15T00:00:00Z');
  it.each([
    { title: 'open and past due', dueDate: '2026-02-01T00:00:00Z', state: 'CREATED' as const, expected: true },
    { title: 'open and due later', dueDate: '2026-03-01T00:00:00Z', state: 'CREATED' as const, expected: false },
    { title: 'no due date', dueDate: null, state: 'CREATED' as const, expected: false },
    {
      title: 'completed after its due date',
      dueDate: '2026-02-01T00:00:00Z',
      state: 'COMPLETED' as const,
      expected: false,
    },
  ])('$title', ({ dueDate, state, expected }) => {
    // given a task, when checked against now, then only open tasks past their due date are overdue
    expect(isOverdue({ dueDate, state }, now)).toBe(expected);
  });
});

describe('slaBadge and filterTasks', () => {
  const sla = (state: 'ON_TRACK' | 'AT_RISK' | 'BREACHED') => ({ state, respondBy: null, completeBy: '2026-02-01T00:00:00Z' });
  const tasks = [
    task('a', { name: '经理审批', bpmnProcessId: 'renewal', sla: sla('AT_RISK') }),
    task('b', { name: 'Finance approval', bpmnProcessId: 'renewal', sla: sla('BREACHED') }),
    task('c', { name: 'Handle complaint', bpmnProcessId: 'complaint', sla: sla('ON_TRACK') }),
    task('d', { name: 'Closed one', bpmnProcessId: 'renewal', sla: sla('BREACHED'), state: 'COMPLETED' }),
  ];

  it('shows at-risk and breached only on open tasks', () => {
    expect(tasks.map(slaBadge)).toEqual(['AT_RISK', 'BREACHED', null, null]);
    expect(slaBadge(task('e'))).toBeNull();
  });

  it.each([
    { filter: { process: '', sla: '' as const, text: '' }, ids: ['a', 'b', 'c', 'd'] },
    { filter: { process: 'renewal', sla: '' as const, text: '' }, ids: ['a', 'b', 'd'] },
    { filter: { process: '', sla: 'BREACHED' as const, text: '' }, ids: ['b'] },
    { filter: { process: '', sla: '' as const, text: '审批' }, ids: ['a'] },
    { filter: { process: 'renewal', sla: '' as const, text: 'APPROVAL' }, ids: ['b'] },
  ])('narrows by process, SLA and text: $ids', ({ filter, ids }) => {
    expect(filterTasks(tasks, filter).map((t) => t.id)).toEqual(ids);
  });
});
