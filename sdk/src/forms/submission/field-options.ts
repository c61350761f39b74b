import type { FeelContext, FeelOptions } from '../../feel/evaluate-feel.js';
import type { FormComponent } from '../schema/form-schema.types.js';
import { evaluateProperty } from './form-feel.js';
import { getAt, splitPath } from './value-path.js';

export interface OptionItem {
  label: string;
  value: unknown;
}

/** The options a select, radio, checklist or taglist offers; `known: false` when its source is missing. */
export interface OptionItems {
  known: boolean;
  items: OptionItem[];
}

/** The values a select, radio, checklist or taglist accepts; `known: false` when its source is missing. */
export interface AllowedOptions {
  known: boolean;
  values: unknown[];
}

/**
 * Static `values`, the list under `valuesKey` in the input data, or the result of `valuesExpression`.
 * Items are `{ label, value }` objects or bare values (form-js accepts both).
 */
export function resolveOptionItems(field: FormComponent, feelContext: FeelContext, options: FeelOptions): OptionItems {
  let source: unknown;
  if (Array.isArray(field.values)) {
    source = field.values;
  } else if (typeof field.valuesKey === 'string') {
    source = getAt(feelContext, splitPath(field.valuesKey));
  } else if (typeof field.valuesExpression === 'string') {
    source = evaluateProperty(field.valuesExpression, feelContext, options).value;
  }
  if (!Array.isArray(source)) {
    return { known: false, items: [] };
  }
  return { known: true, items: source.map(toItem) };
}

export function resolveOptions(field: FormComponent, feelContext: FeelContext, options: FeelOptions): AllowedOptions {
  const { known, items } = resolveOptionItems(field, feelContext, options);
  return { known, values: items.map((item) => item.value) };
}

function toItem(item: unknown): OptionItem {
  if (item !== null && typeof item === 'object' && 'value' in item) {
    const option = item as { label?: unknown; value: unknown };
    return { label: typeof option.label === 'string' ? option.label : String(option.value), value: option.value };
  }
  return { label: String(item), value: item };
}

export function isAllowed(value: unknown, allowed: unknown[]): boolean {
  return allowed.some((candidate) => candidate === value || JSON.stringify(candidate) === JSON.stringify(value));
}
