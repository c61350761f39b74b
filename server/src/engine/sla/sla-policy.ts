import { BusinessDurationError, parseBusinessDuration } from '../calendar/business-time.js';
import type { LocalizedText } from '../deploy-problem.js';

/** The `zeebe:property` holding a user task's SLA policy (JSON), like `baton:fieldPermissions`. */
export const SLA_PROPERTY = 'baton:sla';

export type SlaDeadline = 'respond' | 'complete';
export type SlaActionKind = 'remind' | 'notifyManager' | 'reassign' | 'complete' | 'escalate';

/**
 * What happens at a threshold: `offset` (a business duration, negative before) from one deadline. `remind` mails the
 * assignee (or the candidates); `notifyManager` mails the members of `group`; `reassign` hands the task to `group`
 * (assignee cleared); `complete` completes it with `variables`; `escalate` throws the BPMN escalation `escalationCode`
 * from the task, caught by its escalation boundary events (or further out) as a thrown escalation would be.
 */
export interface SlaThreshold {
  readonly deadline: SlaDeadline;
  readonly offset: string;
  readonly action: SlaActionKind;
  readonly group?: string;
  readonly variables?: Readonly<Record<string, unknown>>;
  readonly escalationCode?: string;
}

/** A user task's SLA: business durations from its creation, counted on the workspace's business calendar. */
export interface SlaPolicy {
  readonly respondWithin?: string;
  readonly completeWithin?: string;
  /** how long before a deadline the task counts as at risk (default: the last fifth of its window) */
  readonly atRiskBefore?: string;
  readonly thresholds: readonly SlaThreshold[];
}

const ACTIONS: readonly SlaActionKind[] = ['remind', 'notifyManager', 'reassign', 'complete', 'escalate'];
const TOP_KEYS = new Set(['respondWithin', 'completeWithin', 'atRiskBefore', 'thresholds']);
const THRESHOLD_KEYS = new Set(['deadline', 'offset', 'action', 'group', 'variables', 'escalationCode']);
const MAX_THRESHOLDS = 20;

export class SlaPolicyError extends Error {
  constructor(readonly reason: LocalizedText) {
    super(reason.en);
    this.name = 'SlaPolicyError';
  }
}

const refuse = (en: string, zh: string): never => {
  throw new SlaPolicyError({ en, 'zh-CN': zh });
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function duration(value: unknown, key: string, positive: boolean): string {
  if (typeof value !== 'string') return refuse(`${key} must be a business duration such as PT4H or P2D.`, `${key} 必须是工作时长，例如 PT4H 或 P2D。`);
  try {
    const parsed = parseBusinessDuration(value);
    if (positive && (parsed.sign < 0 || (parsed.days === 0 && parsed.ms === 0))) refuse(`${key} must be longer than zero.`, `${key} 必须大于零。`);
  } catch (error) {
    if (error instanceof BusinessDurationError) refuse(`${key}: ${error.reason.en}`, `${key}：${error.reason['zh-CN']}`);
    throw error;
  }
  return value.trim();
}

/** Reads and checks a `baton:sla` value; throws SlaPolicyError naming the key at fault, in en and zh-CN. */
export function parseSlaPolicy(raw: string): SlaPolicy {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return refuse(`The SLA policy is not valid JSON: ${raw.slice(0, 200)}`, `SLA 策略不是有效的 JSON：${raw.slice(0, 200)}`);
  }
  if (!isObject(json)) return refuse('The SLA policy must be a JSON object.', 'SLA 策略必须是 JSON 对象。');
  for (const key of Object.keys(json)) if (!TOP_KEYS.has(key)) refuse(`The SLA policy has an unknown key "${key}".`, `SLA 策略包含未知的键“${key}”。`);
  const respondWithin = json.respondWithin === undefined ? undefined : duration(json.respondWithin, 'respondWithin', true);
  const completeWithin = json.completeWithin === undefined ? undefined : duration(json.completeWithin, 'completeWithin', true);
  if (!respondWithin && !completeWithin) refuse('The SLA policy needs respondWithin or completeWithin.', 'SLA 策略需要 respondWithin 或 completeWithin。');
  const atRiskBefore = json.atRiskBefore === undefined ? undefined : duration(json.atRiskBefore, 'atRiskBefore', true);
  const list = json.thresholds ?? [];
  if (!Array.isArray(list)) return refuse('thresholds must be a list.', 'thresholds 必须是列表。');
  if (list.length > MAX_THRESHOLDS) refuse(`At most ${MAX_THRESHOLDS} thresholds.`, `最多 ${MAX_THRESHOLDS} 个阈值。`);
  const thresholds = list.map((item, i) => threshold(item, `thresholds[${i}]`, { respond: respondWithin !== undefined, complete: completeWithin !== undefined }));
  return { ...(respondWithin && { respondWithin }), ...(completeWithin && { completeWithin }), ...(atRiskBefore && { atRiskBefore }), thresholds };
}

function threshold(item: unknown, key: string, deadlines: Record<SlaDeadline, boolean>): SlaThreshold {
  if (!isObject(item)) return refuse(`${key} must be an object.`, `${key} 必须是对象。`);
  for (const name of Object.keys(item)) if (!THRESHOLD_KEYS.has(name)) refuse(`${key} has an unknown key "${name}".`, `${key} 包含未知的键“${name}”。`);
  const deadline = item.deadline ?? 'complete';
  if (deadline !== 'respond' && deadline !== 'complete') return refuse(`${key}.deadline must be "respond" or "complete".`, `${key}.deadline 必须是 "respond" 或 "complete"。`);
  if (!deadlines[deadline]) refuse(`${key} counts from the ${deadline} deadline, which the policy does not set (${deadline}Within).`, `${key} 基于 ${deadline} 截止时间，但策略没有设置 ${deadline}Within。`);
  const offset = item.offset === undefined ? 'PT0S' : duration(item.offset, `${key}.offset`, false);
  const action = item.action as SlaActionKind;
  if (!ACTIONS.includes(action)) refuse(`${key}.action must be one of ${ACTIONS.join(', ')}.`, `${key}.action 必须是 ${ACTIONS.join('、')} 之一。`);
  const text = (name: 'group' | 'escalationCode') => {
    const value = item[name];
    if (typeof value !== 'string' || value.trim() === '' || value.length > 255) refuse(`${key}.${name} is required for ${action}: a non-empty text.`, `${key}.${name} 是 ${action} 必需的非空文本。`);
    return (value as string).trim();
  };
  if (action === 'notifyManager' || action === 'reassign') return { deadline, offset, action, group: text('group') };
  if (action === 'escalate') return { deadline, offset, action, escalationCode: text('escalationCode') };
  if (action === 'complete') {
    if (item.variables !== undefined && !isObject(item.variables)) refuse(`${key}.variables must be a JSON object.`, `${key}.variables 必须是 JSON 对象。`);
    return { deadline, offset, action, variables: (item.variables as Record<string, unknown> | undefined) ?? {} };
  }
  return { deadline, offset, action };
}
