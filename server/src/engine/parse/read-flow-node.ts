import type { FlowNode } from './process-model.js';
import { readApprovalSettings } from './read-approval-actions.js';
import { type ModdleElement, child, flag, localType, text } from './moddle-element.js';
import { omitUndefined, readEventDefinitions, readMessageRef } from './read-event-definitions.js';
import { readCountersign, withCountersign } from './read-countersign.js';
import * as zeebe from './read-zeebe-extensions.js';

/** Where a node sits and how it connects: filled in by the scope walk, not read from the element. */
export interface NodePlacement {
  readonly scopeId: string;
  readonly incoming: readonly string[];
  readonly outgoing: readonly string[];
}

/** Reads one flow node into its typed form, or undefined for an element type the engine does not model. */
export function readFlowNode(el: ModdleElement, placement: NodePlacement): FlowNode | undefined {
  const base = omitUndefined({
    id: el.id ?? '',
    name: text(el, 'name'),
    ...placement,
    defaultFlowId: child(el, 'default')?.id,
    ioMapping: zeebe.readIoMapping(el),
  });
  const vote = readCountersign(el);
  const activity = {
    ...base,
    boundaryEventIds: [],
    ...omitUndefined({
      loop: withCountersign(zeebe.readLoopCharacteristics(el), vote.countersign),
      ...vote,
      isForCompensation: flag(el, 'isForCompensation') === true ? true : undefined,
    }),
  };
  const kind = localType(el);
  switch (kind) {
    case 'startEvent': {
      const form = zeebe.readForm(el);
      return { ...base, kind, eventDefinitions: readEventDefinitions(el), isInterrupting: flag(el, 'isInterrupting') ?? true, ...form };
    }
    case 'endEvent':
    case 'intermediateThrowEvent':
      return { ...base, kind, eventDefinitions: readEventDefinitions(el), ...omitUndefined({ taskDefinition: zeebe.readTaskDefinition(el) }) };
    case 'intermediateCatchEvent':
      return { ...base, kind, eventDefinitions: readEventDefinitions(el) };
    case 'boundaryEvent':
      return {
        ...base,
        kind,
        eventDefinitions: readEventDefinitions(el),
        attachedToId: child(el, 'attachedToRef')?.id ?? '',
        cancelActivity: flag(el, 'cancelActivity') ?? true,
      };
    case 'userTask':
      return {
        ...activity,
        kind,
        zeebeUserTask: zeebe.hasZeebeUserTask(el),
        headers: zeebe.readTaskHeaders(el),
        ...omitUndefined({
          assignment: zeebe.readAssignment(el),
          form: zeebe.readForm(el),
          schedule: zeebe.readSchedule(el),
          priority: zeebe.readPriority(el),
        }),
        ...zeebe.readFieldPermissions(el),
        ...zeebe.readSlaPolicy(el),
        ...readApprovalSettings(el),
      };
    case 'serviceTask':
    case 'sendTask':
    case 'businessRuleTask':
      return {
        ...activity,
        kind,
        headers: zeebe.readTaskHeaders(el),
        ...omitUndefined({ taskDefinition: zeebe.readTaskDefinition(el), calledDecisionId: zeebe.readCalledDecisionId(el) }),
      };
    case 'scriptTask': {
      const inlineScript = text(el, 'script') !== undefined || text(el, 'scriptFormat') !== undefined;
      return {
        ...activity,
        kind,
        headers: zeebe.readTaskHeaders(el),
        ...omitUndefined({
          script: zeebe.readScript(el),
          taskDefinition: zeebe.readTaskDefinition(el),
          inlineScriptFormat: inlineScript ? (text(el, 'scriptFormat') ?? 'unknown') : undefined,
        }),
      };
    }
    case 'task':
    case 'manualTask':
      return { ...activity, kind };
    case 'receiveTask': {
      const message = child(el, 'messageRef');
      return { ...activity, kind, ...omitUndefined({ messageId: message?.id, message: message ? readMessageRef(message) : undefined }) };
    }
    case 'callActivity':
      return { ...activity, kind, ...omitUndefined({ calledElement: zeebe.readCalledElement(el) }) };
    case 'subProcess':
    case 'transaction':
    case 'adHocSubProcess':
      return { ...activity, kind, triggeredByEvent: flag(el, 'triggeredByEvent') ?? false };
    case 'exclusiveGateway':
    case 'inclusiveGateway':
    case 'parallelGateway':
    case 'eventBasedGateway':
    case 'complexGateway':
      return { ...base, kind };
    default:
      return undefined;
  }
}
