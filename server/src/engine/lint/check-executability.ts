import { type DeployProblem, type LocalizedText, describeElement } from '../deploy-problem.js';
import type { FlowNode, ProcessModel, SequenceFlow } from '../parse/process-model.js';
import { type FeelIssue, checkFeel } from './check-feel.js';
import { checkActivities } from './check-activities.js';
import { checkCompensation } from './check-compensation.js';
import { checkEventRefs } from './check-event-refs.js';
import { checkEvents, isMessageThrow } from './check-events.js';
import { expressionsOf } from './expressions-of.js';
import { FEATURE_LABELS, NOT_YET_SUPPORTED, featuresOf } from './not-yet-supported.js';

export interface ExecutabilityContext {
  /** form keys and form ids the deploy call makes available (already deployed plus those deployed with it) */
  readonly knownForms: ReadonlySet<string>;
  /** the deploy's time, for timers with a fixed date (default: now) */
  readonly now?: number;
}

/** Baton's own deploy rules: what the runtime needs from a model beyond bpmnlint's structural checks. */
export function checkExecutability(model: ProcessModel, context: ExecutabilityContext): DeployProblem[] {
  const problems: DeployProblem[] = [...checkEvents(model, context.now ?? Date.now()), ...checkEventRefs(model), ...checkActivities(model), ...checkCompensation(model)];
  const error = (el: FlowNode | SequenceFlow, rule: string, message: (e: LocalizedText) => LocalizedText) =>
    problems.push({ elementId: el.id, rule: `baton/${rule}`, severity: 'error', message: message(describeElement(el)) });

  for (const node of Object.values(model.nodes)) {
    for (const feature of featuresOf(node).filter((f) => NOT_YET_SUPPORTED.has(f))) {
      const label = FEATURE_LABELS[feature];
      error(node, 'not-yet-supported', (e) => ({
        en: `${e.en} (${node.kind}) uses ${label.en}, which is not yet supported by this Baton version.`,
        'zh-CN': `${e['zh-CN']}（${node.kind}）使用了${label['zh-CN']}，当前版本的 Baton 尚不支持。`,
      }));
    }
    if ((node.kind === 'exclusiveGateway' || node.kind === 'inclusiveGateway') && node.outgoing.length > 1) {
      for (const flow of node.outgoing.map((id) => model.flows[id]).filter((f) => f && !f.isDefault && !f.condition && !f.nonFeelCondition)) {
        error(flow, 'gateway-flow-condition', (e) => ({
          en: `Sequence flow ${e.en} leaves gateway ${describeElement(node).en} without a condition and is not its default flow; add a condition or mark it as the default.`,
          'zh-CN': `连线 ${e['zh-CN']} 从网关 ${describeElement(node)['zh-CN']} 引出，但既没有条件也不是默认连线；请添加条件或将其设为默认连线。`,
        }));
      }
    }
    const jobTask = node.kind === 'serviceTask' || node.kind === 'sendTask' || (node.kind === 'businessRuleTask' && !node.calledDecisionId) || isMessageThrow(node);
    if (jobTask && !node.taskDefinition?.type?.trim()) {
      error(node, 'job-type-required', (e) => ({
        en: `${e.en} has no job type (zeebe:taskDefinition type), so no worker or connector would ever pick it up.`,
        'zh-CN': `${e['zh-CN']} 没有设置作业类型（zeebe:taskDefinition type），不会有任何执行器或连接器处理它。`,
      }));
    }
    if (node.kind === 'scriptTask' && node.inlineScriptFormat !== undefined && !node.script && !node.taskDefinition) {
      error(node, 'script-not-feel', (e) => ({
        en: `${e.en} contains a ${node.inlineScriptFormat} script; Baton only runs FEEL scripts (zeebe:script) or job workers.`,
        'zh-CN': `${e['zh-CN']} 包含 ${node.inlineScriptFormat} 脚本；Baton 只执行 FEEL 脚本（zeebe:script）或作业执行器。`,
      }));
    } else if (node.kind === 'scriptTask' && !node.script && !node.taskDefinition?.type?.trim()) {
      error(node, 'script-required', (e) => ({
        en: `${e.en} has neither a FEEL script (zeebe:script) nor a job type.`,
        'zh-CN': `${e['zh-CN']} 既没有 FEEL 脚本（zeebe:script），也没有作业类型。`,
      }));
    }
    const form = node.kind === 'userTask' ? node.form : node.kind === 'startEvent' ? { formKey: node.formKey, formId: node.formId } : undefined;
    const formRef = form?.formId ?? form?.formKey;
    if (formRef !== undefined && !context.knownForms.has(formRef)) {
      error(node, 'form-not-deployed', (e) => ({
        en: `${e.en} uses form "${formRef}", which is not deployed; deploy the form first or pick another one.`,
        'zh-CN': `${e['zh-CN']} 使用的表单“${formRef}”尚未发布；请先发布该表单或选择其他表单。`,
      }));
    }
    if (node.kind === 'userTask' && node.fieldPermissionsInvalid !== undefined) {
      error(node, 'field-permissions', (e) => ({
        en: `${e.en} has field permissions that are not a JSON map of field keys to hidden, view, edit or required: ${node.fieldPermissionsInvalid}`,
        'zh-CN': `${e['zh-CN']} 的字段权限不是“字段键 → hidden、view、edit 或 required”的 JSON 映射：${node.fieldPermissionsInvalid}`,
      }));
    }
    if (node.kind === 'userTask' && node.slaInvalid !== undefined) {
      const reason = node.slaInvalid;
      error(node, 'sla-policy', (e) => ({ en: `${e.en} has an SLA policy (baton:sla) Baton cannot use: ${reason.en}`, 'zh-CN': `${e['zh-CN']} 的 SLA 策略（baton:sla）无法使用：${reason['zh-CN']}` }));
    }
    if (node.kind === 'userTask' && node.approvalInvalid !== undefined) {
      const reason = node.approvalInvalid;
      error(node, 'approval-actions', (e) => ({ en: `${e.en} has approval settings Baton cannot use: ${reason.en}`, 'zh-CN': `${e['zh-CN']} 的审批设置无法使用：${reason['zh-CN']}` }));
    }
    for (const { field, expression } of expressionsOf(node)) {
      for (const issue of checkFeel(expression)) error(node, feelRule(issue), (e) => feelMessage(e, field, expression, issue));
    }
  }
  for (const flow of Object.values(model.flows)) {
    if (flow.nonFeelCondition !== undefined) {
      error(flow, 'condition-not-feel', (e) => ({
        en: `The condition of sequence flow ${e.en} is not a FEEL expression: write it as "=" followed by FEEL, e.g. "= amount > 1000".`,
        'zh-CN': `连线 ${e['zh-CN']} 的条件不是 FEEL 表达式：请以“=”开头书写 FEEL，例如“= amount > 1000”。`,
      }));
    }
    if (flow.condition !== undefined) {
      for (const issue of checkFeel(flow.condition)) error(flow, feelRule(issue), (e) => feelMessage(e, 'condition', flow.condition ?? '', issue));
    }
  }
  return problems;
}

function feelRule(issue: FeelIssue): string {
  return issue.kind === 'syntax' ? 'feel-syntax' : 'feel-unknown-function';
}

function feelMessage(e: LocalizedText, field: string, expression: string, issue: FeelIssue): LocalizedText {
  if (issue.kind === 'unknown-function') {
    return {
      en: `The ${field} of ${e.en} calls "${issue.name}", which is not a known FEEL function.`,
      'zh-CN': `${e['zh-CN']} 的 ${field} 调用了“${issue.name}”，这不是已知的 FEEL 函数。`,
    };
  }
  return {
    en: `The ${field} of ${e.en} is not valid FEEL ("${expression}"), near "${issue.near}".`,
    'zh-CN': `${e['zh-CN']} 的 ${field} 不是有效的 FEEL 表达式（“${expression}”），问题出现在“${issue.near}”附近。`,
  };
}
