import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { ErrorLink } from "@apollo/client/link/error";
import { ErrorCode } from "@app/shared";

/** The signed-in frame's check of the company's MFA rule; it redirects to set-up when due. */
const mfaEnforcementQueryName = "MfaEnforcementNotice";

/**
 * A company can start enforcing MFA while someone is signed in. Their next refused request asks
 * the frame to look again, which takes them to set-up. The API enforces it either way.
 */
const mfaSetupRequiredLink = new ErrorLink(({ error, operation }) => {
  const isSetupRequired =
    CombinedGraphQLErrors.is(error) &&
    error.errors.some(
      (graphQLError) => graphQLError.extensions?.["code"] === ErrorCode.MFA_SETUP_REQUIRED,
    );
  if (!isSetupRequired || operation.operationName === mfaEnforcementQueryName) return;

  void operation.client.refetchQueries({ include: [mfaEnforcementQueryName] });
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      mfaSetupRequiredLink,
      // Same origin: the dev and preview servers proxy /graphql, so the httpOnly session cookie
      // is first-party and is sent without any CORS set-up.
      new HttpLink({ uri: "/graphql", credentials: "same-origin" }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        // SecuritySettings has no id, and several screens ask for different fields of it: merging
        // keeps one screen's answer from wiping the fields another screen is showing.
        SecuritySettings: { merge: true },
      },
    }),
  });
}
