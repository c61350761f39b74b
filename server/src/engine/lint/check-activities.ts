import { type DeployProblem, type LocalizedText, describeElement } from '../deploy-problem.js';
import type { FlowNode, ProcessModel } from '../parse/process-model.js';

/**
 * Call activities and multi-instance activities: what the runtime needs to start a child or the inner instances,
 * checked at deploy naming the element.
 */
export function checkActivities(model: ProcessModel): DeployProblem[] {
  const problems: DeployProblem[] = [];
  const add = (node: FlowNode, rule: string, message: LocalizedText) => problems.push({ elementId: node.id, rule: `baton/${rule}`, severity: 'error', message });
  for (const node of Object.values(model.nodes)) {
    const e = describeElement(node);
    if (node.kind === 'callActivity' && !node.calledElement?.processId?.trim()) {
      add(node, 'called-element-required', {
        en: `The call activity ${e.en} names no process to call (zeebe:calledElement processId).`,
        'zh-CN': `调用活动 ${e['zh-CN']} 没有指定要调用的流程（zeebe:calledElement processId）。`,
      });
    }
    if (!('boundaryEventIds' in node)) continue;
    const loop = node.loop;
    if (loop?.kind === 'multiInstance' && loop.inputCollection === undefined && loop.loopCardinality === undefined) {
      add(node, 'multi-instance-input', {
        en: `The multi-instance activity ${e.en} has neither an input collection (zeebe:loopCharacteristics inputCollection) nor a loop cardinality.`,
        'zh-CN': `多实例活动 ${e['zh-CN']} 既没有输入集合（zeebe:loopCharacteristics inputCollection），也没有循环基数。`,
      });
    }
    if (node.countersignInvalid !== undefined) {
      add(node, 'countersign', {
        en: `${e.en} has an invalid countersign setting "${node.countersignInvalid}": use baton:countersign = all, any or percent:1…100, and a variable name for baton:rejectVariable.`,
        'zh-CN': `${e['zh-CN']} 的会签设置“${node.countersignInvalid}”无效：baton:countersign 应为 all、any 或 percent:1…100，baton:rejectVariable 应为变量名。`,
      });
    } else if (node.countersign && loop?.kind !== 'multiInstance') {
      add(node, 'countersign', {
        en: `${e.en} has a countersign mode but is not a multi-instance activity; make it multi-instance (one instance per signer).`,
        'zh-CN': `${e['zh-CN']} 设置了会签方式，但不是多实例活动；请将其设为多实例（每位签署人一个实例）。`,
      });
    }
  }
  return problems;
}
