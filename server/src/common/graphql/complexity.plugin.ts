import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export const MAX_COMPLEXITY = 1000;

/** Refuses an operation whose estimated cost exceeds MAX_COMPLEXITY before any resolver runs. */
export function complexityPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const complexity = getComplexity({
            schema,
            operationName: request.operationName ?? undefined,
            query: document,
            variables: request.variables ?? {},
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > MAX_COMPLEXITY) {
            throw new GraphQLError(`Query is too complex: ${complexity} > ${MAX_COMPLEXITY}. Ask for fewer fields.`, {
              extensions: { code: 'BAD_USER_INPUT', complexity },
            });
          }
        },
      };
    },
  };
}
