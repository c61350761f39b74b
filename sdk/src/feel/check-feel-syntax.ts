import { parseExpression, parseUnaryTests } from 'feelin';
import { assertExpressionLength, type FeelBudget, resolveBudget } from './feel-budget.js';
import { FeelError, FeelErrorCode, type FeelPosition } from './feel-error.js';
import { stripFeelPrefix } from './evaluate-feel.js';

type Tree = ReturnType<typeof parseExpression>;
type SyntaxNode = Tree['topNode'];

export interface FeelParseOptions {
  /** Parse as unary tests (`> 3, < 10`) instead of an expression. */
  unaryTests?: boolean;
  /** Known variables; FEEL names may contain spaces (`order total`) and are recognised only when known. */
  context?: Record<string, unknown>;
  budget?: Partial<FeelBudget>;
}

export type FeelSyntaxCheck =
  { valid: true } | { valid: false; message: string; position: FeelPosition; line: number; column: number };

/** Parses without evaluating and reports the first syntax error, for editors and deploy-time checks. */
export function checkFeelSyntax(expression: string, options: FeelParseOptions = {}): FeelSyntaxCheck {
  let text: string;
  let tree: Tree;
  try {
    ({ text, tree } = parse(expression, options));
  } catch (error) {
    if (error instanceof FeelError) {
      return { valid: false, message: error.message, position: { from: 0, to: 0 }, line: 1, column: 1 };
    }
    throw error;
  }
  const errorNode = findFirstError(tree);
  if (!errorNode) {
    return { valid: true };
  }
  const { message, position } = describeError(errorNode, text);
  const before = text.slice(0, position.from).split('\n');
  return { valid: false, message, position, line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * Lists the root variable names an expression reads from its context, in order of first use: `a.b + c` reads
 * `a` and `c`. Names bound inside the expression (`for x in`, `some x in`, function parameters, earlier entries
 * of a context literal, `item` in a filter) and names of invoked functions are left out. Inside a filter
 * (`list[risk > 6]`) a bare name may be a property of the list item; it is listed, as form-js does.
 *
 * @throws {FeelError} `SYNTAX` when the expression does not parse, `BUDGET` when it is too long.
 */
export function listFeelVariables(expression: string, options: FeelParseOptions = {}): string[] {
  const { text, tree } = parse(expression, options);
  const errorNode = findFirstError(tree);
  if (errorNode) {
    const { message, position } = describeError(errorNode, text);
    throw new FeelError(FeelErrorCode.SYNTAX, expression, message, position);
  }
  const found = new Set<string>();
  collect(tree.topNode, new Set(), text, found);
  return [...found];
}

function parse(expression: string, options: FeelParseOptions): { text: string; tree: Tree } {
  const text = stripFeelPrefix(expression);
  assertExpressionLength(text, expression, resolveBudget(options.budget));
  const parseText = options.unaryTests ? parseUnaryTests : parseExpression;
  return { text, tree: parseText(text, options.context ?? {}, undefined) };
}

function findFirstError(tree: Tree): SyntaxNode | null {
  let found: SyntaxNode | null = null;
  tree.iterate({
    enter(ref) {
      if (found) {
        return false;
      }
      if (ref.type.isError) {
        found = ref.node;
        return false;
      }
      return undefined;
    },
  });
  return found;
}

function describeError(node: SyntaxNode, text: string): { message: string; position: FeelPosition } {
  const parentName = node.parent?.name ?? 'Expression';
  if (node.from !== node.to) {
    return { message: `Unrecognized token in <${parentName}>`, position: { from: node.from, to: node.to } };
  }
  if (node.to >= text.trimEnd().length) {
    return { message: `Incomplete <${parentName}>`, position: { from: node.from, to: node.to } };
  }
  const next = text.slice(node.to).match(/^\s*(\S+)/);
  const token = next ? next[1] : '';
  const from = node.to + (next ? next[0].length - token.length : 0);
  return { message: `Unexpected "${token}" in <${parentName}>`, position: { from, to: from + token.length } };
}

function children(node: SyntaxNode): SyntaxNode[] {
  const result: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    result.push(child);
  }
  return result;
}

function nameOf(node: SyntaxNode, text: string): string {
  return text.slice(node.from, node.to).replace(/\s+/g, ' ').trim();
}

function collect(node: SyntaxNode, bound: Set<string>, text: string, found: Set<string>): void {
  const parts = children(node);
  switch (node.name) {
    case 'VariableName': {
      const name = nameOf(node, text);
      if (!bound.has(name)) {
        found.add(name);
      }
      return;
    }
    case 'PathExpression':
    case 'FunctionInvocation': {
      // only the root of `a.b.c` reads the context; an invoked name is a function, not a variable
      const [head, ...rest] = parts;
      if (head && (node.name === 'PathExpression' || head.name !== 'VariableName')) {
        collect(head, bound, text, found);
      }
      if (node.name === 'FunctionInvocation') {
        rest.forEach((part) => collect(part, bound, text, found));
      }
      return;
    }
    case 'FilterExpression': {
      const [target, , filter] = parts;
      collect(target, bound, text, found);
      if (filter) {
        collect(filter, new Set([...bound, 'item']), text, found);
      }
      return;
    }
    case 'ForExpression':
    case 'QuantifiedExpression':
    case 'FunctionDefinition':
    case 'Context':
      collectScoped(parts, new Set(bound), text, found);
      return;
    default:
      parts.forEach((part) => collect(part, bound, text, found));
  }
}

/** Walks children in order, binding names as they are introduced (iteration names, parameters, context keys). */
function collectScoped(parts: SyntaxNode[], scope: Set<string>, text: string, found: Set<string>): void {
  for (const part of parts) {
    if (part.name === 'InExpressions') {
      collectScoped(children(part), scope, text, found);
    } else if (part.name === 'InExpression' || part.name === 'ContextEntry') {
      const [name, ...rest] = children(part);
      rest.forEach((child) => collect(child, scope, text, found));
      scope.add(nameOf(name, text).replace(/^"|"$/g, ''));
    } else if (part.name === 'FormalParameters') {
      part.getChildren('FormalParameter').forEach((parameter) => {
        const parameterName = parameter.getChild('ParameterName') ?? parameter;
        scope.add(nameOf(parameterName, text));
      });
    } else {
      collect(part, scope, text, found);
    }
  }
}
