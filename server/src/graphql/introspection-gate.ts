import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";

import type { RequestContext } from "./context.js";

/**
 * Outside production introspection is open, for tooling. In production it is open to signed-in
 * people and token holders, and closed to anonymous callers, who have no need to map the API.
 */
export function introspectionGate(isProduction: boolean): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, request }) {
          if (!isProduction || contextValue.session) return;

          if (/\b__(schema|type)\b/.test(request.query ?? "")) {
            throw new GraphQLError("GraphQL introspection is not allowed here.", {
              extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
