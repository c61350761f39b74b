import { evaluateFeel, isFeelExpression, unaryTest, type FeelContext, type FeelOptions } from '../../feel/evaluate-feel.js';
import { FeelError } from '../../feel/feel-error.js';
import type { FieldInstance } from './field-instances.js';

export interface FormFeelOutcome {
  value: unknown;
  error?: FeelError;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/**
 * The variables a field's expressions see, as form-js builds them: the outer context (initial data, process
 * variables), the form data without hidden fields, the current dynamic-list row flattened on top, plus
 * `this`, `parent` and `i`.
 */
export function expressionContext(instance: FieldInstance, view: unknown, context: FeelContext): FeelContext {
  const row = instance.rows.length > 0 ? asRecord(instance.scope) : {};
  return {
    ...context,
    ...asRecord(view),
    ...row,
    this: instance.scope,
    parent: instance.parentScope,
    i: instance.rows,
  };
}

/** Evaluates a schema property that may be FEEL (`=…`); other values are returned as they are. */
export function evaluateProperty(value: unknown, context: FeelContext, options: FeelOptions): FormFeelOutcome {
  if (!isFeelExpression(value)) {
    return { value };
  }
  try {
    return { value: evaluateFeel(value, context, options).value };
  } catch (error) {
    if (error instanceof FeelError) {
      return { value: null, error };
    }
    throw error;
  }
}

/** `true`, or a FEEL condition that holds (form-js evaluates conditions as unary tests; errors count as false). */
export function isTrueCondition(value: unknown, context: FeelContext, options: FeelOptions): boolean {
  if (value === true) {
    return true;
  }
  if (!isFeelExpression(value)) {
    return false;
  }
  try {
    return unaryTest(value, context, options).value === true;
  } catch (error) {
    if (error instanceof FeelError) {
      return false;
    }
    throw error;
  }
}
