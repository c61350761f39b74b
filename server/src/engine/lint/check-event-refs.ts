import { type DeployProblem, type LocalizedText, describeElement } from '../deploy-problem.js';
import type { EventDefinition, FlowNode, ProcessModel } from '../parse/process-model.js';

type Add = (node: FlowNode, rule: string, message: LocalizedText) => void;

/**
 * Errors, escalations, signals, links, event-based gateways and event sub-processes: what the runtime needs to
 * find a throw's catcher, a link's target or an event sub-process's trigger, checked at deploy naming the element.
 */
export function checkEventRefs(model: ProcessModel): DeployProblem[] {
  const problems: DeployProblem[] = [];
  const add: Add = (node, rule, message) => problems.push({ elementId: node.id, rule: `baton/${rule}`, severity: 'error', message });
  for (const node of Object.values(model.nodes)) {
    const definitions = 'eventDefinitions' in node ? node.eventDefinitions : [];
    for (const definition of definitions) checkDefinition(model, node, definition, add);
    if (node.kind === 'eventBasedGateway') checkEventGateway(model, node, add);
    if (node.kind === 'subProcess' && node.triggeredByEvent) checkEventSubProcess(model, node, add);
  }
  return problems;
}

function checkDefinition(model: ProcessModel, node: FlowNode, definition: EventDefinition, add: Add): void {
  const e = describeElement(node);
  const throws = node.kind === 'endEvent' || node.kind === 'intermediateThrowEvent';
  if (definition.kind === 'error' && throws && !definition.errorCode?.trim()) {
    add(node, 'error-code-required', {
      en: `The error end event ${e.en} throws no error code; pick an error with a code, so a boundary or event sub-process can catch it.`,
      'zh-CN': `错误结束事件 ${e['zh-CN']} 没有抛出错误代码；请选择带代码的错误，以便边界事件或事件子流程捕获。`,
    });
  }
  if (definition.kind === 'escalation' && throws && !definition.escalationCode?.trim()) {
    add(node, 'escalation-code-required', {
      en: `The escalation event ${e.en} throws no escalation code; pick an escalation with a code.`,
      'zh-CN': `升级事件 ${e['zh-CN']} 没有抛出升级代码；请选择带代码的升级。`,
    });
  }
  if (definition.kind === 'signal' && !definition.signalName?.trim()) {
    add(node, 'signal-name-required', {
      en: `${e.en} uses a signal without a name; pick a signal with a name.`,
      'zh-CN': `${e['zh-CN']} 使用的信号没有名称；请选择一个有名称的信号。`,
    });
  }
  if ((definition.kind === 'error' || definition.kind === 'escalation') && node.kind === 'startEvent' && !isEventSubProcess(model, node.scopeId)) {
    add(node, 'start-event-trigger', {
      en: `The ${definition.kind} start event ${e.en} can only start an event sub-process.`,
      'zh-CN': `${definition.kind === 'error' ? '错误' : '升级'}开始事件 ${e['zh-CN']} 只能用于启动事件子流程。`,
    });
  }
  if (definition.kind === 'link' && node.kind === 'intermediateThrowEvent') {
    const targets = model.scopes[node.scopeId]?.nodeIds.filter((id) => {
      const other = model.nodes[id];
      return other.kind === 'intermediateCatchEvent' && other.eventDefinitions.some((d) => d.kind === 'link' && d.linkName === definition.linkName);
    }) ?? [];
    if (targets.length !== 1) {
      add(node, 'link-target', {
        en: `The link throw event ${e.en} needs exactly one link catch event named "${definition.linkName ?? ''}" in the same scope; found ${targets.length}.`,
        'zh-CN': `链接抛出事件 ${e['zh-CN']} 需要同一范围内恰好一个名为“${definition.linkName ?? ''}”的链接捕获事件；实际找到 ${targets.length} 个。`,
      });
    }
  }
}

function checkEventGateway(model: ProcessModel, node: FlowNode, add: Add): void {
  const e = describeElement(node);
  for (const flowId of node.outgoing) {
    const target = model.nodes[model.flows[flowId]?.targetId ?? ''];
    const waits = target?.kind === 'intermediateCatchEvent' && target.eventDefinitions.some((d) => d.kind === 'timer' || d.kind === 'message' || d.kind === 'signal');
    if (!waits) {
      add(node, 'event-gateway-target', {
        en: `The event-based gateway ${e.en} leads to ${target ? describeElement(target).en : flowId}, which is not a timer, message or signal catch event.`,
        'zh-CN': `事件网关 ${e['zh-CN']} 连接到 ${target ? describeElement(target)['zh-CN'] : flowId}，它不是定时器、消息或信号捕获事件。`,
      });
    }
  }
  if (node.outgoing.length < 2) {
    add(node, 'event-gateway-target', {
      en: `The event-based gateway ${e.en} needs at least two outgoing flows to choose between events.`,
      'zh-CN': `事件网关 ${e['zh-CN']} 至少需要两条引出连线，才能在事件之间选择。`,
    });
  }
}

const EVENT_SUB_PROCESS_TRIGGERS = new Set(['timer', 'message', 'signal', 'error', 'escalation']);

function checkEventSubProcess(model: ProcessModel, node: FlowNode, add: Add): void {
  const e = describeElement(node);
  const starts = model.scopes[node.id]?.startEventIds ?? [];
  const start = starts.length === 1 ? model.nodes[starts[0]] : undefined;
  const trigger = start?.kind === 'startEvent' ? start.eventDefinitions[0]?.kind : undefined;
  if (!start || trigger === undefined || !EVENT_SUB_PROCESS_TRIGGERS.has(trigger)) {
    add(node, 'event-subprocess-start', {
      en: `The event sub-process ${e.en} needs exactly one start event with a timer, message, signal, error or escalation trigger.`,
      'zh-CN': `事件子流程 ${e['zh-CN']} 需要恰好一个带定时器、消息、信号、错误或升级触发器的开始事件。`,
    });
  }
}

function isEventSubProcess(model: ProcessModel, scopeId: string): boolean {
  const scope = model.nodes[scopeId];
  return scope?.kind === 'subProcess' && scope.triggeredByEvent;
}
