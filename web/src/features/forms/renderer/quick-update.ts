import type { FieldView, FormComponent, FormSchema, FormState } from '@baton/sdk';

/** What may read form data: every identifier in the schema's FEEL, templates and data references. */
export interface SchemaReads {
  /** Identifiers found; a superset of the names any expression, template or reference can read. */
  names: Set<string>;
  /** Something reads the whole data (`this`, `parent`): every change re-evaluates. */
  everything: boolean;
}

const IDENTIFIER = /[\p{L}_$][\p{L}\p{N}_$]*/gu;
const PLAIN_KEY = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;
/** Properties naming where data comes from without being FEEL (`valuesKey: 'items'`, `dataSource: 'rows'`). */
const DATA_REFERENCES = new Set(['valuesKey', 'dataSource']);
/** Properties that place a field, never read data (its own `key` must not count as a read of itself). */
const STRUCTURE = new Set(['key', 'id', 'type', 'components', 'path']);

/**
 * Collects, over every component (nested ones too), the identifiers of each string that is FEEL (`=…`), a
 * template (`{{…}}`) or a data reference. Over-approximating is safe (a key that is only mentioned takes the full
 * evaluation); missing a read would not be, so every such string counts, whatever property holds it.
 */
export function schemaReads(schema: FormSchema): SchemaReads {
  const names = new Set<string>();
  const visitValue = (value: unknown, reference: boolean): void => {
    if (typeof value === 'string') {
      if (reference || value.trimStart().startsWith('=') || value.includes('{{')) {
        for (const name of value.match(IDENTIFIER) ?? []) names.add(name);
      }
    } else if (Array.isArray(value)) {
      for (const item of value) visitValue(item, reference);
    } else if (value !== null && typeof value === 'object') {
      for (const [property, item] of Object.entries(value))
        visitValue(item, reference || DATA_REFERENCES.has(property));
    }
  };
  const visitComponent = (component: FormComponent): void => {
    for (const [property, value] of Object.entries(component)) {
      if (!STRUCTURE.has(property)) visitValue(value, DATA_REFERENCES.has(property));
    }
    if (Array.isArray(component.components)) component.components.forEach(visitComponent);
  };
  (schema.components ?? []).forEach(visitComponent);
  return { names, everything: names.has('this') || names.has('parent') };
}

/**
 * The next state for `data` (the current data where `view` took a new value), without evaluating the form, when
 * nothing can depend on that value: a top-level field whose key no expression, template or reference names, the
 * only field on that key, and a plain value (text, number, boolean, null). Every other field's view stays the
 * same object, as `evaluateFormState` with `stabilize` would leave it. Null when the form has to be evaluated.
 */
export function quickUpdate(
  state: FormState,
  reads: SchemaReads,
  view: FieldView,
  data: Record<string, unknown>,
): FormState | null {
  const key = view.valuePath.length === 1 ? view.valuePath[0] : undefined;
  const value = typeof key === 'string' ? data[key] : undefined;
  const plainValue =
    value === null || typeof value === 'string' || typeof value === 'boolean' || Number.isFinite(value);
  if (
    reads.everything ||
    typeof key !== 'string' ||
    !PLAIN_KEY.test(key) ||
    reads.names.has(key) ||
    !plainValue ||
    !view.keyed ||
    view.field.type === 'expression' ||
    view.field.components !== undefined
  ) {
    return null;
  }
  let index = -1;
  for (let at = 0; at < state.fields.length; at += 1) {
    const other = state.fields[at];
    if (other.valuePath[0] !== key) continue;
    if (other.id !== view.id || index !== -1) return null;
    index = at;
  }
  if (index === -1) return null;
  const fields = state.fields.slice();
  fields[index] = { ...state.fields[index], value };
  return { data, fields };
}
