import type { LocalizedText } from '../deploy-problem.js';

/**
 * How Baton weighs bpmnlint's recommended rules at deploy. Only what stops a model from running correctly stays an
 * error; modelling-style advice becomes a warning, and rules our own checks cover (or contradict) are off.
 */
export const BPMNLINT_OVERRIDES = {
  'label-required': 'warn',
  // DI is for drawing, not for running; many Camunda 7 models carry none
  'no-bpmndi': 'off',
  // Zeebe runs implicit starts, ends, splits and gateways that both join and fork
  'no-implicit-start': 'warn',
  'no-implicit-end': 'warn',
  'no-implicit-split': 'warn',
  'no-gateway-join-fork': 'warn',
  'end-event-required': 'warn',
  // Baton runs inclusive gateways
  'no-inclusive-gateway': 'off',
  // covered by baton/gateway-flow-condition and baton/not-yet-supported, with clearer messages
  'conditional-flows': 'off',
  'no-complex-gateway': 'off',
} as const;

type Sentence = (element: LocalizedText) => LocalizedText;

/** Builder-facing wording for each recommended rule; `element` already carries name and id. */
export const BPMNLINT_MESSAGES: Readonly<Record<string, Sentence>> = {
  'ad-hoc-sub-process': (e) => ({ en: `Ad-hoc sub-process ${e.en} is not modelled correctly.`, 'zh-CN': `自由子流程 ${e['zh-CN']} 的建模不正确。` }),
  'end-event-required': (e) => ({ en: `${e.en} has no end event.`, 'zh-CN': `${e['zh-CN']} 缺少结束事件。` }),
  'event-based-gateway': (e) => ({
    en: `Event-based gateway ${e.en} must lead only to catching events or receive tasks.`,
    'zh-CN': `事件网关 ${e['zh-CN']} 之后只能连接捕获事件或接收任务。`,
  }),
  'event-sub-process-typed-start-event': (e) => ({
    en: `The event sub-process ${e.en} must start with an event that has a trigger (message, timer, error, …).`,
    'zh-CN': `事件子流程 ${e['zh-CN']} 必须以带触发器（消息、定时器、错误等）的开始事件开始。`,
  }),
  'fake-join': (e) => ({
    en: `${e.en} has several incoming flows without a gateway; add a gateway to make the join explicit.`,
    'zh-CN': `${e['zh-CN']} 有多条传入连线却没有网关；请添加网关以明确汇合方式。`,
  }),
  global: (e) => ({ en: `${e.en} is defined but never used.`, 'zh-CN': `${e['zh-CN']} 已定义但从未使用。` }),
  'label-required': (e) => ({ en: `${e.en} has no label; give it a name so people can follow the diagram.`, 'zh-CN': `${e['zh-CN']} 没有名称；请为其命名，便于他人理解流程图。` }),
  'link-event': (e) => ({ en: `Link event ${e.en} has no matching link event with the same name.`, 'zh-CN': `链接事件 ${e['zh-CN']} 没有同名的配对链接事件。` }),
  'no-disconnected': (e) => ({ en: `${e.en} is not connected to the rest of the process.`, 'zh-CN': `${e['zh-CN']} 没有与流程的其他部分连接。` }),
  'no-duplicate-sequence-flows': (e) => ({ en: `${e.en} duplicates another sequence flow between the same elements.`, 'zh-CN': `${e['zh-CN']} 与相同元素之间的另一条连线重复。` }),
  'no-gateway-join-fork': (e) => ({ en: `Gateway ${e.en} both joins and splits; consider two gateways.`, 'zh-CN': `网关 ${e['zh-CN']} 既汇合又分支；建议拆分为两个网关。` }),
  'no-implicit-end': (e) => ({ en: `${e.en} has no outgoing flow; end the path with an end event.`, 'zh-CN': `${e['zh-CN']} 没有传出连线；请用结束事件结束该路径。` }),
  'no-implicit-split': (e) => ({ en: `${e.en} splits into several flows without a gateway; add a gateway.`, 'zh-CN': `${e['zh-CN']} 在没有网关的情况下分出多条连线；请添加网关。` }),
  'no-implicit-start': (e) => ({ en: `${e.en} has no incoming flow, so it can never be reached.`, 'zh-CN': `${e['zh-CN']} 没有传入连线，永远不会被执行到。` }),
  'no-overlapping-elements': (e) => ({ en: `${e.en} overlaps another element in the diagram.`, 'zh-CN': `${e['zh-CN']} 在图中与其他元素重叠。` }),
  'single-blank-start-event': (e) => ({ en: `${e.en} has more than one plain start event; keep exactly one.`, 'zh-CN': `${e['zh-CN']} 有多个空白开始事件；只能保留一个。` }),
  'single-event-definition': (e) => ({ en: `Event ${e.en} has more than one trigger; keep exactly one.`, 'zh-CN': `事件 ${e['zh-CN']} 定义了多个触发器；只能保留一个。` }),
  'start-event-required': (e) => ({ en: `${e.en} has no start event, so it cannot be started.`, 'zh-CN': `${e['zh-CN']} 缺少开始事件，无法启动。` }),
  'sub-process-blank-start-event': (e) => ({ en: `Sub-process ${e.en} must start with a plain start event.`, 'zh-CN': `子流程 ${e['zh-CN']} 必须以空白开始事件开始。` }),
  'superfluous-gateway': (e) => ({ en: `Gateway ${e.en} has one way in and one way out; it can be removed.`, 'zh-CN': `网关 ${e['zh-CN']} 只有一进一出，可以删除。` }),
  'superfluous-label': (e) => ({ en: `${e.en} has a label that is never shown.`, 'zh-CN': `${e['zh-CN']} 的名称不会被显示。` }),
  'superfluous-termination': (e) => ({ en: `Terminate end event ${e.en} could be a plain end event.`, 'zh-CN': `终止结束事件 ${e['zh-CN']} 可以改为普通结束事件。` }),
};

export function bpmnlintMessage(rule: string, element: LocalizedText, original: string): LocalizedText {
  const sentence = BPMNLINT_MESSAGES[rule];
  return sentence ? sentence(element) : { en: `${element.en}: ${original}`, 'zh-CN': `${element['zh-CN']}：${original}` };
}
