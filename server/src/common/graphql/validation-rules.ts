import depthLimit from 'graphql-depth-limit';

export const MAX_QUERY_DEPTH = 12;

/** Validation rules added to GraphQL's own: refuse deep queries before any resolver runs. */
export function queryValidationRules() {
  return [depthLimit(MAX_QUERY_DEPTH)];
}
