import type { FeelContext, FeelOptions } from '../../feel/evaluate-feel.js';
import { emptyValueOf, isOptionType } from '../schema/form-field-types.js';
import type { FormSchema } from '../schema/form-schema.types.js';
import { listFieldInstances, type FieldInstance } from './field-instances.js';
import { checkField } from './field-rules.js';
import { evaluateProperty, expressionContext, isTrueCondition } from './form-feel.js';
import { messageFor, type LocalizedMessage, type SubmissionRule } from './messages.js';
import { cloneJson, formatPath, getAt, setAt } from './value-path.js';

export interface SubmissionError {
  /** The field's data path: `amount`, `address.city`, `items[0].amount`. */
  key: string;
  rule: SubmissionRule;
  message: LocalizedMessage;
}

export interface SubmissionResult {
  valid: boolean;
  errors: SubmissionError[];
  /** What a record stores: visible, enabled fields of the form only, defaults applied, expression fields computed. */
  data: Record<string, unknown>;
}

export interface SubmissionOptions {
  feel?: FeelOptions;
}

const MAX_PASSES = 20;

/**
 * Validates submitted data against a form the way form-js submits it: missing values take the field's
 * `defaultValue` (else its empty value), expression fields are computed, fields hidden by `conditional.hide`
 * are dropped and do not feed other conditions, disabled fields are neither validated nor submitted, and
 * every other keyed field is checked against its rules. `context` holds the variables the form was opened
 * with (process variables, `valuesKey` sources); they feed expressions but are not part of the result.
 */
export function validateSubmission(
  schema: FormSchema,
  data: unknown,
  context: FeelContext = {},
  options: SubmissionOptions = {},
): SubmissionResult {
  const feel = options.feel ?? {};
  const working: Record<string, unknown> = isRecord(data) ? cloneJson(data) : {};
  applyDefaults(listFieldInstances(schema.components, working), working);

  let hidden = new Set<string>();
  let instances: FieldInstance[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    instances = listFieldInstances(schema.components, working);
    const computed = computeExpressions(instances, hidden, working, context, feel);
    const nextHidden = findHidden(instances, withoutHidden(instances, hidden, working), context, feel);
    const settled = !computed && sameSet(hidden, nextHidden);
    hidden = nextHidden;
    if (settled) {
      break;
    }
  }

  const view = withoutHidden(instances, hidden, working);
  const errors: SubmissionError[] = [];
  const output: Record<string, unknown> = {};
  for (const instance of instances) {
    if (hidden.has(instance.id) || instance.valuePath.length === 0) {
      continue;
    }
    const feelContext = expressionContext(instance, view, context);
    const value = getAt(working, instance.valuePath);
    if (instance.field.type === 'dynamiclist' && Array.isArray(value) && getAt(output, instance.valuePath) === undefined) {
      setAt(output, instance.valuePath, value.map(() => ({})));
    }
    if (!instance.keyed || isTrueCondition(instance.field.disabled, feelContext, feel)) {
      continue;
    }
    setAt(output, instance.valuePath, cloneJson(value));
    if (instance.field.type !== 'expression') {
      const key = formatPath(instance.valuePath);
      checkField(instance.field, value, feelContext, feel).forEach(({ rule, params }) =>
        errors.push({ key, rule, message: messageFor(rule, params) }),
      );
    }
  }
  return { valid: errors.length === 0, errors, data: output };
}

function applyDefaults(instances: FieldInstance[], working: Record<string, unknown>): void {
  for (const { field, keyed, valuePath } of instances) {
    if (!keyed || field.type === 'expression' || getAt(working, valuePath) !== undefined) {
      continue;
    }
    const usesDefault = field.defaultValue !== undefined && !(isOptionType(field.type) && field.valuesKey);
    setAt(working, valuePath, cloneJson(usesDefault ? field.defaultValue : emptyValueOf(field.type)));
  }
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
  const view = withoutHidden(instances, hidden, working);
  for (const instance of instances) {
    if (instance.field.type !== 'expression' || !instance.keyed || hidden.has(instance.id)) {
      continue;
    }
    const { value } = evaluateProperty(instance.field.expression, expressionContext(instance, view, context), feel);
    const json = toJsonValue(value);
    if (JSON.stringify(json) !== JSON.stringify(getAt(working, instance.valuePath))) {
      setAt(working, instance.valuePath, json);
      setAt(view, instance.valuePath, json);
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

/** The data as conditions and expressions see it: values of hidden fields and lists removed. */
function withoutHidden(instances: FieldInstance[], hidden: Set<string>, working: Record<string, unknown>): Record<string, unknown> {
  const view = cloneJson(working);
  for (const instance of instances) {
    if (hidden.has(instance.id) && instance.valuePath.length > 0 && (instance.keyed || instance.field.type === 'dynamiclist')) {
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
