// A user task's approval settings as the modeller edits them, in `zeebe:properties` as the server reads them
// (engine/parse/read-approval-actions.ts and read-countersign.ts). Pure: values in, property updates out.

export const APPROVAL_ACTIONS_PROPERTY = 'baton:approvalActions';
export const APPROVAL_VARIABLE_PROPERTY = 'baton:approvalVariable';
export const COUNTERSIGN_PROPERTY = 'baton:countersign';
export const REJECT_VARIABLE_PROPERTY = 'baton:rejectVariable';

export const APPROVAL_ACTIONS = ['approve', 'reject', 'return', 'transfer', 'delegate', 'addSigner', 'cc'] as const;
export type ApprovalAction = (typeof APPROVAL_ACTIONS)[number];
/** What a task offers without `baton:approvalActions`: no vote (a plain "complete"), hand-over, copy, return. */
export const DEFAULT_APPROVAL_ACTIONS: readonly ApprovalAction[] = [
  'return',
  'transfer',
  'delegate',
  'addSigner',
  'cc',
];
export const DEFAULT_APPROVAL_VARIABLE = 'approved';

const APPROVAL_VARIABLE = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const REJECT_VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

export type PropertyUpdates = Record<string, string | undefined>;

export interface ApprovalForm {
  actions: ApprovalAction[];
  /** the variable approve (true) / reject (false) complete the task with */
  variable: string;
  /** actions the stored value names that Baton does not know (the deploy refuses them) */
  unknown: string[];
}

/** The actions and variable a task offers, as the server reads them: defaults when the properties are absent. */
export function readApproval(properties: ReadonlyMap<string, string>): ApprovalForm {
  const raw = properties.get(APPROVAL_ACTIONS_PROPERTY);
  const listed =
    raw === undefined
      ? [...DEFAULT_APPROVAL_ACTIONS]
      : raw
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean);
  const known = APPROVAL_ACTIONS.filter((action) => listed.includes(action));
  const unknown = listed.filter((action) => !(APPROVAL_ACTIONS as readonly string[]).includes(action));
  return {
    actions: known,
    variable: properties.get(APPROVAL_VARIABLE_PROPERTY)?.trim() || DEFAULT_APPROVAL_VARIABLE,
    unknown,
  };
}

/** Undefined when the name is a plain variable name the server accepts, else the message key of the problem. */
export function approvalVariableProblem(name: string): 'variable' | undefined {
  return name.trim() === '' || APPROVAL_VARIABLE.test(name.trim()) ? undefined : 'variable';
}

/**
 * The properties for these settings: the actions in Baton's order (removed when they are the defaults, which the
 * server assumes then), the variable (removed when it is the default `approved`).
 */
export function approvalUpdates(actions: readonly ApprovalAction[], variable: string): PropertyUpdates {
  const ordered = APPROVAL_ACTIONS.filter((action) => actions.includes(action));
  const isDefault =
    ordered.length === DEFAULT_APPROVAL_ACTIONS.length &&
    ordered.every((action) => DEFAULT_APPROVAL_ACTIONS.includes(action));
  const name = variable.trim();
  return {
    [APPROVAL_ACTIONS_PROPERTY]: isDefault ? undefined : ordered.join(','),
    [APPROVAL_VARIABLE_PROPERTY]: name === '' || name === DEFAULT_APPROVAL_VARIABLE ? undefined : name,
  };
}

/** The same settings with one action switched on or off. */
export function toggleAction(form: ApprovalForm, action: ApprovalAction, on: boolean): PropertyUpdates {
  const actions = on ? [...form.actions, action] : form.actions.filter((a) => a !== action);
  return approvalUpdates(actions, form.variable);
}

export type CountersignMode = '' | 'all' | 'any' | 'percent';

export interface CountersignForm {
  /** '' = a plain multi-instance task (every instance completes, no vote) */
  mode: CountersignMode;
  /** for `percent`: 1..100 */
  percent: number;
  rejectVariable: string;
  /** the stored mode when Baton cannot read it */
  invalid?: string;
}

export function readCountersign(properties: ReadonlyMap<string, string>): CountersignForm {
  const mode = properties.get(COUNTERSIGN_PROPERTY)?.trim();
  const rejectVariable = properties.get(REJECT_VARIABLE_PROPERTY)?.trim() ?? '';
  if (mode === undefined) return { mode: rejectVariable ? 'all' : '', percent: 50, rejectVariable };
  if (mode === 'all' || mode === 'any') return { mode, percent: 50, rejectVariable };
  const percent = /^percent:\s*(\d{1,3})$/.exec(mode);
  if (percent && Number(percent[1]) >= 1 && Number(percent[1]) <= 100)
    return { mode: 'percent', percent: Number(percent[1]), rejectVariable };
  return { mode: '', percent: 50, rejectVariable, invalid: mode };
}

export function percentProblem(text: string): 'percent' | undefined {
  return /^\d{1,3}$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= 100 ? undefined : 'percent';
}

export function rejectVariableProblem(name: string): 'variable' | undefined {
  return name.trim() === '' || REJECT_VARIABLE.test(name.trim()) ? undefined : 'variable';
}

/** The countersign properties; a plain multi-instance task (mode '') has neither. */
export function countersignUpdates(
  form: Pick<CountersignForm, 'mode' | 'percent' | 'rejectVariable'>,
): PropertyUpdates {
  if (form.mode === '') return { [COUNTERSIGN_PROPERTY]: undefined, [REJECT_VARIABLE_PROPERTY]: undefined };
  return {
    [COUNTERSIGN_PROPERTY]: form.mode === 'percent' ? `percent:${form.percent}` : form.mode,
    [REJECT_VARIABLE_PROPERTY]: form.rejectVariable.trim() || undefined,
  };
}
