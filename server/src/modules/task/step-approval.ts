import type { EntityManager } from 'typeorm';
import { type ApprovalAction, type ApprovalSettings, approvalOf, votes } from '../../engine/parse/read-approval-actions.js';
import { loadModel } from '../../engine/runtime/load-model.js';
import { TaskException } from './task.exception.js';

/**
 * The approval actions this user task's model offers (or the defaults), read from its instance's definition (pass
 * `definitionId` when the caller holds the locked instance already: one query less).
 */
export async function stepApproval(em: EntityManager, processInstanceId: string, elementId: string, definitionId?: string): Promise<ApprovalSettings> {
  const [row]: { definition_id: string }[] = definitionId
    ? [{ definition_id: definitionId }]
    : await em.query(`SELECT definition_id FROM process_instances WHERE id = $1`, [processInstanceId]);
  const node = row ? (await loadModel(em, row.definition_id)).nodes[elementId] : undefined;
  return approvalOf(node?.kind === 'userTask' ? node : undefined);
}

/** Refuses an approval action the task's model does not offer (`ACTION_NOT_ALLOWED`, naming the action and element). */
export async function requireApprovalAction(em: EntityManager, task: { id: string; processInstanceId: string; elementId: string }, action: ApprovalAction): Promise<void> {
  const settings = await stepApproval(em, task.processInstanceId, task.elementId);
  if (!settings.actions.includes(action)) {
    throw new TaskException('ACTION_NOT_ALLOWED', { params: { id: task.id, action, elementId: task.elementId, allowed: settings.actions.join(', ') || '—' } });
  }
}

/**
 * A voting step (approve / reject offered) completes with its approval variable set to true (approve) or false
 * (reject): the vote it carries into the process (kept even when the task's form has no such field). Anything else
 * is refused naming the variable; a step offering only approve (or only reject) takes only that answer.
 */
export async function voteOf(
  em: EntityManager,
  task: { id: string; processInstanceId: string; elementId: string; formKey?: string | null; formId?: string | null },
  variables: Record<string, unknown>,
  definitionId?: string,
): Promise<Record<string, boolean>> {
  const settings = await stepApproval(em, task.processInstanceId, task.elementId, definitionId);
  if (!votes(settings)) return {};
  const vote = variables[settings.variable];
  const allowed = typeof vote === 'boolean' && settings.actions.includes(vote ? 'approve' : 'reject');
  if (allowed) return { [settings.variable]: vote };
  const answers = [settings.actions.includes('approve') && 'true', settings.actions.includes('reject') && 'false'].filter(Boolean).join(' or ');
  throw new TaskException('INVALID_VARIABLES', {
    params: { id: task.id, formKey: task.formId ?? task.formKey ?? '-', count: 1 },
    fields: [{ key: settings.variable, rule: 'approval', message: { en: `Approve or reject: ${settings.variable} must be ${answers}.`, 'zh-CN': `请同意或拒绝：${settings.variable} 须为 ${answers}。` } }],
  });
}
