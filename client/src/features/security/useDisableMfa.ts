import { useMutation } from "@apollo/client/react";

import { graphql } from "../../gql";
import { requireData, type ActionResult } from "../../lib/actionResult";
import { useReauthentication } from "./useReauthentication";
import { useStoreSecuritySettings } from "./useSecuritySettings";

const DisableMfaMutation = graphql(`
  mutation DisableMfa($input: ConfirmCodeInput!) {
    disableMfa(input: $input) {
      ...SecuritySettings_all
    }
  }
`);

export function useDisableMfa() {
  const { runSensitive, reauthenticationDialog } = useReauthentication();
  const storeSecuritySettings = useStoreSecuritySettings();
  const [mutate] = useMutation(DisableMfaMutation);

  async function disableMfa(code: string): Promise<ActionResult<void>> {
    const result = await runSensitive(async () => {
      const data = requireData(await mutate({ variables: { input: { code } } }));
      return data.disableMfa;
    });
    if (result.kind !== "succeeded") return result;

    storeSecuritySettings(result.value);
    return { kind: "succeeded", value: undefined };
  }

  return { disableMfa, reauthenticationDialog };
}
