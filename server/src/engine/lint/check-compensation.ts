import { type DeployProblem, type LocalizedText, describeElement } from '../deploy-problem.js';
import type { FlowNode, ProcessModel } from '../parse/process-model.js';

type Add = (node: FlowNode, rule: string, message: LocalizedText, severity?: 'error' | 'warning') => void;

const ACTIVITY_KINDS = new Set<FlowNode['kind']>([
  'task', 'userTask', 'serviceTask', 'sendTask', 'receiveTask', 'scriptTask', 'manualTask', 'businessRuleTask', 'callActivity', 'subProcess',
]);

/**
 * Compensation (see runtime/compensation.ts): a compensation boundary event needs its handler (an association to an
 * activity marked isForCompensation, with no sequence flows); a throw's activityRef must name an activity of the
 * scope it compensates; compensation event sub-processes are not run yet and are refused.
 */
export function checkCompensation(model: ProcessModel): DeployProblem[] {
  const problems: DeployProblem[] = [];
  const add: Add = (node, rule, message, severity = 'error') => problems.push({ elementId: node.id, rule: `baton/${rule}`, severity, message });
  const handlers = new Set<string>();
  for (const node of Object.values(model.nodes)) {
    const compensates = 'eventDefinitions' in node && node.eventDefinitions.some((d) => d.kind === 'compensation');
    if (!compensates) continue;
    const e = describeElement(node);
    if (node.kind === 'boundaryEvent') {
      const handler = node.compensationHandlerId ? model.nodes[node.compensationHandlerId] : undefined;
      if (handler && 'isForCompensation' in handler) handlers.add(handler.id);
      checkBoundary(node, handler, e, add);
    } else if (node.kind === 'startEvent') {
      add(node, 'compensation-event-subprocess', {
        en: `${e.en} starts a compensation event sub-process, which this Baton version does not run; attach a compensation boundary event with a handler to the activity instead.`,
        'zh-CN': `${e['zh-CN']} 用于启动补偿事件子流程，当前版本的 Baton 尚不支持；请改为在活动上附加带补偿处理器的补偿边界事件。`,
      });
    } else if (node.kind === 'intermediateThrowEvent' || node.kind === 'endEvent') {
      checkActivityRef(model, node, e, add);
    } else {
      add(node, 'compensation-event', {
        en: `${e.en} (${node.kind}) cannot catch compensation; only boundary events, intermediate throw and end events can use it.`,
        'zh-CN': `${e['zh-CN']}（${node.kind}）不能捕获补偿；只有边界事件、中间抛出事件和结束事件可以使用补偿。`,
      });
    }
  }
  for (const node of Object.values(model.nodes)) {
    if (!('isForCompensation' in node) || !node.isForCompensation) continue;
    const e = describeElement(node);
    if (node.incoming.length > 0 || node.outgoing.length > 0) {
      add(node, 'compensation-handler', {
        en: `The compensation handler ${e.en} has sequence flows; a handler is started only by compensation and must have none.`,
        'zh-CN': `补偿处理器 ${e['zh-CN']} 连有顺序流；处理器只由补偿启动，不能有顺序流。`,
      });
    } else if (!handlers.has(node.id)) {
      add(node, 'compensation-handler', {
        en: `The compensation handler ${e.en} is not associated with any compensation boundary event, so it never runs.`,
        'zh-CN': `补偿处理器 ${e['zh-CN']} 没有关联任何补偿边界事件，永远不会执行。`,
      }, 'warning');
    }
  }
  return problems;
}

function checkBoundary(node: FlowNode, handler: FlowNode | undefined, e: LocalizedText, add: Add): void {
  if (!handler) {
    add(node, 'compensation-handler', {
      en: `The compensation boundary event ${e.en} has no compensation handler; connect it by an association to an activity marked "for compensation".`,
      'zh-CN': `补偿边界事件 ${e['zh-CN']} 没有补偿处理器；请用关联连接到一个标记为“用于补偿”的活动。`,
    });
    return;
  }
  const h = describeElement(handler);
  if (!ACTIVITY_KINDS.has(handler.kind) || !('isForCompensation' in handler) || !handler.isForCompensation || (handler.kind === 'subProcess' && handler.triggeredByEvent)) {
    add(node, 'compensation-handler', {
      en: `The compensation handler ${h.en} of ${e.en} must be a task, sub-process or call activity marked "for compensation" (isForCompensation).`,
      'zh-CN': `${e['zh-CN']} 的补偿处理器 ${h['zh-CN']} 必须是标记为“用于补偿”（isForCompensation）的任务、子流程或调用活动。`,
    });
  }
  if (node.outgoing.length > 0) {
    add(node, 'compensation-handler', {
      en: `The compensation boundary event ${e.en} has outgoing sequence flows; it leads to its handler by an association only.`,
      'zh-CN': `补偿边界事件 ${e['zh-CN']} 有传出顺序流；它只能通过关联连接到处理器。`,
    });
  }
}

/** activityRef: an activity in the scope the throw compensates (its own; the parent's for an event sub-process). */
function checkActivityRef(model: ProcessModel, node: FlowNode, e: LocalizedText, add: Add): void {
  const definition = 'eventDefinitions' in node ? node.eventDefinitions.find((d) => d.kind === 'compensation') : undefined;
  const ref = definition?.kind === 'compensation' ? definition.activityId : undefined;
  if (ref === undefined) return;
  const scope = model.nodes[node.scopeId];
  const compensated = scope?.kind === 'subProcess' && scope.triggeredByEvent ? scope.scopeId : node.scopeId;
  const target = model.nodes[ref];
  if (!target || !ACTIVITY_KINDS.has(target.kind) || target.scopeId !== compensated) {
    add(node, 'compensation-activity-ref', {
      en: `The compensation event ${e.en} names activity "${ref}", which is not an activity of the scope it compensates.`,
      'zh-CN': `补偿事件 ${e['zh-CN']} 指定的活动“${ref}”不是其补偿范围内的活动。`,
    });
  }
}
