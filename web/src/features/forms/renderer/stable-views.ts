import type { FieldView, FormState } from '@baton/sdk';

const same = (a: unknown, b: unknown): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    typeof a === 'object' &&
    typeof b === 'object' &&
    JSON.stringify(a) === JSON.stringify(b));

function sameView(a: FieldView, b: FieldView): boolean {
  return (
    a.field === b.field &&
    a.parentId === b.parentId &&
    a.key === b.key &&
    a.hidden === b.hidden &&
    a.disabled === b.disabled &&
    a.readonly === b.readonly &&
    a.required === b.required &&
    a.label === b.label &&
    a.description === b.description &&
    a.text === b.text &&
    a.rows.join() === b.rows.join() &&
    same(a.value, b.value) &&
    same(a.options, b.options) &&
    same(a.table, b.table)
  );
}

/**
 * Keeps the previous view object of every field that did not change, so Vue re-renders only the fields a change
 * touched (typing in one field of a 200-field form patches that field and its dependents, not the form).
 */
export function stabilize(previous: FormState | null, next: FormState): FormState {
  if (!previous) return next;
  const before = new Map(previous.fields.map((view) => [view.id, view]));
  let reused = 0;
  const fields = next.fields.map((view) => {
    const old = before.get(view.id);
    if (old && sameView(old, view)) {
      reused += 1;
      return old;
    }
    return view;
  });
  return reused === 0 ? next : { data: next.data, fields };
}
