import { parseExpression } from 'feelin';
import { KNOWN_FEEL_FUNCTIONS } from './feel-functions.js';

export type FeelIssue = { readonly kind: 'syntax'; readonly near: string } | { readonly kind: 'unknown-function'; readonly name: string };

// multi-word names must be known to the tokenizer, or `get or else(x, 1)` reads as a disjunction
const PARSE_CONTEXT = Object.fromEntries([...KNOWN_FEEL_FUNCTIONS].filter((name) => name.includes(' ')).map((name) => [name, true]));

/** Parses a FEEL expression (without its leading `=`) and reports syntax errors and calls to unknown functions. */
export function checkFeel(expression: string): FeelIssue[] {
  if (expression.trim() === '') return [{ kind: 'syntax', near: '' }];
  const issues: FeelIssue[] = [];
  const calls: { name: string }[] = [];
  const bound = new Set<string>();
  let syntaxReported = false;
  parseExpression(expression, PARSE_CONTEXT, 'camunda').iterate({
    enter(node) {
      if (node.type.isError) {
        if (!syntaxReported) issues.push({ kind: 'syntax', near: nearby(expression, node.from) });
        syntaxReported = true;
      } else if (node.name === 'FunctionInvocation') {
        const callee = node.node.firstChild;
        if (callee?.name === 'VariableName') calls.push({ name: expression.slice(callee.from, callee.to) });
      } else if (node.name === 'Name' || node.name === 'ParameterName') {
        // context keys, function parameters and iteration variables may hold user-defined functions
        bound.add(expression.slice(node.from, node.to));
      }
    },
  });
  if (syntaxReported) return issues;
  for (const { name } of calls) {
    if (!KNOWN_FEEL_FUNCTIONS.has(name) && !bound.has(name)) issues.push({ kind: 'unknown-function', name });
  }
  return issues;
}

function nearby(expression: string, at: number): string {
  const start = Math.max(0, at - 10);
  return expression.slice(start, at + 10).trim() || expression.slice(-20);
}
