import type { LocalizedText } from '../deploy-problem.js';
import { children, extension, type ModdleElement, text } from './moddle-element.js';

export const APPROVAL_ACTIONS_PROPERTY = 'baton:approvalActions';
export const APPROVAL_VARIABLE_PROPERTY = 'baton:approvalVariable';

/** The approval actions a user task may offer (同意, 拒绝, 退回, 转交, 委托, 加签, 抄送). */
export const APPROVAL_ACTIONS = ['approve', 'reject', 'return', 'transfer', 'delegate', 'addSigner', 'cc'] as const;
export type ApprovalAction = (typeof APPROVAL_ACTIONS)[number];

/**
 * Without `baton:approvalActions` a task is completed (no approve / reject vote) and may be handed over, copied,
 * returned and given an extra signer, as in Jiandaoyun's default node settings.
 */
export const DEFAULT_APPROVAL_ACTIONS: readonly ApprovalAction[] = ['return', 'transfer', 'delegate', 'addSigner', 'cc'];

export interface ApprovalSettings {
  readonly actions: readonly ApprovalAction[];
  /** the boolean variable approve (true) and reject (false) complete the task with; default `approved` */
  readonly variable: string;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The step's approval settings from `zeebe:properties`: `baton:approvalActions` (comma-separated, e.g.
 * `approve,reject,return,transfer`) and `baton:approvalVariable`. Unknown actions or a variable that is not a plain
 * name are kept as a reason for the deploy lint to name.
 */
export function readApprovalSettings(el: ModdleElement): { approval?: ApprovalSettings; approvalInvalid?: LocalizedText } {
  const properties = children(extension(el, 'zeebe:Properties'), 'properties');
  const value = (name: string) => {
    const property = properties.find((p) => text(p, 'name') === name);
    return property ? (text(property, 'value') ?? '') : undefined;
  };
  const rawActions = value(APPROVAL_ACTIONS_PROPERTY);
  const rawVariable = value(APPROVAL_VARIABLE_PROPERTY);
  if (rawActions === undefined && rawVariable === undefined) return {};
  const actions = rawActions === undefined ? [...DEFAULT_APPROVAL_ACTIONS] : rawActions.split(',').map((a) => a.trim()).filter(Boolean);
  const unknown = actions.filter((a) => !(APPROVAL_ACTIONS as readonly string[]).includes(a));
  if (unknown.length > 0) {
    const list = APPROVAL_ACTIONS.join(', ');
    return { approvalInvalid: { en: `unknown approval action(s) ${unknown.join(', ')} (allowed: ${list})`, 'zh-CN': `未知的审批操作 ${unknown.join('、')}（可用：${list}）` } };
  }
  const variable = (rawVariable ?? 'approved').trim();
  if (!NAME.test(variable)) {
    return { approvalInvalid: { en: `the approval variable "${variable}" is not a plain variable name`, 'zh-CN': `审批结果变量“${variable}”不是合法的变量名` } };
  }
  return { approval: { actions: [...new Set(actions)] as ApprovalAction[], variable } };
}

/** What a task offers: its model's settings or the defaults. */
export function approvalOf(node: { approval?: ApprovalSettings } | undefined): ApprovalSettings {
  return node?.approval ?? { actions: DEFAULT_APPROVAL_ACTIONS, variable: 'approved' };
}

/** True when the step votes: completing it must say approve (true) or reject (false) in the approval variable. */
export const votes = (settings: ApprovalSettings): boolean => settings.actions.includes('approve') || settings.actions.includes('reject');
