import { useApolloClient, useMutation } from "@apollo/client/react";

import { graphql } from "../../gql";
import { toOperationFailure, type OperationFailure } from "../../lib/operationFailure";

const VerifyMfaMutation = graphql(`
  mutation VerifyMfa($input: VerifyMfaInput!) {
    verifyMfa(input: $input) {
      status
    }
  }
`);

/** Exactly one kind of proof goes to the server, as the API demands. */
export type SecondFactor = { kind: "code"; code: string } | { kind: "recoveryCode"; code: string };

export type VerifyMfaOutcome = { kind: "verified" } | { kind: "failed"; failure: OperationFailure };

function toInput(factor: SecondFactor, shouldTrustDevice: boolean) {
  const proof = factor.kind === "code" ? { code: factor.code } : { recoveryCode: factor.code };

  return { ...proof, trustDevice: shouldTrustDevice };
}

export function useVerifyMfa() {
  const client = useApolloClient();
  const [mutate, { loading: isVerifying }] = useMutation(VerifyMfaMutation);

  async function verifyMfa(
    factor: SecondFactor,
    shouldTrustDevice: boolean,
  ): Promise<VerifyMfaOutcome> {
    try {
      const { data } = await mutate({ variables: { input: toInput(factor, shouldTrustDevice) } });
      if (data?.verifyMfa.status !== "SIGNED_IN") {
        return { kind: "failed", failure: { kind: "unexpected" } };
      }
    } catch (error) {
      return { kind: "failed", failure: toOperationFailure(error) };
    }

    // The session is new, so nothing remembered from before the second step may be reused.
    await client.clearStore();
    return { kind: "verified" };
  }

  return { verifyMfa, isVerifying };
}
