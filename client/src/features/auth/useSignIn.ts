import { useApolloClient, useMutation } from "@apollo/client/react";
import { normalizeEmail } from "@app/shared";

import { graphql } from "../../gql";
import type { SignInStatus } from "../../gql/graphql";
import { toOperationFailure, type OperationFailure } from "../../lib/operationFailure";

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      status
    }
  }
`);

/** The password was right; `status` says which step comes next. */
export type SignInOutcome =
  { kind: "accepted"; status: SignInStatus } | { kind: "failed"; failure: OperationFailure };

export function useSignIn() {
  const client = useApolloClient();
  const [mutate, { loading: isSigningIn }] = useMutation(SignInMutation);

  async function signIn(email: string, password: string): Promise<SignInOutcome> {
    let status: SignInStatus;
    try {
      const { data } = await mutate({
        variables: { input: { email: normalizeEmail(email), password } },
      });
      if (!data) return { kind: "failed", failure: { kind: "unexpected" } };
      status = data.signIn.status;
    } catch (error) {
      return { kind: "failed", failure: toOperationFailure(error) };
    }

    // Whatever was cached belonged to the previous identity, including the route guard's
    // remembered "signed out" answer, so the new session starts from an empty cache.
    await client.clearStore();
    return { kind: "accepted", status };
  }

  return { signIn, isSigningIn };
}
