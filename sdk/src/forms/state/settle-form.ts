import type { FeelContext, FeelOptions } from '../../feel/evaluate-feel.js';
import { emptyValueOf, isOptionType } from '../schema/form-field-types.js';
import type { FormSchema } from '../schema/form-schema.types.js';
import { listFieldInstances, type FieldInstance } from '../submission/field-instances.js';
import { evaluateProperty, expressionContext, forgetContexts, isTrueCondition } from '../submission/form-feel.js';
import { cloneJson, getAt, setAt } from '../submission/value-path.js';

/** A form after defaults, expression fields and `conditional.hide` have settled for some data. */
export interface SettledForm {
  /** The data with defaults applied and expression fields computed (hidden fields' values kept). */
  working: Record<string, unknown>;
  instances: FieldInstance[];
  /** Instance ids hidden by their own condition or a hidden parent. */
  hidden: Set<string>;
  /** `working` as conditions and expressions see it: values of hidden fields removed. */
  view: Record<string, unknown>;
}

const MAX_PASSES = 20;

/**
 * Settles a form the way form-js does while a user types: missing values take the field's `defaultValue` (else
 * its empty value), expression fields are computed in document order, and fields hidden by `conditional.hide`
 * stop feeding other conditions; repeated until nothing changes (at most 20 passes, so cyclic expressions end).
 * With `defaultRows` (a form being filled in, as form-js opens it) a repeating list without data gets its
 * `defaultRepetitions` empty rows; a submission that left a list out keeps it out.
 */
export function settleForm(
  schema: FormSchema,
  data: unknown,
  context: FeelContext,
  feel: FeelOptions,
  { defaultRows = false }: { defaultRows?: boolean } = {},
): SettledForm {
  const working: Record<string, unknown> = isRecord(data) ? cloneJson(data) : {};
  // rows created for lists bring fields of their own: re-list until every instance has its value
  for (
    let depth = 0;
    depth < MAX_PASSES && applyDefaults(listFieldInstances(schema.components, working), working, defaultRows);
    depth += 1
  );

  let hidden = new Set<string>();
  let instances: FieldInstance[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    instances = listFieldInstances(schema.components, working);
    const computed = computeExpressions(instances, hidden, working, context, feel);
    // without any hide condition nothing can be hidden, and the view the conditions would read is not built
    const nextHidden = instances.some((instance) => instance.field.conditional?.hide)
      ? findHidden(instances, withoutHidden(instances, hidden, working), context, feel)
      : new Set<string>();
    const settled = !computed && sameSet(hidden, nextHidden);
    hidden = nextHidden;
    if (settled) {
      break;
    }
  }
  return { working, instances, hidden, view: withoutHidden(instances, hidden, working) };
}

/** Fills missing values (and, with `defaultRows`, missing repeating lists); reports whether it created rows. */
function applyDefaults(instances: FieldInstance[], working: Record<string, unknown>, defaultRows: boolean): boolean {
  let newRows = false;
  for (const { field, keyed, valuePath } of instances) {
    if (getAt(working, valuePath) !== undefined || valuePath.length === 0) {
      continue;
    }
    if (field.type === 'dynamiclist') {
      if (!defaultRows || field.isRepeating === false) continue;
      const count = Math.max(0, Math.min(Number(field.defaultRepetitions ?? 1) || 0, 100));
      setAt(
        working,
        valuePath,
        Array.from({ length: count }, () => ({})),
      );
      newRows ||= count > 0;
      continue;
    }
    if (!keyed || field.type === 'expression') {
      continue;
    }
    const usesDefault = field.defaultValue !== undefined && !(isOptionType(field.type) && field.valuesKey);
    setAt(working, valuePath, cloneJson(usesDefault ? field.defaultValue : emptyValueOf(field.type)));
  }
  return newRows;
}

/** Evaluates visible expression fields in document order; reports whether any value changed. */
function computeExpressions(
  instances: FieldInstance[],
  hidden: Set<string>,
  working: Record<string, unknown>,
  context: FeelContext,
  feel: FeelOptions,
): boolean {
  let changed = false;
  const live = (instance: FieldInstance) =>
    instance.field.type === 'expression' && instance.keyed && !hidden.has(instance.id);
  if (!instances.some(live)) {
    // nothing to compute: skip copying the data for a view (imports settle 100,000 forms without expressions)
    return false;
  }
  const view = withoutHidden(instances, hidden, working);
  for (const instance of instances) {
    if (!live(instance)) {
      continue;
    }
    const { value } = evaluateProperty(instance.field.expression, expressionContext(instance, view, context), feel);
    const json = toJsonValue(value);
    if (JSON.stringify(json) !== JSON.stringify(getAt(working, instance.valuePath))) {
      setAt(working, instance.valuePath, json);
      setAt(view, instance.valuePath, json);
      forgetContexts(view);
      changed = true;
    }
  }
  return changed;
}

function findHidden(instances: FieldInstance[], view: unknown, context: FeelContext, feel: FeelOptions): Set<string> {
  const hidden = new Set<string>();
  for (const instance of instances) {
    const hiddenParent = instance.parentId !== null && hidden.has(instance.parentId);
    const condition = instance.field.conditional?.hide;
    if (hiddenParent || isTrueCondition(condition, expressionContext(instance, view, context), feel)) {
      hidden.add(instance.id);
    }
  }
  return hidden;
}

function withoutHidden(
  instances: FieldInstance[],
  hidden: Set<string>,
  working: Record<string, unknown>,
): Record<string, unknown> {
  const view = cloneJson(working);
  for (const instance of instances) {
    if (
      hidden.has(instance.id) &&
      instance.valuePath.length > 0 &&
      (instance.keyed || instance.field.type === 'dynamiclist')
    ) {
      removeAt(view, instance.valuePath);
    }
  }
  return view;
}

function removeAt(data: Record<string, unknown>, path: Array<string | number>): void {
  const parent = getAt(data, path.slice(0, -1));
  if (parent !== null && typeof parent === 'object') {
    delete (parent as Record<string | number, unknown>)[path[path.length - 1]];
  }
}

/** FEEL dates, times and durations become their ISO text so records stay JSON. */
function toJsonValue(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value ?? null)) as unknown);
}

const sameSet = (a: Set<string>, b: Set<string>): boolean => a.size === b.size && [...a].every((item) => b.has(item));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
