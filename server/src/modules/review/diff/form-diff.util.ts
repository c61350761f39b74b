import type { FormSchema } from '@baton/sdk';
import { listFormFields } from '../../form/utils/form-fields.util.js';
import { diffFields } from '../../form/utils/version-report.util.js';
import { PropertyChange, show } from './process-diff.util.js';

export interface FormFieldDiff {
  formKey: string;
  added: string[];
  removed: string[];
  renamed: { from: string; to: string }[];
  changed: { key: string; changes: PropertyChange[] }[];
}

/** Field keys added, removed, renamed (same component id) and changed (any component property but children). */
export function diffForms(formKey: string, from: FormSchema | null, to: FormSchema): FormFieldDiff {
  const before = from ? listFormFields(from) : [];
  const after = listFormFields(to);
  const { added, removed, renamed } = diffFields(before, after);
  const changed: FormFieldDiff['changed'] = [];
  const previous = new Map(before.map((field) => [field.key, field]));
  for (const field of after) {
    const old = previous.get(field.key);
    if (!old) continue;
    const a = ownProperties(old.component);
    const b = ownProperties(field.component);
    const changes: PropertyChange[] = [];
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      const x = show(a[key]);
      const y = show(b[key]);
      if (x !== y) changes.push({ property: key, before: x, after: y });
    }
    if (changes.length > 0) changed.push({ key: field.key, changes });
  }
  return {
    formKey,
    added: added.map((f) => f.key),
    removed: removed.map((f) => f.key),
    renamed: renamed.map((r) => ({ from: r.from.key, to: r.to.key })),
    changed,
  };
}

/** A component's own settings: nested components are fields of their own; layout is not a change of meaning. */
function ownProperties(component: object): Record<string, unknown> {
  const { components: _children, layout: _layout, ...rest } = component as Record<string, unknown>;
  return rest;
}
