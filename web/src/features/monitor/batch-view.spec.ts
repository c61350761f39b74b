import { describe, expect, it } from 'vitest';
import { defaultMapping, flowNodeIds, progressOf, summarizeSelection } from './batch-view';
import type { InstanceRow } from './instance-view';

function row(id: string, bpmnProcessId: string, version: number, state: InstanceRow['state'] = 'ACTIVE'): InstanceRow {
  return {
    id,
    bpmnProcessId,
    version,
    state,
    createdAt: '2026-01-01T00:00:00Z',
    endedAt: null,
    startedBy: null,
    incidents: [],
  };
}

const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d">
  <bpmn:process id="renewal" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
    <bpmn:userTask id="review"><bpmn:extensionElements><zeebe:taskDefinition type="x" /></bpmn:extensionElements></bpmn:userTask>
    <bpmn:exclusiveGateway id="big" />
    <bpmn:subProcess id="box"><bpmn:startEvent id="boxStart" /><bpmn:serviceTask id="charge" /></bpmn:subProcess>
    <bpmn:boundaryEvent id="late" attachedToRef="review"><bpmn:timerEventDefinition id="td" /></bpmn:boundaryEvent>
    <bpmn:endEvent id="end" />
  </bpmn:process>
</bpmn:definitions>`;

describe('summarizeSelection', () => {
  it.each([
    {
      title: 'one process, two versions',
      rows: [row('a', 'p', 1), row('b', 'p', 2), row('c', 'p', 1)],
      expected: { activeIds: ['a', 'b', 'c'], bpmnProcessId: 'p', versions: [1, 2] },
    },
    {
      title: 'ended instances are left out',
      rows: [row('a', 'p', 1), row('b', 'q', 1, 'COMPLETED')],
      expected: { activeIds: ['a'], bpmnProcessId: 'p', versions: [1] },
    },
    {
      title: 'two processes cannot migrate together',
      rows: [row('a', 'p', 1), row('b', 'q', 1)],
      expected: { activeIds: ['a', 'b'], bpmnProcessId: null, versions: [1] },
    },
    {
      title: 'nothing running',
      rows: [row('a', 'p', 1, 'TERMINATED')],
      expected: { activeIds: [], bpmnProcessId: null, versions: [] },
    },
  ])('$title', ({ rows, expected }) => {
    // given selected rows, when summarized, then only running instances count
    expect(summarizeSelection(rows)).toEqual(expected);
  });
});

describe('flowNodeIds and defaultMapping', () => {
  it('lists the flow nodes of a model, not its flows or definitions', () => {
    // given a model with tasks, a gateway, a sub-process and a boundary timer, when read, then each flow node is named once
    expect(flowNodeIds(xml)).toEqual(['start', 'review', 'big', 'box', 'boxStart', 'charge', 'late', 'end']);
  });

  it('maps each source element to the target element of the same id, or to nothing', () => {
    // given a target that renamed review, when mapped by default, then review stays to be chosen by hand
    expect(defaultMapping(['start', 'review', 'end'], ['start', 'review2', 'end'])).toEqual([
      { sourceElementId: 'start', targetElementId: 'start' },
      { sourceElementId: 'review', targetElementId: null },
      { sourceElementId: 'end', targetElementId: 'end' },
    ]);
  });
});

describe('progressOf', () => {
  it.each([
    {
      title: 'just started',
      batch: { state: 'RUNNING', totalCount: 3, doneCount: 0, failedCount: 0 },
      expected: { percent: 0, status: '' },
    },
    {
      title: 'counts failures as processed',
      batch: { state: 'RUNNING', totalCount: 4, doneCount: 2, failedCount: 1 },
      expected: { percent: 75, status: 'warning' },
    },
    {
      title: 'completed',
      batch: { state: 'COMPLETED', totalCount: 3, doneCount: 3, failedCount: 0 },
      expected: { percent: 100, status: 'success' },
    },
    {
      title: 'failed',
      batch: { state: 'FAILED', totalCount: 2, doneCount: 0, failedCount: 2 },
      expected: { percent: 100, status: 'exception' },
    },
    {
      title: 'stopped',
      batch: { state: 'CANCELLED', totalCount: 10, doneCount: 3, failedCount: 0 },
      expected: { percent: 30, status: 'warning' },
    },
  ] as const)('$title', ({ batch, expected }) => {
    // given a batch's counts, when shown, then the bar has this share and colour
    expect(progressOf(batch)).toEqual(expected);
  });
});
