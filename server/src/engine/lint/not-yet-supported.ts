import type { LocalizedText } from '../deploy-problem.js';
import type { EventDefinitionKind, FlowNode } from '../parse/process-model.js';

/** BPMN features the engine recognises; which of them run is decided by NOT_YET_SUPPORTED below. */
export type EngineFeature =
  | 'timerEvent'
  | 'messageEvent'
  | 'signalEvent'
  | 'errorEvent'
  | 'escalationEvent'
  | 'compensationEvent'
  | 'linkEvent'
  | 'conditionalEvent'
  | 'cancelEvent'
  | 'receiveTask'
  | 'decisionTask'
  | 'callActivity'
  | 'multiInstance'
  | 'standardLoop'
  | 'eventSubProcess'
  | 'eventBasedGateway'
  | 'complexGateway'
  | 'transaction'
  | 'adHocSubProcess';

/**
 * Features a deploy refuses with "not yet supported". The runtime engineer removes an entry in the same change
 * that makes the runtime execute it (issue 4); conformance specs then expect the affected corpus models to deploy.
 */
export const NOT_YET_SUPPORTED: ReadonlySet<EngineFeature> = new Set<EngineFeature>([
  'conditionalEvent',
  'cancelEvent',
  'decisionTask',
  'standardLoop',
  'complexGateway',
  'transaction',
  'adHocSubProcess',
]);

export const FEATURE_LABELS: Readonly<Record<EngineFeature, LocalizedText>> = {
  timerEvent: { en: 'a timer event', 'zh-CN': '定时器事件' },
  messageEvent: { en: 'a message event', 'zh-CN': '消息事件' },
  signalEvent: { en: 'a signal event', 'zh-CN': '信号事件' },
  errorEvent: { en: 'an error event', 'zh-CN': '错误事件' },
  escalationEvent: { en: 'an escalation event', 'zh-CN': '升级事件' },
  compensationEvent: { en: 'a compensation event', 'zh-CN': '补偿事件' },
  linkEvent: { en: 'a link event', 'zh-CN': '链接事件' },
  conditionalEvent: { en: 'a conditional event', 'zh-CN': '条件事件' },
  cancelEvent: { en: 'a cancel event', 'zh-CN': '取消事件' },
  receiveTask: { en: 'a receive task', 'zh-CN': '接收任务' },
  decisionTask: { en: 'a DMN decision', 'zh-CN': 'DMN 决策' },
  callActivity: { en: 'a call activity', 'zh-CN': '调用活动' },
  multiInstance: { en: 'multi-instance', 'zh-CN': '多实例' },
  standardLoop: { en: 'a standard loop', 'zh-CN': '标准循环' },
  eventSubProcess: { en: 'an event sub-process', 'zh-CN': '事件子流程' },
  eventBasedGateway: { en: 'an event-based gateway', 'zh-CN': '事件网关' },
  complexGateway: { en: 'a complex gateway', 'zh-CN': '复杂网关' },
  transaction: { en: 'a transaction', 'zh-CN': '事务子流程' },
  adHocSubProcess: { en: 'an ad-hoc sub-process', 'zh-CN': '自由子流程' },
};

const EVENT_FEATURES: Readonly<Record<EventDefinitionKind, EngineFeature | undefined>> = {
  timer: 'timerEvent',
  message: 'messageEvent',
  signal: 'signalEvent',
  error: 'errorEvent',
  escalation: 'escalationEvent',
  compensation: 'compensationEvent',
  link: 'linkEvent',
  conditional: 'conditionalEvent',
  cancel: 'cancelEvent',
  terminate: undefined,
};

/** The features one node needs from the runtime. */
export function featuresOf(node: FlowNode): EngineFeature[] {
  const features = new Set<EngineFeature>();
  if ('eventDefinitions' in node) {
    for (const definition of node.eventDefinitions) {
      const feature = EVENT_FEATURES[definition.kind];
      if (feature) features.add(feature);
    }
  }
  if ('loop' in node && node.loop) features.add(node.loop.kind === 'multiInstance' ? 'multiInstance' : 'standardLoop');
  if (node.kind === 'receiveTask') features.add('receiveTask');
  if (node.kind === 'businessRuleTask' && node.calledDecisionId !== undefined) features.add('decisionTask');
  if (node.kind === 'callActivity') features.add('callActivity');
  if (node.kind === 'eventBasedGateway') features.add('eventBasedGateway');
  if (node.kind === 'complexGateway') features.add('complexGateway');
  if (node.kind === 'transaction') features.add('transaction');
  if (node.kind === 'adHocSubProcess') features.add('adHocSubProcess');
  if ((node.kind === 'subProcess' || node.kind === 'transaction') && node.triggeredByEvent) features.add('eventSubProcess');
  return [...features];
}
