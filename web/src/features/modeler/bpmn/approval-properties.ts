// The properties-panel group "Approval actions" of a user task: which actions the inbox offers (approve, reject,
// return, transfer, delegate, add signer, CC), the variable approve / reject set, and for multi-instance tasks the
// countersign mode (all / any / N %) and the reject variable. Stored as `zeebe:property` entries (approval-settings.ts).
import { CheckboxEntry, SelectEntry, TextFieldEntry } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { useCallback } from '@bpmn-io/properties-panel/preact/hooks';
import { useService } from 'bpmn-js-properties-panel';
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';
import type { Element } from 'bpmn-js/lib/model/Types';
import {
  APPROVAL_ACTIONS,
  type ApprovalAction,
  type CountersignMode,
  approvalUpdates,
  approvalVariableProblem,
  countersignUpdates,
  percentProblem,
  readApproval,
  readCountersign,
  rejectVariableProblem,
  toggleAction,
} from './approval-settings';
import type { BatonDirectory } from './baton-directory';
import { type Injector, writeZeebeProperties, zeebeProperties } from './zeebe-extensions';

interface EntryProps {
  element: Element;
  id: string;
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

/** A multi-instance user task: the countersign settings apply. */
export function isMultiInstance(element: Element): boolean {
  const loop = (getBusinessObject(element) as { loopCharacteristics?: unknown }).loopCharacteristics;
  return !!loop && is(loop as Element, 'bpmn:MultiInstanceLoopCharacteristics');
}

function ApprovalActionEntry({ element, id, action }: EntryProps & { action: ApprovalAction }) {
  const { injector, directory } = useServices();
  return h(CheckboxEntry, {
    element,
    id,
    label: directory.label(`approval.actions.${action}`),
    getValue: () => readApproval(zeebeProperties(element)).actions.includes(action),
    setValue: (on: boolean) =>
      writeZeebeProperties(injector, element, toggleAction(readApproval(zeebeProperties(element)), action, on)),
  });
}

/** A panel row showing one error (an unknown action, a countersign value Baton cannot use), or nothing. */
function errorRow(id: string, message: string | null) {
  if (message === null) return null;
  return h(
    'div',
    { class: 'bio-properties-panel-entry has-error', 'data-entry-id': id },
    h('div', { class: 'bio-properties-panel-error' }, message),
  );
}

function UnknownActionsEntry({ element, id }: EntryProps) {
  const { directory } = useServices();
  const { unknown } = readApproval(zeebeProperties(element));
  return errorRow(
    id,
    unknown.length === 0 ? null : directory.label('approval.unknown', { actions: unknown.join(', ') }),
  );
}

function CountersignInvalidEntry({ element, id }: EntryProps) {
  const { directory } = useServices();
  const { invalid } = readCountersign(zeebeProperties(element));
  return errorRow(id, invalid === undefined ? null : directory.label('approval.error.countersign', { value: invalid }));
}

/** A text entry whose value is checked before it is written; the panel keeps a refused value and shows the error. */
function checkedTextEntry(
  { element, id }: EntryProps,
  spec: {
    label: string;
    hint?: string;
    error: string;
    get: () => string;
    problem: (value: string) => unknown;
    write: (value: string) => Record<string, string | undefined>;
  },
) {
  const { injector, directory, debounce } = useServices();
  return h(TextFieldEntry, {
    element,
    id,
    debounce,
    label: directory.label(spec.label),
    description: spec.hint === undefined ? undefined : directory.label(spec.hint),
    getValue: spec.get,
    validate: useCallback(
      (value: string) => (spec.problem(value ?? '') ? directory.label(spec.error) : null),
      [directory],
    ),
    setValue: (value: string, error?: string | null) => {
      if (!error) writeZeebeProperties(injector, element, spec.write(value ?? ''));
    },
  });
}

function ApprovalVariableEntry(props: EntryProps) {
  const current = () => readApproval(zeebeProperties(props.element));
  return checkedTextEntry(props, {
    label: 'approval.variable',
    hint: 'approval.variableHint',
    error: 'approval.error.variable',
    get: () => current().variable,
    problem: approvalVariableProblem,
    write: (value) => approvalUpdates(current().actions, value),
  });
}

function PercentEntry(props: EntryProps) {
  const current = () => readCountersign(zeebeProperties(props.element));
  return checkedTextEntry(props, {
    label: 'approval.percent',
    error: 'approval.error.percent',
    get: () => String(current().percent),
    problem: percentProblem,
    write: (value) => countersignUpdates({ ...current(), percent: Number(value) }),
  });
}

function RejectVariableEntry(props: EntryProps) {
  const current = () => readCountersign(zeebeProperties(props.element));
  return checkedTextEntry(props, {
    label: 'approval.rejectVariable',
    hint: 'approval.rejectVariableHint',
    error: 'approval.error.variable',
    get: () => current().rejectVariable,
    problem: rejectVariableProblem,
    write: (value) => countersignUpdates({ ...current(), rejectVariable: value }),
  });
}

function CountersignModeEntry({ element, id }: EntryProps) {
  const { injector, directory } = useServices();
  return h(SelectEntry, {
    element,
    id,
    label: directory.label('approval.countersign'),
    getValue: () => readCountersign(zeebeProperties(element)).mode,
    setValue: (mode: CountersignMode) =>
      writeZeebeProperties(
        injector,
        element,
        countersignUpdates({ ...readCountersign(zeebeProperties(element)), mode: mode ?? '' }),
      ),
    getOptions: () =>
      (['', 'all', 'any', 'percent'] as const).map((mode) => ({
        value: mode,
        label: directory.label(`approval.modes.${mode || 'none'}`),
      })),
  });
}

/** The approval group's entries for a user task; the countersign ones only when it is multi-instance. */
export function approvalEntries(
  element: Element,
  edited: { checkbox: unknown; text: unknown; select: unknown },
): Record<string, unknown>[] {
  const entries: Record<string, unknown>[] = [
    { id: 'baton-approval-unknown', element, component: UnknownActionsEntry },
    ...APPROVAL_ACTIONS.map((action) => ({
      id: `baton-approval-${action}`,
      element,
      component: ApprovalActionEntry,
      action,
      isEdited: edited.checkbox,
    })),
    { id: 'baton-approval-variable', element, component: ApprovalVariableEntry, isEdited: edited.text },
  ];
  if (!isMultiInstance(element)) return entries;
  const countersign = readCountersign(zeebeProperties(element));
  entries.push({ id: 'baton-countersign-invalid', element, component: CountersignInvalidEntry });
  entries.push({ id: 'baton-countersign-mode', element, component: CountersignModeEntry, isEdited: edited.select });
  if (countersign.mode === 'percent')
    entries.push({ id: 'baton-countersign-percent', element, component: PercentEntry, isEdited: edited.text });
  if (countersign.mode !== '')
    entries.push({ id: 'baton-countersign-reject', element, component: RejectVariableEntry, isEdited: edited.text });
  return entries;
}
