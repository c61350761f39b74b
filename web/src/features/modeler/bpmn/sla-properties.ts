// The properties-panel group "SLA" of a user task: response and completion deadlines (business durations on the
// workspace's business calendar), the at-risk window and the list of threshold actions, kept as the JSON of
// `zeebe:property name="baton:sla"` (see sla-settings.ts). Every edit is one undoable command; a malformed duration
// is not written and shows its error under the field, problems across fields show at the top of the group.
import { CollapsibleEntry, ListEntry, SelectEntry, TextFieldEntry } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { useCallback } from '@bpmn-io/properties-panel/preact/hooks';
import { useService } from 'bpmn-js-properties-panel';
import { getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';
import type { Element } from 'bpmn-js/lib/model/Types';
import { type BatonDirectory, withCurrent } from './baton-directory';
import {
  SLA_ACTIONS,
  SLA_DEADLINES,
  SLA_PROPERTY,
  type SlaDurationKey,
  type SlaPolicy,
  type SlaProblem,
  type SlaThreshold,
  durationProblem,
  newThreshold,
  parseSla,
  parseVariables,
  requiredField,
  serializeSla,
  slaProblems,
  withAction,
} from './sla-settings';
import { type Injector, writeZeebeProperties, zeebeProperties } from './zeebe-extensions';

interface EntryProps {
  element: Element;
  id: string;
}

const rawSla = (element: Element) => zeebeProperties(element).get(SLA_PROPERTY);
const policyOf = (element: Element): SlaPolicy => parseSla(rawSla(element)).policy;

function writePolicy(injector: Injector, element: Element, change: (policy: SlaPolicy) => SlaPolicy): void {
  writeZeebeProperties(injector, element, { [SLA_PROPERTY]: serializeSla(change(policyOf(element))) });
}

function problemText(directory: BatonDirectory, problem: SlaProblem): string {
  return directory.label(`sla.error.${problem.key}`, { path: problem.path, ...problem.params });
}

// Validators are memoised (useCallback): the text entry re-validates whenever its validator changes, and would clear
// the error of a refused (so unchanged) value on the next render.
function useServices() {
  return {
    injector: useService<Injector>('injector'),
    directory: useService<BatonDirectory>('config.batonDirectory'),
    debounce: useService<unknown>('debounceInput'),
  };
}

/** Problems across fields (a threshold on a deadline the policy lacks, a missing group), or a stored value that is not JSON. */
function SlaProblemsEntry({ element, id }: EntryProps) {
  const { directory } = useServices();
  const raw = rawSla(element);
  if (raw === undefined) return null;
  const parsed = parseSla(raw);
  const problems = parsed.problem ? [parsed.problem] : slaProblems(parsed.policy);
  if (problems.length === 0) return null;
  return h(
    'div',
    { class: 'bio-properties-panel-entry has-error', 'data-entry-id': id, 'data-testid': 'sla-problems' },
    ...problems.map((problem) => h('div', { class: 'bio-properties-panel-error' }, problemText(directory, problem))),
  );
}

function SlaDurationEntry({ element, id, field }: EntryProps & { field: SlaDurationKey }) {
  const { injector, directory, debounce } = useServices();
  return h(TextFieldEntry, {
    element,
    id,
    debounce,
    label: directory.label(`sla.${field}`),
    description: directory.label(`sla.${field}Hint`),
    getValue: () => policyOf(element)[field] ?? '',
    validate: useCallback(
      (value: string) => {
        const problem = (value ?? '').trim() === '' ? undefined : durationProblem(value, field, true);
        return problem ? problemText(directory, problem) : null;
      },
      [directory, field],
    ),
    setValue: (value: string, error?: string | null) => {
      if (error) return;
      writePolicy(injector, element, (policy) => ({ ...policy, [field]: value?.trim() || undefined }));
    },
  });
}

/** Stable item objects per task, so the list keeps each threshold's open state and focus while its JSON is rewritten. */
const handlesByTask = new WeakMap<object, object[]>();
function handles(element: Element, count: number): object[] {
  const bo = getBusinessObject(element) as object;
  let list = handlesByTask.get(bo) ?? [];
  if (list.length !== count) {
    list = list.slice(0, count);
    while (list.length < count) list.push({});
    handlesByTask.set(bo, list);
  }
  return list;
}

function updateThreshold(
  injector: Injector,
  element: Element,
  index: number,
  change: (threshold: SlaThreshold) => SlaThreshold,
): void {
  writePolicy(injector, element, (policy) => ({
    ...policy,
    thresholds: policy.thresholds.map((threshold, i) => (i === index ? change(threshold) : threshold)),
  }));
}

type ThresholdProps = EntryProps & { index: number };

function DeadlineEntry({ element, id, index }: ThresholdProps) {
  const { injector, directory } = useServices();
  return h(SelectEntry, {
    element,
    id,
    label: directory.label('sla.deadline'),
    getValue: () => policyOf(element).thresholds[index]?.deadline ?? 'complete',
    setValue: (value: string) =>
      updateThreshold(injector, element, index, (t) => ({
        ...t,
        deadline: value === 'respond' ? 'respond' : 'complete',
      })),
    getOptions: () =>
      SLA_DEADLINES.map((deadline) => ({ value: deadline, label: directory.label(`sla.deadlines.${deadline}`) })),
  });
}

function OffsetEntry({ element, id, index }: ThresholdProps) {
  const { injector, directory, debounce } = useServices();
  return h(TextFieldEntry, {
    element,
    id,
    debounce,
    label: directory.label('sla.offset'),
    description: directory.label('sla.offsetHint'),
    getValue: () => policyOf(element).thresholds[index]?.offset ?? 'PT0S',
    validate: useCallback(
      (value: string) => {
        const problem =
          (value ?? '').trim() === '' ? undefined : durationProblem(value, `thresholds[${index}].offset`, false);
        return problem ? problemText(directory, problem) : null;
      },
      [directory, index],
    ),
    setValue: (value: string, error?: string | null) => {
      if (error) return;
      updateThreshold(injector, element, index, (t) => ({ ...t, offset: value?.trim() || 'PT0S' }));
    },
  });
}

function ActionEntry({ element, id, index }: ThresholdProps) {
  const { injector, directory } = useServices();
  return h(SelectEntry, {
    element,
    id,
    label: directory.label('sla.action'),
    getValue: () => policyOf(element).thresholds[index]?.action ?? 'remind',
    setValue: (value: string) =>
      updateThreshold(injector, element, index, (t) => withAction(t, SLA_ACTIONS.find((a) => a === value) ?? 'remind')),
    getOptions: () => SLA_ACTIONS.map((action) => ({ value: action, label: directory.label(`sla.actions.${action}`) })),
  });
}

function GroupEntry({ element, id, index }: ThresholdProps) {
  const { injector, directory } = useServices();
  const current = () => policyOf(element).thresholds[index]?.group ?? '';
  return h(SelectEntry, {
    element,
    id,
    label: directory.label('sla.group'),
    getValue: current,
    setValue: (value: string) => updateThreshold(injector, element, index, (t) => ({ ...t, group: value ?? '' })),
    getOptions: () =>
      withCurrent(
        directory.groups.map((group) => ({ value: group.key, label: `${group.label} (${group.key})` })),
        current(),
        directory.label('none'),
      ),
  });
}

function EscalationCodeEntry({ element, id, index }: ThresholdProps) {
  const { injector, directory, debounce } = useServices();
  return h(TextFieldEntry, {
    element,
    id,
    debounce,
    label: directory.label('sla.escalationCode'),
    getValue: () => policyOf(element).thresholds[index]?.escalationCode ?? '',
    validate: useCallback(
      (value: string) =>
        (value ?? '').trim() === ''
          ? directory.label('sla.error.required', { path: 'escalationCode', action: 'escalate' })
          : null,
      [directory],
    ),
    setValue: (value: string) =>
      updateThreshold(injector, element, index, (t) => ({ ...t, escalationCode: value ?? '' })),
  });
}

function VariablesEntry({ element, id, index }: ThresholdProps) {
  const { injector, directory, debounce } = useServices();
  return h(TextFieldEntry, {
    element,
    id,
    debounce,
    label: directory.label('sla.variables'),
    description: directory.label('sla.variablesHint'),
    getValue: () => JSON.stringify(policyOf(element).thresholds[index]?.variables ?? {}),
    validate: useCallback(
      (value: string) =>
        parseVariables(value ?? '')
          ? null
          : directory.label('sla.error.variables', { path: `thresholds[${index}].variables` }),
      [directory, index],
    ),
    setValue: (value: string, error?: string | null) => {
      const variables = parseVariables(value ?? '');
      if (error || !variables) return;
      updateThreshold(injector, element, index, (t) => ({ ...t, variables }));
    },
  });
}

function thresholdLabel(directory: BatonDirectory, threshold: SlaThreshold | undefined): string {
  if (!threshold) return '';
  return directory.label('sla.itemLabel', {
    action: directory.label(`sla.actions.${threshold.action}`),
    deadline: directory.label(`sla.deadlines.${threshold.deadline}`),
    offset: threshold.offset,
  });
}

function ThresholdItem({ element, id: listId, index, open }: ThresholdProps & { open: boolean }) {
  const { directory } = useServices();
  const threshold = policyOf(element).thresholds[index];
  const id = `${listId}-${index}`;
  const entries: Record<string, unknown>[] = [
    { id: `${id}-deadline`, component: DeadlineEntry, index },
    { id: `${id}-offset`, component: OffsetEntry, index },
    { id: `${id}-action`, component: ActionEntry, index },
  ];
  const field = threshold ? requiredField(threshold.action) : undefined;
  if (field === 'group') entries.push({ id: `${id}-group`, component: GroupEntry, index });
  if (field === 'escalationCode') entries.push({ id: `${id}-escalationCode`, component: EscalationCodeEntry, index });
  if (field === 'variables') entries.push({ id: `${id}-variables`, component: VariablesEntry, index });
  return h(CollapsibleEntry, { id, element, entries, label: thresholdLabel(directory, threshold), open });
}

function SlaThresholdsEntry({ element, id }: EntryProps) {
  const { injector, directory } = useServices();
  const items = handles(element, policyOf(element).thresholds.length);
  return h(ListEntry, {
    element,
    id,
    label: directory.label('sla.thresholds'),
    items,
    component: ThresholdItem,
    onAdd: () =>
      writePolicy(injector, element, (policy) => ({
        ...policy,
        thresholds: [...policy.thresholds, newThreshold(policy)],
      })),
    onRemove: (item: object) => {
      const index = items.indexOf(item);
      if (index < 0) return;
      handlesByTask.set(
        getBusinessObject(element) as object,
        items.filter((other) => other !== item),
      );
      writePolicy(injector, element, (policy) => ({
        ...policy,
        thresholds: policy.thresholds.filter((_, i) => i !== index),
      }));
    },
  });
}

function SlaCalendarNote({ id }: EntryProps) {
  const { directory } = useServices();
  return h(
    'div',
    { class: 'bio-properties-panel-entry', 'data-entry-id': id },
    h('div', { class: 'bio-properties-panel-description' }, directory.label('sla.calendar')),
  );
}

/** The SLA group's entries for a user task. */
export function slaEntries(element: Element, isTextEdited: unknown): Record<string, unknown>[] {
  return [
    { id: 'baton-sla-problems', element, component: SlaProblemsEntry },
    { id: 'baton-sla-calendar', element, component: SlaCalendarNote },
    {
      id: 'baton-sla-respondWithin',
      element,
      component: SlaDurationEntry,
      field: 'respondWithin',
      isEdited: isTextEdited,
    },
    {
      id: 'baton-sla-completeWithin',
      element,
      component: SlaDurationEntry,
      field: 'completeWithin',
      isEdited: isTextEdited,
    },
    {
      id: 'baton-sla-atRiskBefore',
      element,
      component: SlaDurationEntry,
      field: 'atRiskBefore',
      isEdited: isTextEdited,
    },
    { id: 'baton-sla-thresholds', element, component: SlaThresholdsEntry },
  ];
}
