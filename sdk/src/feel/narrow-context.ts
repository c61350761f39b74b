import { parseExpression, parseUnaryTests } from 'feelin';
import type { FeelContext } from './evaluate-feel.js';

const MAX_CACHED = 2000;
/** Root names each expression text reads; null when it could not be analysed (then the whole context is passed). */
const namesByText = new Map<string, string[] | null>();

/**
 * The part of `context` an expression can read: only its root variable names. feelin copies (and converts) the
 * whole context on every evaluation, so a form's 200-field data cost every condition O(fields); narrowed, a
 * condition costs what it reads. Contexts with names containing spaces (`order total`) are passed whole, since
 * such names are only recognised by parsing with the context. `always` names (`?` of unary tests) are kept.
 */
export function narrowContext(text: string, context: FeelContext, always: string[] = []): FeelContext {
  const keys = Object.keys(context);
  if (keys.length <= 8 || keys.some((key) => key.includes(' '))) {
    return context;
  }
  const names = rootNames(text);
  if (!names) {
    return context;
  }
  const narrowed: FeelContext = {};
  for (const name of [...names, ...always]) {
    if (Object.prototype.hasOwnProperty.call(context, name)) {
      narrowed[name] = context[name];
    }
  }
  return narrowed;
}

function rootNames(text: string): string[] | null {
  const cached = namesByText.get(text);
  if (cached !== undefined) {
    return cached;
  }
  const names = analyse(text);
  if (namesByText.size >= MAX_CACHED) {
    namesByText.clear();
  }
  namesByText.set(text, names);
  return names;
}

/**
 * Every VariableName in the text, wherever it appears (also names bound inside the expression or properties in
 * filters, names of called functions: keeping a few extra names is harmless, dropping a read one is not). Null
 * when the text parses neither as an expression nor as unary tests.
 */
function analyse(text: string): string[] | null {
  for (const parse of [parseExpression, parseUnaryTests]) {
    try {
      const tree = parse(text, {}, undefined);
      let broken = false;
      const names = new Set<string>();
      tree.iterate({
        enter(node) {
          if (node.type.isError) broken = true;
          if (node.name === 'VariableName') names.add(text.slice(node.from, node.to).replace(/\s+/g, ' ').trim());
          return broken ? false : undefined;
        },
      });
      if (!broken) return [...names];
    } catch {
      // try the other grammar
    }
  }
  return null;
}

const MAX_MEMO = 5000;
const memo = new Map<
  string,
  { value: unknown; warnings: Array<{ type: string; message: string; position: { from: number; to: number } }> }
>();
const CLOCK_FUNCTIONS = new Set(['now', 'today']);

/**
 * The memo key of an evaluation whose result depends only on its text and the values it reads: null when the
 * context could not be narrowed, the expression reads the clock, or what it reads is large. A form re-evaluates
 * the same conditions on every keystroke and again to validate; with the memo only the ones whose inputs changed
 * run. Only primitive results are memoised (see {@link remember}), so no caller can share a mutable value.
 */
export function memoKey(kind: string, text: string, narrowed: FeelContext, context: FeelContext): string | null {
  if (narrowed === context) return null;
  const names = namesByText.get(text);
  if (!names || names.some((name) => CLOCK_FUNCTIONS.has(name))) return null;
  const inputs = JSON.stringify(narrowed);
  return inputs.length > 2048 ? null : `${kind}\u0000${text}\u0000${inputs}`;
}

export function recall(key: string | null) {
  return key === null ? undefined : memo.get(key);
}

export function remember(
  key: string | null,
  outcome: {
    value: unknown;
    warnings: Array<{ type: string; message: string; position: { from: number; to: number } }>;
  },
): void {
  const value = outcome.value;
  if (key === null || (value !== null && typeof value === 'object') || typeof value === 'function') return;
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(key, outcome);
}
