import { useApolloClient, useMutation } from "@apollo/client/react";

import { graphql } from "../../gql";
import { requireData, settle, type ActionResult } from "../../lib/actionResult";

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/**
 * The current password is itself the proof of identity here, so unlike other sensitive changes
 * this one never asks for a recent sign-in.
 */
export function useChangePassword() {
  const client = useApolloClient();
  // Apollo stores a mutation's answer under a key built from its arguments, which here are both
  // passwords; "no-cache" keeps them out of the cache entirely.
  const [mutate, { loading: isChanging }] = useMutation(ChangePasswordMutation, {
    fetchPolicy: "no-cache",
  });

  async function changePassword(change: PasswordChange): Promise<ActionResult<void>> {
    const result = await settle(async () => {
      requireData(await mutate({ variables: { input: change } }));
    });
    if (result.kind !== "succeeded") return result;

    // The API forgot every trusted browser, so a cached Security page would still list them.
    client.cache.evict({ id: "ROOT_QUERY", fieldName: "securitySettings" });
    client.cache.gc();
    return result;
  }

  return { changePassword, isChanging };
}
