import { describe, expect, it } from 'vitest';
import { activeTokenCounts, applyClientFilter, diagramMarkers, type InstanceDetail, type InstanceRow } from './instance-view';

function row(id: string, version: number, createdAt: string): InstanceRow {
  return { id, bpmnProcessId: 'p', version, state: 'ACTIVE', createdAt, endedAt: null, startedBy: null, incidents: [] };
}

function entry(elementId: string, event: string, elementKind = 'userTask'): InstanceDetail['history'][number] {
  return { at: '2026-01-01T00:00:00Z', elementId, elementKind, event, durationMs: null, actorId: null };
}

describe('applyClientFilter', () => {
  const rows = [row('a', 1, '2026-01-10T08:00:00'), row('b', 2, '2026-01-11T23:30:00'), row('c', 2, '2026-01-12T00:10:00')];

  it.each([
    { title: 'no filter keeps all', filter: { version: null, from: null, to: null }, expected: ['a', 'b', 'c'] },
    { title: 'version', filter: { version: 2, from: null, to: null }, expected: ['b', 'c'] },
    { title: 'to includes the whole day', filter: { version: null, from: null, to: '2026-01-11' }, expected: ['a', 'b'] },
    { title: 'from and version', filter: { version: 2, from: '2026-01-12', to: null }, expected: ['c'] },
  ])('$title', ({ filter, expected }) => {
    // given a loaded page of instances, when the client-side filter applies, then only matching rows remain
    expect(applyClientFilter(rows, filter).map((r) => r.id)).toEqual(expected);
  });
});

describe('diagramMarkers', () => {
  it('marks the path taken, the active task and an incident', () => {
    // given an instance past its start, waiting at a task, with an incident on a service task
    const instance = {
      history: [
        entry('Start', 'STARTED', 'startEvent'),
        entry('Start', 'COMPLETED', 'startEvent'),
        entry('Flow_1', 'TAKEN', 'sequenceFlow'),
        entry('Review', 'STARTED'),
        entry('Charge', 'STARTED', 'serviceTask'),
        entry('Timer', 'TERMINATED', 'boundaryEvent'),
      ],
      activeElementIds: ['Review', 'Charge'],
      incidents: [
        { id: 'i1', elementId: 'Charge', type: 'JOB_NO_RETRIES', message: 'x', state: 'ACTIVE', createdAt: '', resolvedAt: null },
        { id: 'i0', elementId: 'Old', type: 'JOB_NO_RETRIES', message: 'x', state: 'RESOLVED', createdAt: '', resolvedAt: '' },
      ],
    };
    // when markers are computed, then each element gets exactly one marker kind
    expect(diagramMarkers(instance)).toEqual({
      completed: ['Start', 'Flow_1'],
      active: ['Review'],
      incident: ['Charge'],
      terminated: ['Timer'],
    });
  });
});

describe('activeTokenCounts', () => {
  it('counts parallel tokens on one element', () => {
    // given a multi-instance task started three times and completed once, when counted, then two tokens remain
    const history = [entry('T', 'STARTED'), entry('T', 'STARTED'), entry('T', 'STARTED'), entry('T', 'COMPLETED')];
    expect(activeTokenCounts(history, ['T'])).toEqual({ T: 2 });
  });
});
