import type { FlowNode } from '../parse/process-model.js';

/** A FEEL expression found on a node: the field it sits in (for the message) and its text without `=`. */
export interface NodeExpression {
  readonly field: string;
  readonly expression: string;
}

/**
 * Every FEEL expression a node carries. Fields that are always FEEL (script, completion condition) come already
 * stripped of `=`; in the other Zeebe fields a leading `=` is what marks an expression, static text is skipped.
 */
export function expressionsOf(node: FlowNode): NodeExpression[] {
  const found: NodeExpression[] = [];
  const maybe = (field: string, value: string | undefined) => {
    if (value !== undefined && value.trimStart().startsWith('=')) found.push({ field, expression: value.trimStart().slice(1).trim() });
  };
  for (const input of node.ioMapping?.inputs ?? []) maybe(`input mapping → ${input.target}`, input.source);
  for (const output of node.ioMapping?.outputs ?? []) maybe(`output mapping → ${output.target}`, output.source);
  if ('eventDefinitions' in node) {
    for (const definition of node.eventDefinitions) {
      if (definition.kind === 'timer') {
        maybe('timer date', definition.timeDate);
        maybe('timer duration', definition.timeDuration);
        maybe('timer cycle', definition.timeCycle);
      }
      if (definition.kind === 'message') {
        maybe('message name', definition.messageName);
        maybe('correlation key', definition.correlationKey);
      }
      if (definition.kind === 'signal') maybe('signal name', definition.signalName);
      if (definition.kind === 'error') maybe('error code', definition.errorCode);
      if (definition.kind === 'escalation') maybe('escalation code', definition.escalationCode);
    }
  }
  if ('taskDefinition' in node) {
    maybe('job type', node.taskDefinition?.type);
    maybe('retries', node.taskDefinition?.retries);
  }
  if (node.kind === 'userTask') {
    maybe('assignee', node.assignment?.assignee);
    maybe('candidate groups', node.assignment?.candidateGroups);
    maybe('candidate users', node.assignment?.candidateUsers);
    maybe('due date', node.schedule?.dueDate);
    maybe('follow-up date', node.schedule?.followUpDate);
    maybe('priority', node.priority);
  }
  if (node.kind === 'scriptTask' && node.script) found.push({ field: 'script', expression: node.script.expression });
  if (node.kind === 'receiveTask') {
    maybe('message name', node.message?.messageName);
    maybe('correlation key', node.message?.correlationKey);
  }
  if (node.kind === 'callActivity') maybe('called process id', node.calledElement?.processId);
  if ('loop' in node && node.loop?.kind === 'multiInstance') {
    maybe('input collection', node.loop.inputCollection);
    maybe('output element', node.loop.outputElement);
    maybe('loop cardinality', node.loop.loopCardinality);
    if (node.loop.completionCondition !== undefined) found.push({ field: 'completion condition', expression: node.loop.completionCondition });
  }
  return found;
}
