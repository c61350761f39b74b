import type { FeelContext, FeelOptions } from '../../feel/evaluate-feel.js';
import type { FormComponent } from '../schema/form-schema.types.js';
import { evaluateProperty } from './form-feel.js';
import { getAt, splitPath } from './value-path.js';

/** The values a select, radio, checklist or taglist accepts; `known: false` when its source is missing. */
export interface AllowedOptions {
  known: boolean;
  values: unknown[];
}

/**
 * Static `values`, the list under `valuesKey` in the input data, or the result of `valuesExpression`.
 * Items are `{ label, value }` objects or bare values (form-js accepts both).
 */
export function resolveOptions(field: FormComponent, feelContext: FeelContext, options: FeelOptions): AllowedOptions {
  let source: unknown;
  if (Array.isArray(field.values)) {
    source = field.values;
  } else if (typeof field.valuesKey === 'string') {
    source = getAt(feelContext, splitPath(field.valuesKey));
  } else if (typeof field.valuesExpression === 'string') {
    source = evaluateProperty(field.valuesExpression, feelContext, options).value;
  }
  if (!Array.isArray(source)) {
    return { known: false, values: [] };
  }
  return { known: true, values: source.map((item: unknown) => (isOption(item) ? item.value : item)) };
}

function isOption(item: unknown): item is { value: unknown } {
  return item !== null && typeof item === 'object' && 'value' in item;
}

export function isAllowed(value: unknown, allowed: unknown[]): boolean {
  return allowed.some((candidate) => candidate === value || JSON.stringify(candidate) === JSON.stringify(value));
}
