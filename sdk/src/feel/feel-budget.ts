import { FeelError, FeelErrorCode } from './feel-error.js';

/**
 * Limits applied to every FEEL evaluation.
 *
 * What is bounded, and how:
 * - `maxExpressionLength`: checked before parsing, so over-long text never reaches the parser.
 * - `maxResultSize`: the result is measured after evaluation (list items, context entries and string
 *   characters all count) and rejected when larger.
 * - `maxDurationMs`: feelin evaluates synchronously on the caller's thread and offers no hook to interrupt it,
 *   so the time budget is measured, not enforced: an evaluation that ran longer is rejected afterwards, which
 *   keeps slow expressions from being silently accepted but does not stop a runaway loop such as
 *   `for i in 1..100000000 return i`. Code that must stop such an expression hard (the server evaluating
 *   untrusted input) runs it in a worker thread it can terminate.
 */
export interface FeelBudget {
  maxExpressionLength: number;
  maxResultSize: number;
  maxDurationMs: number;
}

export const DEFAULT_FEEL_BUDGET: Readonly<FeelBudget> = Object.freeze({
  maxExpressionLength: 10_000,
  maxResultSize: 100_000,
  maxDurationMs: 250,
});

export function resolveBudget(budget?: Partial<FeelBudget>): FeelBudget {
  return { ...DEFAULT_FEEL_BUDGET, ...budget };
}

export function assertExpressionLength(expression: string, original: string, budget: FeelBudget): void {
  if (expression.length > budget.maxExpressionLength) {
    throw new FeelError(
      FeelErrorCode.BUDGET,
      original,
      `The FEEL expression is ${expression.length} characters long; the limit is ${budget.maxExpressionLength}`,
    );
  }
}

/** Counts values the way the budget does; stops counting once `limit` is passed. */
export function measureValueSize(value: unknown, limit: number): number {
  let size = 0;
  const pending: unknown[] = [value];
  const seen = new Set<object>();

  while (pending.length > 0 && size <= limit) {
    const current = pending.pop();
    size += 1;
    if (typeof current === 'string') {
      size += current.length;
    } else if (Array.isArray(current)) {
      if (!seen.has(current)) {
        seen.add(current);
        pending.push(...current);
      }
    } else if (isPlainObject(current) && !seen.has(current)) {
      seen.add(current);
      for (const [key, entry] of Object.entries(current)) {
        size += key.length;
        pending.push(entry);
      }
    }
  }

  return size;
}

export function assertResultSize(value: unknown, original: string, budget: FeelBudget): void {
  const size = measureValueSize(value, budget.maxResultSize);
  if (size > budget.maxResultSize) {
    throw new FeelError(
      FeelErrorCode.BUDGET,
      original,
      `The FEEL result is larger than the limit of ${budget.maxResultSize} units`,
    );
  }
}

export function assertDuration(durationMs: number, original: string, budget: FeelBudget): void {
  if (durationMs > budget.maxDurationMs) {
    throw new FeelError(
      FeelErrorCode.BUDGET,
      original,
      `The FEEL expression ran ${Math.round(durationMs)} ms; the limit is ${budget.maxDurationMs} ms`,
    );
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') {
    return false;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
