import { evaluateFeel, isFeelExpression, type FeelContext, type FeelOptions } from '../../feel/evaluate-feel.js';
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
 * variables) and the form data without hidden fields, with `this` the data; inside a dynamic-list row the row's
 * values are flattened on top, `this` is the row, `parent` is the enclosing level's whole context (so
 * `parent.this.b` and `parent.parent.a` work) and `i` holds the 1-based row numbers.
 */
export function expressionContext(instance: FieldInstance, view: unknown, context: FeelContext): FeelContext {
  // One context per level and view: every field of a row (or of the root) shares it, so a pass over a large form
  // builds a handful of objects instead of one copy of the data per field.
  const cache = levelCache(view, context);
  let level = cache.get('');
  if (!level) {
    level = { ...context, ...asRecord(view), this: view, parent: null, i: [] };
    cache.set('', level);
  }
  for (let depth = 0; depth < instance.scopes.length; depth += 1) {
    const key = instance.rows.slice(0, depth + 1).join(',');
    let next = cache.get(key);
    if (!next) {
      const { this: _this, parent: _parent, i: _i, ...values } = level;
      const row = instance.scopes[depth];
      next = { ...values, ...asRecord(row), this: row, parent: level, i: instance.rows.slice(0, depth + 1) };
      cache.set(key, next);
    }
    level = next;
  }
  return level;
}

/** Drops the shared contexts of `view` after it changed (an expression field wrote its value into it). */
export function forgetContexts(view: object): void {
  levelCaches.delete(view);
}

const levelCaches = new WeakMap<object, { context: FeelContext; levels: Map<string, FeelContext> }>();

function levelCache(view: unknown, context: FeelContext): Map<string, FeelContext> {
  if (view === null || typeof view !== 'object') {
    return new Map();
  }
  const cached = levelCaches.get(view);
  if (cached && cached.context === context) {
    return cached.levels;
  }
  const levels = new Map<string, FeelContext>();
  levelCaches.set(view, { context, levels });
  return levels;
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

/**
 * `true`, or a FEEL condition that evaluates to `true`. A condition naming a missing variable (a hidden field's
 * value) yields null and so does not hold: `=b and c` with `c` hidden leaves the field visible, as form-js shows
 * it. Errors count as false.
 */
export function isTrueCondition(value: unknown, context: FeelContext, options: FeelOptions): boolean {
  if (value === true) {
    return true;
  }
  if (!isFeelExpression(value)) {
    return false;
  }
  try {
    return evaluateFeel(value, context, options).value === true;
  } catch (error) {
    if (error instanceof FeelError) {
      return false;
    }
    throw error;
  }
}
