import { useApolloClient, useMutation } from "@apollo/client/react";
import { normalizeEmail } from "@app/shared";

import { graphql } from "../../gql";
import type { SignInStatus } from "../../gql/graphql";
import { assertNever } from "../../lib/assertNever";
import { toOperationFailure, type OperationFailure } from "../../lib/operationFailure";

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      status
    }
  }
`);

export type SignInOutcome =
  | { kind: "signedIn" }
  | { kind: "verificationRequired" }
  | { kind: "failed"; failure: OperationFailure };

function outcomeOf(status: SignInStatus): SignInOutcome {
  switch (status) {
    case "SIGNED_IN":
      return { kind: "signedIn" };
    // The verification and set-up screens do not exist yet; until they do, the form says so.
    case "MFA_REQUIRED":
    case "MFA_SETUP_REQUIRED":
      return { kind: "verificationRequired" };
    default:
      return assertNever(status);
  }
}

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
    return outcomeOf(status);
  }

  return { signIn, isSigningIn };
}
