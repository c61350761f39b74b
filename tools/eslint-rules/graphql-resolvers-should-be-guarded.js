'use strict';

// Every GraphQL entry point must say who may call it. A resolver method decorated with @Query, @Mutation,
// @Subscription or @ResolveField needs @UseGuards(...) on the method or on its class, or an explicit @Public()
// on the method itself (a class-wide @Public would make it too easy to open a new method by accident).

const DEFAULT_RESOLVER_DECORATORS = ['Query', 'Mutation', 'Subscription', 'ResolveField'];
const DEFAULT_GUARD_DECORATORS = ['UseGuards'];
const DEFAULT_PUBLIC_DECORATORS = ['Public'];

/** `@Foo`, `@Foo()`, `@ns.Foo`, `@ns.Foo()` → { name: 'Foo', args: [...] | null } */
function describeDecorator(decorator) {
  let expression = decorator.expression;
  let args = null;
  if (expression.type === 'CallExpression') {
    args = expression.arguments;
    expression = expression.callee;
  }
  if (expression.type === 'Identifier') return { name: expression.name, args };
  if (expression.type === 'MemberExpression' && !expression.computed && expression.property.type === 'Identifier') {
    return { name: expression.property.name, args };
  }
  return { name: null, args };
}

function findDecorator(node, names) {
  for (const decorator of node.decorators ?? []) {
    const described = describeDecorator(decorator);
    if (described.name !== null && names.includes(described.name)) return described;
  }
  return null;
}

// `@UseGuards()` with no guard protects nothing, so it does not count; a custom guard decorator such as
// `@Authenticated()` carries its guards inside and needs no arguments.
function hasGuard(node, guardNames) {
  const guard = findDecorator(node, guardNames);
  if (guard === null) return false;
  return guard.name !== 'UseGuards' || guard.args === null || guard.args.length > 0;
}

function enclosingClass(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'ClassDeclaration' || current.type === 'ClassExpression') return current;
  }
  return null;
}

function methodName(node, sourceCode) {
  if (node.key.type === 'Identifier' && !node.computed) return node.key.name;
  if (node.key.type === 'PrivateIdentifier') return `#${node.key.name}`;
  if (node.key.type === 'Literal') return String(node.key.value);
  return sourceCode.getText(node.key);
}

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'GraphQL resolver methods (@Query, @Mutation, @Subscription, @ResolveField) must be guarded by @UseGuards on the method or its class, or be marked @Public()',
    },
    messages: {
      unguarded:
        "GraphQL resolver method '{{name}}' has no guard: add @UseGuards(...) to it or to its class, or mark it @Public() if anyone may call it.",
    },
    schema: [
      {
        type: 'object',
        properties: {
          resolverDecorators: { type: 'array', items: { type: 'string' }, uniqueItems: true },
          guardDecorators: { type: 'array', items: { type: 'string' }, uniqueItems: true },
          publicDecorators: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
  },

  create(context) {
    const options = context.options[0] ?? {};
    const resolverNames = options.resolverDecorators ?? DEFAULT_RESOLVER_DECORATORS;
    const guardNames = options.guardDecorators ?? DEFAULT_GUARD_DECORATORS;
    const publicNames = options.publicDecorators ?? DEFAULT_PUBLIC_DECORATORS;
    const sourceCode = context.sourceCode ?? context.getSourceCode();

    function check(node) {
      if (findDecorator(node, resolverNames) === null) return;
      if (hasGuard(node, guardNames) || findDecorator(node, publicNames) !== null) return;
      const classNode = enclosingClass(node);
      if (classNode !== null && hasGuard(classNode, guardNames)) return;
      context.report({ node: node.key, messageId: 'unguarded', data: { name: methodName(node, sourceCode) } });
    }

    // TypeScript rejects decorators on abstract methods, so MethodDefinition is the only node to visit.
    return { MethodDefinition: check };
  },
};
