import { buildSchema, parse, validate } from 'graphql';
import { MAX_QUERY_DEPTH, queryValidationRules } from './validation-rules.js';

// A cyclic schema, as ours will become (task → process instance → tasks …).
const schema = buildSchema(`type Node { id: ID! next: Node } type Query { node: Node }`);

function nested(depth: number): string {
  let selection = 'id';
  for (let i = 1; i < depth; i++) selection = `next { ${selection} }`;
  return `{ node { ${selection} } }`;
}

describe('queryValidationRules', () => {
  it('accepts a query at the depth limit', () => {
    expect(validate(schema, parse(nested(MAX_QUERY_DEPTH - 1)), queryValidationRules())).toEqual([]);
  });

  it('refuses a query deeper than the limit', () => {
    const errors = validate(schema, parse(nested(MAX_QUERY_DEPTH + 2)), queryValidationRules());
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/exceeds maximum operation depth of 12/)]);
  });
});
