import { describe, expect, it } from 'vitest';
import { elementNames, timelineOf } from './timeline';

const XML = `<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p" name="续费">
  <bpmn:startEvent id="s" name="提交申请" /><bpmn:userTask id="manager" name="经理审批" /><bpmn:exclusiveGateway id="gw" /><bpmn:endEvent id="e" />
</bpmn:process></bpmn:definitions>`;

describe('elementNames', () => {
  it('maps ids to names from the XML, leaving unnamed elements out', () => {
    expect(elementNames(XML)).toEqual({ p: '续费', s: '提交申请', manager: '经理审批' });
    expect(elementNames('')).toEqual({});
  });
});

describe('timelineOf', () => {
  const history = [
    { at: '2026-11-30T01:00:00Z', elementId: 'p', elementKind: 'process', event: 'STARTED' },
    { at: '2026-11-30T01:00:00Z', elementId: 's', elementKind: 'startEvent', event: 'COMPLETED' },
    { at: '2026-11-30T01:00:01Z', elementId: 'manager', elementKind: 'userTask', event: 'STARTED' },
    { at: '2026-11-30T01:30:00Z', elementId: 'gw', elementKind: 'exclusiveGateway', event: 'COMPLETED' },
    { at: '2026-11-30T02:00:00Z', elementId: 'manager', elementKind: 'userTask', event: 'COMPLETED', actorId: 'u2' },
  ];
  const events = [{ id: 'e1', action: 'TRANSFERRED', actorId: 'u1', toUser: 'u2', reason: '出差', createdAt: '2026-11-30T01:10:00Z' }];

  it('lists shown steps and approval actions oldest first, with names', () => {
    const entries = timelineOf(history, [{ elementId: 'manager', events }], elementNames(XML));
    expect(entries.map((e) => [e.kind, e.event, e.title])).toEqual([
      ['step', 'COMPLETED', '提交申请'],
      ['step', 'STARTED', '经理审批'],
      ['action', 'TRANSFERRED', '经理审批'],
      ['step', 'COMPLETED', '经理审批'],
    ]);
    expect(entries[2]).toMatchObject({ actorId: 'u1', toUser: 'u2', reason: '出差' });
    expect(entries[3].actorId).toBe('u2');
  });
});
