import { useMutation } from "@apollo/client/react";

import { graphql } from "../../gql";
import { requireData, settle, type ActionResult } from "../../lib/actionResult";
import { ApiAccessTokensQuery } from "./accessTokensQuery";

const RevokeAccessTokenMutation = graphql(`
  mutation RevokeAccessToken($id: ID!) {
    revokeAccessToken(id: $id)
  }
`);

export function useRevokeAccessToken() {
  const [revokeMutation, { loading: isRevoking }] = useMutation(RevokeAccessTokenMutation, {
    refetchQueries: [ApiAccessTokensQuery],
  });

  function revokeAccessToken(id: string): Promise<ActionResult<boolean>> {
    return settle(async () => {
      return requireData(await revokeMutation({ variables: { id } })).revokeAccessToken;
    });
  }

  return { revokeAccessToken, isRevoking };
}
