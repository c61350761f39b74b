import { describe, expect, it } from 'vitest';
import { activatableElements, checkVariableEdit } from './variable-edit';

describe('checkVariableEdit', () => {
  it.each([
    { name: 'discount', text: '18', result: { ok: true, variables: { discount: 18 } } },
    { name: ' customer ', text: '"华为"', result: { ok: true, variables: { customer: '华为' } } },
    { name: 'items', text: '[{"sku": 1}]', result: { ok: true, variables: { items: [{ sku: 1 }] } } },
    { name: '1st', text: '1', result: { ok: false, field: 'name' } },
    { name: 'a-b', text: '1', result: { ok: false, field: 'name' } },
    { name: 'ok', text: 'not json', result: { ok: false, field: 'value' } },
  ])('$name = $text', ({ name, text, result }) => {
    expect(checkVariableEdit(name, text)).toEqual(result);
  });
});

describe('activatableElements', () => {
  it('lists tasks, events and gateways a token may be put on, not flows or the start', () => {
    const xml = `<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p">
      <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="u" /><bpmn:userTask id="u" name="经理审批" />
      <bpmn:exclusiveGateway id="gw" /><bpmn:serviceTask id="w" /><bpmn:endEvent id="e" name="结束" /></bpmn:process></bpmn:definitions>`;
    expect(activatableElements(xml)).toEqual([
      { id: 'u', name: '经理审批' },
      { id: 'gw', name: 'gw' },
      { id: 'w', name: 'w' },
      { id: 'e', name: '结束' },
    ]);
  });
});
