import type { FormField } from '../../form/utils/form-fields.util.js';

/**
 * SQL over a record's JSONB data for one form field. Paths travel as bound parameters (`text[]` for `#>`,
 * `jsonpath` for fields inside dynamic lists), never spliced into the SQL text.
 */
export type Bind = (value: unknown) => string;

/** The field's value outside lists: `r.data -> $n` for a top-level key (cheaper), else `r.data #> $n::text[]`. */
export const scalarValue = (alias: string, field: FormField, bind: Bind): string =>
  field.parts.length === 1
    ? `(${alias}.data -> CAST(${bind(field.parts[0].name)} AS text))`
    : `(${alias}.data #> CAST(${bind(field.parts.map((part) => part.name))} AS text[]))`;

/** A jsonpath selecting every value of a field inside dynamic lists: `$."items"[*]."amount"`. */
export function jsonPathOf(field: FormField): string {
  return '$' + field.parts.map((part, index) => `.${JSON.stringify(part.name)}${part.list && index < field.parts.length - 1 ? '[*]' : ''}`).join('');
}

/** True when `value` (a jsonb expression) holds something: not missing, null, "", [] or {}. */
export const nonEmpty = (value: string): string =>
  `COALESCE(${value} NOT IN ('null'::jsonb, '""'::jsonb, '[]'::jsonb, '{}'::jsonb), false)`;

/**
 * "Some value of the field satisfies predicate": the predicate on the value itself outside lists, an EXISTS
 * over the list rows' values inside them. `name` is the correlation name the predicate refers to.
 */
export function someValue(alias: string, field: FormField, bind: Bind, name: string, predicate: (value: string) => string): string {
  if (!field.inList) return predicate(scalarValue(alias, field, bind));
  return `EXISTS (SELECT 1 FROM jsonb_path_query(${alias}.data, CAST(${bind(jsonPathOf(field))} AS jsonpath)) AS ${name}(value) WHERE ${predicate(`${name}.value`)})`;
}
