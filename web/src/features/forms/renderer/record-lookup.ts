import type { FieldView, FormComponent } from '@baton/sdk';

/** A record lookup's own schema properties (关联数据). */
export interface LookupProps {
  formKey: string;
  displayFields: string[];
  filter: Record<string, unknown> | null;
  /** this form's field key → the picked record's field key (数据联动) */
  fill: Record<string, string>;
}

export interface LookupRecord {
  id: string;
  data: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function lookupProps(field: FormComponent): LookupProps {
  return {
    formKey: typeof field.formKey === 'string' ? field.formKey : '',
    displayFields: Array.isArray(field.displayFields)
      ? field.displayFields.filter((key): key is string => typeof key === 'string')
      : [],
    filter: isObject(field.filter) ? field.filter : null,
    fill: isObject(field.fill)
      ? (Object.fromEntries(Object.entries(field.fill).filter(([, source]) => typeof source === 'string')) as Record<
          string,
          string
        >)
      : {},
  };
}

/** The value at a dotted key of a record's data (`address.city`). */
export function valueAtKey(data: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, name) => (isObject(node) ? node[name] : undefined), data);
}

/** A stored value as short text: lists joined, a region by its names, other objects left out. */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join(', ');
  if (isObject(value) && Array.isArray(value.names)) return value.names.join(' ');
  return '';
}

/** How a record shows in the picker: its display fields, else its first few texts, else its id. */
export function recordLabel(record: LookupRecord, displayFields: string[]): string {
  const parts =
    displayFields.length > 0
      ? displayFields.map((key) => textOf(valueAtKey(record.data, key)))
      : Object.values(isObject(record.data) ? record.data : {})
          .filter((value) => typeof value === 'string' || typeof value === 'number')
          .slice(0, 3)
          .map(textOf);
  const text = parts.filter(Boolean).join(' · ');
  return text || record.id;
}

/**
 * Where a picked record's values go: for each `fill` entry, this form's field with that key next to the lookup
 * (the same dynamic-list row when the lookup sits in one), with the picked record's value.
 */
export function fillUpdates(
  fields: FieldView[],
  lookup: FieldView,
  fill: Record<string, string>,
  record: LookupRecord,
): Array<{ view: FieldView; value: unknown }> {
  const sameRow = (view: FieldView) =>
    view.rows.length === lookup.rows.length && view.rows.every((row, i) => row === lookup.rows[i]);
  return Object.entries(fill).flatMap(([target, source]) => {
    const view = fields.find((candidate) => candidate.keyed && candidate.field.key === target && sameRow(candidate));
    const value = valueAtKey(record.data, source);
    return view ? [{ view, value: value === undefined ? null : value }] : [];
  });
}
