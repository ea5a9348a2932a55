import { graphql } from "../../gql";

/**
 * The signed-in person's tokens. It lives apart from the list so the create and revoke hooks can
 * name it for a refetch without importing the component that shows it.
 */
export const ApiAccessTokensQuery = graphql(`
  query ApiAccessTokens {
    viewer {
      id
      accessTokens {
        id
        name
        createdAt
        lastUsedAt
        expiresAt
      }
    }
  }
`);
