import { expect } from 'vitest';
import { gql, GqlResult } from './graphql-client.js';
import type { Session } from './identity.js';

/** Fixtures for the app, review, comment and handbook specs: the customer-renewal approval app of issue 6. */
export const renewalFormSchema = (extra: Record<string, unknown>[] = []): { id: string; type: string; components: Record<string, unknown>[] } => ({
  id: 'renewal_request',
  type: 'default',
  components: [
    { id: 'f_customer', type: 'textfield', key: 'customer', label: 'Customer', validate: { required: true } },
    { id: 'f_end', type: 'datetime', subtype: 'date', key: 'contractEnd', dateLabel: 'Contract end date' },
    { id: 'f_amount', type: 'number', key: 'amount', label: 'Annual amount', validate: { required: true, min: 0 } },
    { id: 'f_discount', type: 'number', key: 'discount', label: 'Discount %', validate: { min: 0, max: 100 } },
    { id: 'f_term', type: 'select', key: 'term', label: 'Renewal term', readonly: true, values: [{ label: '1 year', value: '1y' }, { label: '2 years', value: '2y' }] },
    ...extra,
  ],
});

const shape = (id: string, x: number, y: number, w: number, h: number) =>
  `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="${y}" width="${w}" height="${h}" /></bpmndi:BPMNShape>`;
const edge = (id: string, points: [number, number][]) =>
  `<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}">${points.map(([x, y]) => `<di:waypoint x="${x}" y="${y}" />`).join('')}</bpmndi:BPMNEdge>`;

export interface RenewalOptions {
  /** the threshold of the discount condition */
  threshold?: number;
  managerName?: string;
  withDiagram?: boolean;
  processId?: string;
  executable?: boolean;
  /** a non-interrupting 4-hour reminder on the manager task (timers need the engine-events work) */
  withTimer?: boolean;
}

/** submit → sales manager approval (due 2030-01-31, optional 4-hour reminder) → discount > threshold? → finance approval → end. */
export function renewalBpmn(options: RenewalOptions = {}): string {
  const { threshold = 15, managerName = 'Sales manager approval', withDiagram = true, processId = 'customer_renewal', executable = true, withTimer = false } = options;
  const di = withDiagram ? `<bpmndi:BPMNDiagram id="diagram"><bpmndi:BPMNPlane id="plane" bpmnElement="${processId}">
    ${shape('start', 100, 100, 36, 36)}${shape('manager', 190, 78, 100, 80)}${withTimer ? `${shape('remind', 222, 140, 36, 36)}${shape('reminded', 222, 220, 36, 36)}` : ''}
    ${shape('gw', 345, 93, 50, 50)}${shape('finance', 450, 78, 100, 80)}${shape('end', 610, 100, 36, 36)}
    ${edge('f1', [[136, 118], [190, 118]])}${edge('f2', [[290, 118], [345, 118]])}${edge('f_big', [[395, 118], [450, 118]])}
    ${edge('f_small', [[370, 143], [370, 200], [628, 200], [628, 136]])}${edge('f3', [[550, 118], [610, 118]])}${withTimer ? edge('f_remind', [[240, 176], [240, 220]]) : ''}
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
  xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" targetNamespace="https://baton.example/renewal">
  <bpmn:process id="${processId}" name="Customer renewal approval" isExecutable="${executable}">
    <bpmn:startEvent id="start" name="Request submitted">
      <bpmn:extensionElements><zeebe:formDefinition formId="renewal_request" /></bpmn:extensionElements>
    </bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="manager" />
    <bpmn:userTask id="manager" name="${managerName}">
      <bpmn:extensionElements>
        <zeebe:assignmentDefinition candidateGroups="sales-managers" />
        <zeebe:formDefinition formId="renewal_request" />
        <zeebe:taskSchedule dueDate="2030-01-31T12:00:00Z" />
      </bpmn:extensionElements>
    </bpmn:userTask>
    ${withTimer ? `<bpmn:boundaryEvent id="remind" name="Reminder" attachedToRef="manager" cancelActivity="false">
      <bpmn:timerEventDefinition><bpmn:timeDuration>PT4H</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f_remind" sourceRef="remind" targetRef="reminded" />
    <bpmn:endEvent id="reminded" name="Manager reminded" />` : ''}
    <bpmn:sequenceFlow id="f2" sourceRef="manager" targetRef="gw" />
    <bpmn:exclusiveGateway id="gw" name="Discount above ${threshold}%?" default="f_small" />
    <bpmn:sequenceFlow id="f_big" name="yes" sourceRef="gw" targetRef="finance">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=discount &gt; ${threshold}</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f_small" name="no" sourceRef="gw" targetRef="end" />
    <bpmn:userTask id="finance" name="Finance approval">
      <bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="finance" /><zeebe:formDefinition formId="renewal_request" /></bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:sequenceFlow id="f3" sourceRef="finance" targetRef="end" />
    <bpmn:endEvent id="end" name="Decided" />
  </bpmn:process>${di}
</bpmn:definitions>`;
}

export async function ok<T>(url: string, caller: Session, query: string, variables: Record<string, unknown> = {}, lang?: string): Promise<T> {
  const result = await gql<T>(url, query, variables, { token: caller.token, lang });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

export function call<T = Record<string, unknown>>(url: string, caller: Session, query: string, variables: Record<string, unknown> = {}, lang?: string): Promise<GqlResult<T>> {
  return gql<T>(url, query, variables, { token: caller.token, lang });
}

export async function createApp(url: string, caller: Session, key = 'customer-renewal'): Promise<void> {
  await ok(url, caller, `mutation($input: CreateAppInput!) { createApp(input: $input) { id } }`,
    { input: { key, nameZhCN: '客户续费审批', nameEn: 'Customer renewal approval', icon: 'Document' } });
}

export async function group(url: string, admin: Session, key: string, name: string, members: Session[]): Promise<void> {
  await ok(url, admin, `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`, { input: { key, name, nameZhCN: `${name}组` } });
  for (const m of members) await ok(url, admin, `mutation($i: GroupMemberInput!) { addGroupMember(input: $i) { key } }`, { i: { groupKey: key, userId: m.userId } });
}

export const DRAFT_FIELDS = `id appKey kind key state authorId contributorIds baseVersion deployedVersion bpmnXml formSchema
  problems { elementId rule severity message } reviews { action actorId actorName comment elementComments { elementId text } }`;
