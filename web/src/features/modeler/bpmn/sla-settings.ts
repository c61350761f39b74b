// A user task's SLA policy as the modeller edits it: the JSON of `zeebe:property name="baton:sla"`, read by the
// server's engine/sla/sla-policy.ts (same keys, same checks, so a policy the panel accepts deploys). Pure.

export const SLA_PROPERTY = 'baton:sla';
export const SLA_DEADLINES = ['respond', 'complete'] as const;
export const SLA_ACTIONS = ['remind', 'notifyManager', 'reassign', 'complete', 'escalate'] as const;
export type SlaDeadline = (typeof SLA_DEADLINES)[number];
export type SlaActionKind = (typeof SLA_ACTIONS)[number];
export type SlaDurationKey = 'respondWithin' | 'completeWithin' | 'atRiskBefore';

export interface SlaThreshold {
  deadline: SlaDeadline;
  /** business duration from the deadline, negative before it (`-PT1H`) */
  offset: string;
  action: SlaActionKind;
  /** notifyManager: whose members are mailed; reassign: who gets the task */
  group?: string;
  /** complete: the variables the task completes with (its outcome) */
  variables?: Record<string, unknown>;
  /** escalate: the BPMN escalation code thrown from the task */
  escalationCode?: string;
}

export interface SlaPolicy {
  respondWithin?: string;
  completeWithin?: string;
  atRiskBefore?: string;
  thresholds: SlaThreshold[];
}

/** A problem the panel shows: a message key under `modeler.panel.sla.error` and its parameters. */
export interface SlaProblem {
  key:
    | 'json'
    | 'duration'
    | 'positive'
    | 'tooLong'
    | 'needDeadline'
    | 'missingDeadline'
    | 'required'
    | 'variables'
    | 'tooMany';
  /** the part at fault, as the server names it: `completeWithin`, `thresholds[1].group` */
  path: string;
  params?: Record<string, string | number>;
}

const DURATION = /^([+-])?P(?:(\d+)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const MAX_DAYS = 3_650;
export const MAX_THRESHOLDS = 20;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a business duration as the server does (days, hours, minutes, seconds; no years, months or weeks):
 * undefined when fine, else the problem. `positive` also refuses zero and negative durations.
 */
export function durationProblem(text: string, path: string, positive: boolean): SlaProblem | undefined {
  const value = text.trim();
  const match = DURATION.exec(value);
  if (!match || value.endsWith('T') || value.replace(/^[+-]/, '') === 'P')
    return { key: 'duration', path, params: { value } };
  if (Number(match[2] ?? 0) > MAX_DAYS) return { key: 'tooLong', path, params: { days: MAX_DAYS } };
  const zero = [match[2], match[3], match[4], match[5]].every((part) => part === undefined || Number(part) === 0);
  if (positive && (match[1] === '-' || zero)) return { key: 'positive', path };
  return undefined;
}

/** Reads a stored `baton:sla` value leniently, so the panel can show and repair it; `problem` when it is not JSON. */
export function parseSla(raw: string | undefined): { policy: SlaPolicy; problem?: SlaProblem } {
  if (raw === undefined || raw.trim() === '') return { policy: { thresholds: [] } };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { policy: { thresholds: [] }, problem: { key: 'json', path: SLA_PROPERTY } };
  }
  if (!isObject(json)) return { policy: { thresholds: [] }, problem: { key: 'json', path: SLA_PROPERTY } };
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const thresholds = (Array.isArray(json.thresholds) ? json.thresholds : [])
    .filter(isObject)
    .map((item): SlaThreshold => ({
      deadline: item.deadline === 'respond' ? 'respond' : 'complete',
      offset: text(item.offset) ?? 'PT0S',
      action: (SLA_ACTIONS as readonly unknown[]).includes(item.action) ? (item.action as SlaActionKind) : 'remind',
      ...(text(item.group) !== undefined && { group: text(item.group) }),
      ...(isObject(item.variables) && { variables: item.variables }),
      ...(text(item.escalationCode) !== undefined && { escalationCode: text(item.escalationCode) }),
    }));
  return {
    policy: {
      ...(text(json.respondWithin) && { respondWithin: text(json.respondWithin) }),
      ...(text(json.completeWithin) && { completeWithin: text(json.completeWithin) }),
      ...(text(json.atRiskBefore) && { atRiskBefore: text(json.atRiskBefore) }),
      thresholds,
    },
  };
}

/** Every problem the server would refuse the policy for, in the order it checks them. */
export function slaProblems(policy: SlaPolicy): SlaProblem[] {
  const problems: SlaProblem[] = [];
  const push = (problem: SlaProblem | undefined) => problem && problems.push(problem);
  for (const key of ['respondWithin', 'completeWithin', 'atRiskBefore'] as const) {
    const value = policy[key];
    if (value !== undefined) push(durationProblem(value, key, true));
  }
  if (!policy.respondWithin && !policy.completeWithin) problems.push({ key: 'needDeadline', path: 'completeWithin' });
  if (policy.thresholds.length > MAX_THRESHOLDS)
    problems.push({ key: 'tooMany', path: 'thresholds', params: { max: MAX_THRESHOLDS } });
  policy.thresholds.forEach((threshold, i) => {
    const path = `thresholds[${i}]`;
    if (!policy[`${threshold.deadline}Within`])
      problems.push({ key: 'missingDeadline', path: `${path}.deadline`, params: { deadline: threshold.deadline } });
    push(durationProblem(threshold.offset, `${path}.offset`, false));
    const required = requiredField(threshold.action);
    if (required === 'group' || required === 'escalationCode') {
      const value = threshold[required]?.trim() ?? '';
      if (value === '' || value.length > 255)
        problems.push({ key: 'required', path: `${path}.${required}`, params: { action: threshold.action } });
    }
  });
  return problems;
}

/** The extra field an action needs: a group, an escalation code or the completion variables. */
export function requiredField(action: SlaActionKind): 'group' | 'escalationCode' | 'variables' | undefined {
  if (action === 'notifyManager' || action === 'reassign') return 'group';
  if (action === 'escalate') return 'escalationCode';
  if (action === 'complete') return 'variables';
  return undefined;
}

/** The threshold with the fields of another action dropped (the server reads only the ones its action uses). */
export function withAction(threshold: SlaThreshold, action: SlaActionKind): SlaThreshold {
  const { deadline, offset } = threshold;
  const field = requiredField(action);
  if (field === 'group') return { deadline, offset, action, group: threshold.group ?? '' };
  if (field === 'escalationCode') return { deadline, offset, action, escalationCode: threshold.escalationCode ?? '' };
  if (field === 'variables') return { deadline, offset, action, variables: threshold.variables ?? {} };
  return { deadline, offset, action };
}

/** A new threshold: a reminder when the deadline the policy has (completion first) is reached. */
export function newThreshold(policy: SlaPolicy): SlaThreshold {
  return {
    deadline: policy.completeWithin || !policy.respondWithin ? 'complete' : 'respond',
    offset: 'PT0S',
    action: 'remind',
  };
}

/** The `baton:sla` value for a policy, or undefined (property removed) when it sets nothing. Keys in the server's order. */
export function serializeSla(policy: SlaPolicy): string | undefined {
  const trimmed = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  const respondWithin = trimmed(policy.respondWithin);
  const completeWithin = trimmed(policy.completeWithin);
  const atRiskBefore = trimmed(policy.atRiskBefore);
  if (!respondWithin && !completeWithin && !atRiskBefore && policy.thresholds.length === 0) return undefined;
  const thresholds = policy.thresholds.map((t) => {
    const field = requiredField(t.action);
    return {
      deadline: t.deadline,
      offset: t.offset.trim() || 'PT0S',
      action: t.action,
      ...(field === 'group' && { group: (t.group ?? '').trim() }),
      ...(field === 'escalationCode' && { escalationCode: (t.escalationCode ?? '').trim() }),
      ...(field === 'variables' && { variables: t.variables ?? {} }),
    };
  });
  return JSON.stringify({
    ...(respondWithin && { respondWithin }),
    ...(completeWithin && { completeWithin }),
    ...(atRiskBefore && { atRiskBefore }),
    thresholds,
  });
}

/** Parses the completion variables typed in the panel: a JSON object, else undefined. */
export function parseVariables(text: string): Record<string, unknown> | undefined {
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
