import type { EventDefinition, MessageRef } from './process-model.js';
import { type ModdleElement, child, children, expressionBody, extension, flag, text } from './moddle-element.js';

/** Reads `bpmn:*EventDefinition` children, following refs to the global message / error / signal / escalation. */
export function readEventDefinitions(event: ModdleElement): EventDefinition[] {
  return children(event, 'eventDefinitions').flatMap((definition) => {
    const read = readers[definition.$type];
    return read ? [read(definition)] : [];
  });
}

const readers: Record<string, (definition: ModdleElement) => EventDefinition> = {
  'bpmn:MessageEventDefinition': (definition) => ({ kind: 'message', ...readMessageRef(child(definition, 'messageRef')) }),
  'bpmn:TimerEventDefinition': (definition) =>
    omitUndefined({
      kind: 'timer',
      timeDate: expressionBody(definition, 'timeDate'),
      timeDuration: expressionBody(definition, 'timeDuration'),
      timeCycle: expressionBody(definition, 'timeCycle'),
    }),
  'bpmn:ErrorEventDefinition': (definition) => {
    const error = child(definition, 'errorRef');
    return omitUndefined({ kind: 'error', errorId: error?.id, errorCode: text(error, 'errorCode'), errorName: text(error, 'name') });
  },
  'bpmn:SignalEventDefinition': (definition) => {
    const signal = child(definition, 'signalRef');
    return omitUndefined({ kind: 'signal', signalId: signal?.id, signalName: text(signal, 'name') });
  },
  'bpmn:EscalationEventDefinition': (definition) => {
    const escalation = child(definition, 'escalationRef');
    return omitUndefined({ kind: 'escalation', escalationId: escalation?.id, escalationCode: text(escalation, 'escalationCode') });
  },
  'bpmn:LinkEventDefinition': (definition) => omitUndefined({ kind: 'link', linkName: text(definition, 'name') }),
  'bpmn:CompensateEventDefinition': (definition) =>
    omitUndefined({ kind: 'compensation', activityId: child(definition, 'activityRef')?.id, waitForCompletion: flag(definition, 'waitForCompletion') }),
  'bpmn:ConditionalEventDefinition': (definition) => omitUndefined({ kind: 'conditional', condition: expressionBody(definition, 'condition') }),
  'bpmn:TerminateEventDefinition': () => ({ kind: 'terminate' }),
  'bpmn:CancelEventDefinition': () => ({ kind: 'cancel' }),
};

/** A global `bpmn:message`: its id, name and `zeebe:subscription` correlation key. */
export function readMessageRef(message: ModdleElement | undefined): MessageRef {
  return omitUndefined({
    messageId: message?.id,
    messageName: text(message, 'name'),
    correlationKey: text(extension(message, 'zeebe:Subscription'), 'correlationKey'),
  });
}

/** drops undefined properties so models compare and serialise cleanly */
export function omitUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
