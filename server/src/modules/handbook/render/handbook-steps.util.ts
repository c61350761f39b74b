import type { FormSchema } from '@baton/sdk';
import type { Locale } from '../../../common/errors/baton.exception.js';
import type { FlowNode, ProcessModel, UserTaskNode } from '../../../engine/index.js';
import { listFormFields } from '../../form/utils/form-fields.util.js';
import { escapeHtml as e } from './escape.util.js';
import { conditionInWords, deadlineInWords, durationInWords, Labels } from './feel-words.util.js';

export interface HandbookContext {
  lang: Locale;
  /** group key → name in the handbook language */
  groups: ReadonlyMap<string, string>;
  /** user id and email → name */
  people: ReadonlyMap<string, string>;
  /** form key → latest deployed schema */
  forms: ReadonlyMap<string, FormSchema>;
}

const T = {
  start: { en: 'Start', zh: '开始' },
  end: { en: 'End', zh: '结束' },
  role: { en: 'Who', zh: '处理人' },
  form: { en: 'Form', zh: '表单' },
  deadline: { en: 'Deadline', zh: '期限' },
  followUp: { en: 'Follow up', zh: '跟进' },
  escalation: { en: 'Escalation', zh: '升级' },
  decision: { en: 'Decision', zh: '判断条件' },
  otherwise: { en: 'otherwise', zh: '其他情况' },
  when: { en: 'when', zh: '当' },
  always: { en: 'always', zh: '总是' },
  anyone: { en: 'anyone in the workspace', zh: '工作区中的任何人' },
  groups: { en: 'members of', zh: '以下组的成员：' },
  variable: { en: 'the person in', zh: '变量指定的人：' },
  editable: { en: 'editable', zh: '可编辑' },
  readOnly: { en: 'read-only', zh: '只读' },
  field: { en: 'Field', zh: '字段' },
  key: { en: 'Key', zh: '键' },
  access: { en: 'In this step', zh: '本步骤' },
  automatic: { en: 'Automatic step', zh: '自动步骤' },
  notDeployed: { en: 'form not deployed', zh: '表单未发布' },
  interrupting: { en: 'the task is cancelled and the flow goes to', zh: '任务取消并转到' },
  nonInterrupting: { en: 'the task stays open and the flow also goes to', zh: '任务保留，同时转到' },
  after: { en: 'After', zh: '超过' },
} as const;

export function t(key: keyof typeof T, lang: Locale): string {
  return lang === 'zh-CN' ? T[key].zh : T[key].en;
}

/** Nodes in the order a token meets them: breadth-first from the start events, process scope first. */
export function stepsInOrder(model: ProcessModel): FlowNode[] {
  const seen = new Set<string>();
  const order: FlowNode[] = [];
  const queue = Object.values(model.scopes).flatMap((scope) => [...scope.startEventIds]);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const node = model.nodes[id];
    if (!node || seen.has(id)) continue;
    seen.add(id);
    order.push(node);
    for (const flowId of node.outgoing) queue.push(model.flows[flowId]?.targetId ?? '');
    if ('boundaryEventIds' in node) queue.push(...node.boundaryEventIds);
  }
  return [...order, ...Object.values(model.nodes).filter((n) => !seen.has(n.id))];
}

/** One `<li>` per step worth describing: start, user tasks, decisions, automatic steps, ends. */
export function stepHtml(node: FlowNode, model: ProcessModel, ctx: HandbookContext, labels: Labels): string | null {
  const { lang } = ctx;
  const title = (fallback: string) => `<h3>${e(node.name?.trim() || fallback)} <code>${e(node.id)}</code></h3>`;
  switch (node.kind) {
    case 'startEvent': {
      if (node.scopeId !== model.id) return null;
      const form = node.formId ?? node.formKey;
      return `<li class="step start">${title(t('start', lang))}${form ? formHtml(form, ctx) : ''}</li>`;
    }
    case 'userTask':
      return `<li class="step task">${title(node.id)}${userTaskHtml(node, model, ctx)}</li>`;
    case 'exclusiveGateway':
    case 'inclusiveGateway':
      return `<li class="step decision">${title(t('decision', lang))}<ul>${node.outgoing.map((flowId) => {
        const flow = model.flows[flowId];
        const target = model.nodes[flow.targetId];
        const targetName = e(target?.name?.trim() || flow.targetId);
        const condition = flow.condition ?? flow.nonFeelCondition;
        let when: string;
        if (flow.isDefault || node.defaultFlowId === flow.id) when = e(t('otherwise', lang));
        else if (condition) {
          const words = conditionInWords(condition, labels, lang);
          when = `${e(t('when', lang))} ${words ? e(words) : `<code>${e(condition)}</code>`}`;
        } else when = e(flow.name?.trim() || t('always', lang));
        return `<li>${when} → <strong>${targetName}</strong></li>`;
      }).join('')}</ul></li>`;
    case 'serviceTask':
    case 'sendTask':
    case 'businessRuleTask':
    case 'scriptTask':
      return `<li class="step auto">${title(node.id)}<p>${e(t('automatic', lang))}${'taskDefinition' in node && node.taskDefinition?.type ? ` (<code>${e(node.taskDefinition.type)}</code>)` : ''}</p></li>`;
    case 'endEvent':
      return node.scopeId === model.id ? `<li class="step end">${title(t('end', lang))}</li>` : null;
    default:
      return null;
  }
}

function userTaskHtml(node: UserTaskNode, model: ProcessModel, ctx: HandbookContext): string {
  const { lang } = ctx;
  const rows: string[] = [`<p><strong>${e(t('role', lang))}:</strong> ${roleHtml(node, ctx)}</p>`];
  const due = node.schedule?.dueDate;
  if (due) rows.push(`<p><strong>${e(t('deadline', lang))}:</strong> ${expressionHtml(deadlineInWords(due, lang), due)}</p>`);
  const followUp = node.schedule?.followUpDate;
  if (followUp) rows.push(`<p><strong>${e(t('followUp', lang))}:</strong> ${expressionHtml(deadlineInWords(followUp, lang), followUp)}</p>`);
  for (const boundaryId of node.boundaryEventIds) {
    const boundary = model.nodes[boundaryId];
    if (boundary?.kind !== 'boundaryEvent') continue;
    const timer = boundary.eventDefinitions.find((d) => d.kind === 'timer');
    if (!timer || timer.kind !== 'timer') continue;
    const when = timer.timeDuration ? (durationInWords(timer.timeDuration, lang) ?? timer.timeDuration) : (timer.timeDate ?? timer.timeCycle ?? '');
    const targets = boundary.outgoing.map((f) => model.nodes[model.flows[f]?.targetId]).map((n) => e(n?.name?.trim() || n?.id || '')).join(', ');
    rows.push(`<p><strong>${e(t('escalation', lang))}:</strong> ${e(t('after', lang))} ${e(when)}, ${e(t(boundary.cancelActivity ? 'interrupting' : 'nonInterrupting', lang))} <strong>${targets}</strong></p>`);
  }
  const form = node.form?.formId ?? node.form?.formKey;
  if (form) rows.push(formHtml(form, ctx));
  return rows.join('');
}

function roleHtml(node: UserTaskNode, ctx: HandbookContext): string {
  const { lang } = ctx;
  const a = node.assignment;
  const parts: string[] = [];
  const names = (list: string, lookup: ReadonlyMap<string, string>) => list.split(',').map((s) => s.trim()).filter(Boolean).map((k) => e(lookup.get(k) ?? lookup.get(k.toLowerCase()) ?? k)).join(lang === 'zh-CN' ? '、' : ', ');
  const isFeel = (v: string) => v.trim().startsWith('=');
  if (a?.assignee) parts.push(isFeel(a.assignee) ? `${e(t('variable', lang))} <code>${e(a.assignee.trim().slice(1).trim())}</code>` : names(a.assignee, ctx.people));
  if (a?.candidateGroups) parts.push(isFeel(a.candidateGroups) ? `<code>${e(a.candidateGroups)}</code>` : `${e(t('groups', lang))} ${names(a.candidateGroups, ctx.groups)}`);
  if (a?.candidateUsers) parts.push(isFeel(a.candidateUsers) ? `<code>${e(a.candidateUsers)}</code>` : names(a.candidateUsers, ctx.people));
  return parts.length ? parts.join('; ') : e(t('anyone', lang));
}

function formHtml(formKey: string, ctx: HandbookContext): string {
  const { lang } = ctx;
  const schema = ctx.forms.get(formKey);
  if (!schema) return `<p><strong>${e(t('form', lang))}:</strong> <code>${e(formKey)}</code> (${e(t('notDeployed', lang))})</p>`;
  const rows = listFormFields(schema).filter((f) => !f.inList).map((f) => {
    const c = f.component as { label?: unknown; readonly?: unknown; disabled?: unknown; permissions?: Record<string, string> };
    const readOnly = c.readonly === true || c.disabled === true;
    const perms = c.permissions ? Object.entries(c.permissions).map(([role, access]) => `${role}: ${access}`).join(', ') : '';
    const access = `${e(t(readOnly ? 'readOnly' : 'editable', lang))}${perms ? ` <small>(${e(perms)})</small>` : ''}`;
    return `<tr><td>${e(typeof c.label === 'string' && c.label ? c.label : f.key)}</td><td><code>${e(f.key)}</code></td><td>${access}</td></tr>`;
  });
  return `<p><strong>${e(t('form', lang))}:</strong> <code>${e(formKey)}</code></p><table><thead><tr><th>${e(t('field', lang))}</th><th>${e(t('key', lang))}</th><th>${e(t('access', lang))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function expressionHtml(words: string | null, expression: string): string {
  return words ? e(words) : `<code>${e(expression)}</code>`;
}

/** Field key → label over the forms a process uses, so conditions read in the form's words. */
export function labelsOf(model: ProcessModel, forms: ReadonlyMap<string, FormSchema>): Map<string, string> {
  const labels = new Map<string, string>();
  for (const node of Object.values(model.nodes)) {
    const key = node.kind === 'userTask' ? (node.form?.formId ?? node.form?.formKey) : node.kind === 'startEvent' ? (node.formId ?? node.formKey) : undefined;
    const schema = key ? forms.get(key) : undefined;
    for (const field of schema ? listFormFields(schema) : []) {
      const label = (field.component as { label?: unknown }).label;
      if (typeof label === 'string' && label && !labels.has(field.key)) labels.set(field.key, label);
    }
  }
  return labels;
}
