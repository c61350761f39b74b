import { type DeployProblem, type LocalizedText, describeElement } from '../deploy-problem.js';
import type { EndEventNode, FlowNode, IntermediateThrowEventNode, ProcessModel } from '../parse/process-model.js';
import { isFeel, timerFieldOf } from '../timers/timer-definition.js';
import { TimerValueError, planTimer } from '../timers/timer-expression.js';

/**
 * Timer and message events: a timer sets exactly one of timeDate, timeDuration, timeCycle, and a static value must
 * be ISO 8601 of its kind (no cycle on an intermediate catch event, no fixed date already past, no cycle faster than
 * the limit); a message catch needs a named message. FEEL values are checked when they are evaluated.
 */
export function checkEvents(model: ProcessModel, now: number): DeployProblem[] {
  const problems: DeployProblem[] = [];
  const error = (node: FlowNode, rule: string, message: LocalizedText, severity: 'error' | 'warning' = 'error') =>
    problems.push({ elementId: node.id, rule: `baton/${rule}`, severity, message });

  for (const node of Object.values(model.nodes)) {
    const e = describeElement(node);
    const definitions = 'eventDefinitions' in node ? node.eventDefinitions : [];
    for (const definition of definitions) {
      if (definition.kind === 'timer') {
        const field = timerFieldOf(definition);
        if (!field) {
          error(node, 'timer-invalid', {
            en: `The timer of ${e.en} must set exactly one of date, duration or cycle.`,
            'zh-CN': `${e['zh-CN']} 的定时器必须且只能设置日期、时长或周期中的一项。`,
          });
          continue;
        }
        if (node.kind === 'intermediateCatchEvent' && field.kind === 'timeCycle') {
          error(node, 'timer-invalid', {
            en: `The intermediate timer ${e.en} cannot repeat (timeCycle); use a date or a duration.`,
            'zh-CN': `中间定时器 ${e['zh-CN']} 不能重复触发（timeCycle）；请使用日期或时长。`,
          });
          continue;
        }
        if (isFeel(field.value)) continue;
        try {
          const plan = planTimer(field.kind, field.value, now);
          if (field.kind === 'timeDate' && plan.dueAt < now) {
            error(node, 'timer-date-past', {
              en: `The timer of ${e.en} is due at ${field.value}, which has already passed.`,
              'zh-CN': `${e['zh-CN']} 的定时器时间 ${field.value} 已经过去。`,
            });
          }
        } catch (err) {
          if (!(err instanceof TimerValueError)) throw err;
          error(node, 'timer-invalid', {
            en: `The timer of ${e.en} is invalid: ${err.reason.en}`,
            'zh-CN': `${e['zh-CN']} 的定时器无效：${err.reason['zh-CN']}`,
          });
        }
      }
      if (definition.kind === 'message' && isCatch(node) && !definition.messageName?.trim()) {
        error(node, 'message-name-required', {
          en: `${e.en} waits for a message but names none; pick a message with a name.`,
          'zh-CN': `${e['zh-CN']} 等待消息，但没有指定带名称的消息；请选择一个有名称的消息。`,
        });
      }
    }
    if (node.kind === 'receiveTask' && !node.message?.messageName?.trim()) {
      error(node, 'receive-task-without-message', {
        en: `The receive task ${e.en} names no message, so only cancelling the instance moves it on.`,
        'zh-CN': `接收任务 ${e['zh-CN']} 没有指定消息，只有取消流程实例才能让它结束。`,
      }, 'warning');
    }
  }
  return problems;
}

function isCatch(node: FlowNode): boolean {
  return node.kind === 'startEvent' || node.kind === 'intermediateCatchEvent' || node.kind === 'boundaryEvent';
}

/** Message throw events (intermediate throw, end) run as jobs, like a send task (Zeebe's semantics). */
export function isMessageThrow(node: FlowNode): node is EndEventNode | IntermediateThrowEventNode {
  return (node.kind === 'intermediateThrowEvent' || node.kind === 'endEvent') && node.eventDefinitions.some((d) => d.kind === 'message');
}
