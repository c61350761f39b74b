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
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              operationName: request.operationName ?? undefined,
              query: document,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // getComplexity coerces the variables first: a wrong one (an unknown enum value, a string for a Boolean)
            // is the caller's mistake, not a server error.
            // (By name: graphql-query-complexity may load another copy of graphql, so instanceof would miss it.)
            if (!(error instanceof Error) || error.name !== 'GraphQLError') throw error;
            throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
          }
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
