import type { CallActivityNode, IoMapping, LoopCharacteristics, Mapping, TaskDefinition, UserTaskNode } from './process-model.js';
import { type ModdleElement, child, children, expressionBody, extension, flag, text } from './moddle-element.js';
import { omitUndefined } from './read-event-definitions.js';
import { LOOP_DATA_INPUT_NAME } from './read-bpmn-document.js';
import { SLA_PROPERTY, SlaPolicyError, parseSlaPolicy } from '../sla/sla-policy.js';

/** `=x > 1` → `x > 1`; for fields that are always FEEL (conditions, scripts, completion conditions) */
export function stripFeelMarker(expression: string): string {
  return expression.replace(/^\s*=/, '').trim();
}

export function readTaskDefinition(el: ModdleElement): TaskDefinition | undefined {
  const definition = extension(el, 'zeebe:TaskDefinition');
  return definition && omitUndefined({ type: text(definition, 'type'), retries: text(definition, 'retries') });
}

export function readTaskHeaders(el: ModdleElement): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const header of children(extension(el, 'zeebe:TaskHeaders'), 'values')) {
    const key = text(header, 'key');
    if (key !== undefined) headers[key] = text(header, 'value') ?? '';
  }
  return headers;
}

export function readIoMapping(el: ModdleElement): IoMapping | undefined {
  const mapping = extension(el, 'zeebe:IoMapping');
  if (!mapping) return undefined;
  const read = (parameter: ModdleElement): Mapping => ({ source: text(parameter, 'source') ?? '', target: text(parameter, 'target') ?? '' });
  return { inputs: children(mapping, 'inputParameters').map(read), outputs: children(mapping, 'outputParameters').map(read) };
}

export function readAssignment(el: ModdleElement): UserTaskNode['assignment'] {
  const assignment = extension(el, 'zeebe:AssignmentDefinition');
  return (
    assignment &&
    omitUndefined({
      assignee: text(assignment, 'assignee'),
      candidateGroups: text(assignment, 'candidateGroups'),
      candidateUsers: text(assignment, 'candidateUsers'),
    })
  );
}

export function readForm(el: ModdleElement): { formKey?: string; formId?: string } | undefined {
  const form = extension(el, 'zeebe:FormDefinition');
  return form && omitUndefined({ formKey: text(form, 'formKey'), formId: text(form, 'formId') });
}

export function readSchedule(el: ModdleElement): UserTaskNode['schedule'] {
  const schedule = extension(el, 'zeebe:TaskSchedule');
  return schedule && omitUndefined({ dueDate: text(schedule, 'dueDate'), followUpDate: text(schedule, 'followUpDate') });
}

export const FIELD_PERMISSIONS_PROPERTY = 'baton:fieldPermissions';
const STEP_ACCESS = new Set(['hidden', 'view', 'edit', 'required']);

/** The step's field permissions from `zeebe:properties`, or the raw text when it is not a valid map. */
export function readFieldPermissions(el: ModdleElement): Pick<UserTaskNode, 'fieldPermissions' | 'fieldPermissionsInvalid'> {
  const property = children(extension(el, 'zeebe:Properties'), 'properties').find((p) => text(p, 'name') === FIELD_PERMISSIONS_PROPERTY);
  const raw = property ? text(property, 'value') : undefined;
  if (raw === undefined) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && Object.values(parsed).every((v) => typeof v === 'string' && STEP_ACCESS.has(v))) {
      return { fieldPermissions: parsed as UserTaskNode['fieldPermissions'] };
    }
  } catch {
    // reported by the deploy lint below
  }
  return { fieldPermissionsInvalid: raw };
}

/** The step's SLA policy (`baton:sla`), or why it was refused (the deploy lint names the task). */
export function readSlaPolicy(el: ModdleElement): Pick<UserTaskNode, 'sla' | 'slaInvalid'> {
  const property = children(extension(el, 'zeebe:Properties'), 'properties').find((p) => text(p, 'name') === SLA_PROPERTY);
  const raw = property ? text(property, 'value') : undefined;
  if (raw === undefined) return {};
  try {
    return { sla: parseSlaPolicy(raw) };
  } catch (error) {
    if (error instanceof SlaPolicyError) return { slaInvalid: error.reason };
    throw error;
  }
}

export function readPriority(el: ModdleElement): string | undefined {
  return text(extension(el, 'zeebe:PriorityDefinition'), 'priority');
}

export function readScript(el: ModdleElement): { expression: string; resultVariable?: string } | undefined {
  const script = extension(el, 'zeebe:Script');
  const expression = text(script, 'expression');
  return expression === undefined ? undefined : omitUndefined({ expression: stripFeelMarker(expression), resultVariable: text(script, 'resultVariable') });
}

export function readCalledElement(el: ModdleElement): CallActivityNode['calledElement'] {
  const called = extension(el, 'zeebe:CalledElement');
  // BPMN's own calledElement attribute (Camunda 7 models): the process id, variables propagated both ways
  const attribute = text(el, 'calledElement');
  if (!called && attribute) return { processId: attribute, propagateAllChildVariables: true, propagateAllParentVariables: true };
  return (
    called &&
    omitUndefined({
      processId: text(called, 'processId'),
      propagateAllChildVariables: flag(called, 'propagateAllChildVariables') ?? true,
      propagateAllParentVariables: flag(called, 'propagateAllParentVariables') ?? true,
    })
  );
}

export function readLoopCharacteristics(el: ModdleElement): LoopCharacteristics | undefined {
  const loop = child(el, 'loopCharacteristics');
  if (!loop) return undefined;
  if (loop.$type === 'bpmn:StandardLoopCharacteristics') return { kind: 'standardLoop' };
  const zeebe = extension(loop, 'zeebe:LoopCharacteristics');
  const completion = expressionBody(loop, 'completionCondition');
  // BPMN's loopDataInputRef / inputDataItem (Camunda 7 models) when there is no zeebe:loopCharacteristics
  const dataInput = child(loop, 'loopDataInputRef')?.id ?? text(loop, LOOP_DATA_INPUT_NAME);
  return omitUndefined({
    kind: 'multiInstance' as const,
    isSequential: flag(loop, 'isSequential') ?? false,
    inputCollection: text(zeebe, 'inputCollection') ?? (dataInput ? `=${dataInput}` : undefined),
    inputElement: text(zeebe, 'inputElement') ?? text(child(loop, 'inputDataItem'), 'name'),
    outputCollection: text(zeebe, 'outputCollection'),
    outputElement: text(zeebe, 'outputElement'),
    completionCondition: completion ? stripFeelMarker(completion) : undefined,
    loopCardinality: expressionBody(loop, 'loopCardinality'),
  });
}

export function hasZeebeUserTask(el: ModdleElement): boolean {
  return extension(el, 'zeebe:UserTask') !== undefined;
}

export function readCalledDecisionId(el: ModdleElement): string | undefined {
  return text(extension(el, 'zeebe:CalledDecision'), 'decisionId');
}
