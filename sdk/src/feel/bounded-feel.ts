import { parseExpression } from 'feelin';
import { stripFeelPrefix } from './evaluate-feel.js';

/** Syntax that can loop or recurse: iteration, quantifiers, ranges, function definitions (which may call themselves). */
const UNBOUNDED_NODES = new Set(['ForExpression', 'QuantifiedExpression', 'FunctionDefinition', 'Interval', '..']);
/** Built-ins that run a regular expression the expression supplies (catastrophic backtracking). */
const REGEX_FUNCTIONS = new Set(['matches', 'replace', 'split']);

/**
 * Whether a FEEL expression runs in time bounded by its own length and its input's size: no iteration, quantifier,
 * range or function definition, and no regular-expression built-in. Such an expression may be evaluated where a
 * runaway one could not be stopped (feelin cannot be interrupted). Unparsable text counts as unbounded.
 */
export function isBoundedFeel(expression: string): boolean {
  let bounded = known.get(expression);
  if (bounded === undefined) {
    bounded = check(stripFeelPrefix(expression));
    if (known.size >= 5_000) known.clear();
    known.set(expression, bounded);
  }
  return bounded;
}

/** Answers by expression text: forms are read afresh for each submission, their expressions repeat. */
const known = new Map<string, boolean>();

function check(text: string): boolean {
  try {
    let bounded = true;
    parseExpression(text, {}, undefined).iterate({
      enter(node) {
        if (!bounded) return false;
        if (node.type.isError || UNBOUNDED_NODES.has(node.name)) bounded = false;
        else if (node.name === 'FunctionInvocation') {
          const callee = node.node.firstChild;
          if (callee && REGEX_FUNCTIONS.has(text.slice(callee.from, callee.to).trim())) bounded = false;
        }
        return bounded;
      },
    });
    return bounded;
  } catch {
    return false;
  }
}
