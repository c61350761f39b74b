import { evaluate, SyntaxError as FeelinSyntaxError, unaryTest as feelinUnaryTest } from 'feelin';
import {
  assertDuration,
  assertExpressionLength,
  assertResultSize,
  type FeelBudget,
  resolveBudget,
} from './feel-budget.js';
import { FeelError, FeelErrorCode, type FeelPosition } from './feel-error.js';
import { memoKey, narrowContext, recall, remember } from './narrow-context.js';

export interface FeelOptions {
  /** Overrides of {@link DEFAULT_FEEL_BUDGET}. */
  budget?: Partial<FeelBudget>;
  /** feelin dialect, e.g. `camunda`; standard FEEL when omitted. */
  dialect?: string;
}

/** A non-fatal problem feelin reported while evaluating (it returned `null` for that part). */
export interface FeelWarning {
  type: string;
  message: string;
  position: FeelPosition;
}

export interface FeelResult<T> {
  value: T;
  warnings: FeelWarning[];
  durationMs: number;
}

export type FeelContext = Record<string, unknown>;

/** True for strings written as Camunda expressions: `=amount > 10`. */
export function isFeelExpression(value: unknown): value is string {
  return typeof value === 'string' && value.trimStart().startsWith('=');
}

/** Removes the Camunda `=` marker; other text is returned unchanged. */
export function stripFeelPrefix(expression: string): string {
  const trimmed = expression.trimStart();
  return trimmed.startsWith('=') ? trimmed.slice(1) : expression;
}

/**
 * Evaluates a FEEL expression with feelin under a size and time budget.
 *
 * @throws {FeelError} `SYNTAX` for text that does not parse, `EVALUATION` when the interpreter fails,
 *   `BUDGET` when the expression is too long, its result too large or its run too slow. Type errors and
 *   unknown variables are not errors in FEEL: they yield `null` and a warning.
 */
export function evaluateFeel(
  expression: string,
  context: FeelContext = {},
  options: FeelOptions = {},
): FeelResult<unknown> {
  return run(expression, options, (text) =>
    memoised('expression', text, context, options, (narrowed) => evaluate(text, narrowed, options.dialect)),
  );
}

/**
 * Evaluates FEEL unary tests (`> 10, < 0`, `[1..5]`, `"a", "b"`) against the input in `context['?']`.
 * A plain boolean expression is also a unary test, which is how form-js evaluates `conditional.hide`.
 *
 * @throws {FeelError} as {@link evaluateFeel}.
 */
export function unaryTest(
  expression: string,
  context: FeelContext = {},
  options: FeelOptions = {},
): FeelResult<boolean | null> {
  return run(expression, options, (text) =>
    memoised('unary', text, context, options, (narrowed) => feelinUnaryTest(text, narrowed, options.dialect), ['?']),
  );
}

/** Evaluates with the context narrowed to what the text reads, answering repeated evaluations from the memo. */
function memoised<T>(
  kind: string,
  text: string,
  context: FeelContext,
  options: FeelOptions,
  evaluateNarrowed: (narrowed: FeelContext) => { value: T; warnings: FeelWarning[] },
  always: string[] = [],
): { value: T; warnings: FeelWarning[] } {
  const narrowed = narrowContext(text, context, always);
  const key = memoKey(`${kind}:${options.dialect ?? ''}`, text, narrowed, context);
  const known = recall(key);
  if (known) {
    return known as { value: T; warnings: FeelWarning[] };
  }
  const outcome = evaluateNarrowed(narrowed);
  remember(key, outcome);
  return outcome;
}

function run<T>(
  expression: string,
  options: FeelOptions,
  evaluateText: (text: string) => { value: T; warnings: FeelWarning[] },
): FeelResult<T> {
  const budget = resolveBudget(options.budget);
  const text = stripFeelPrefix(expression);
  assertExpressionLength(text, expression, budget);

  const started = performance.now();
  let outcome: { value: T; warnings: FeelWarning[] };
  try {
    outcome = evaluateText(text);
  } catch (error) {
    throw toFeelError(error, expression);
  }
  const durationMs = performance.now() - started;

  assertDuration(durationMs, expression, budget);
  assertResultSize(outcome.value, expression, budget);
  const warnings = outcome.warnings.map(({ type, message, position }) => ({ type, message, position }));
  return { value: outcome.value, warnings, durationMs };
}

function toFeelError(error: unknown, expression: string): FeelError {
  if (error instanceof FeelinSyntaxError) {
    return new FeelError(FeelErrorCode.SYNTAX, expression, error.message, error.position, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new FeelError(FeelErrorCode.EVALUATION, expression, `FEEL evaluation failed: ${message}`, undefined, {
    cause: error,
  });
}
