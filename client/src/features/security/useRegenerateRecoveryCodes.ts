import { useMutation } from "@apollo/client/react";

import { graphql } from "../../gql";
import { requireData, type ActionResult } from "../../lib/actionResult";
import { useReauthentication } from "./useReauthentication";
import { useStoreSecuritySettings } from "./useSecuritySettings";

// "no-cache": the new codes must not be kept anywhere but the dialog that shows them.
const RegenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes($input: ConfirmCodeInput!) {
    regenerateRecoveryCodes(input: $input) {
      recoveryCodes
      securitySettings {
        ...SecuritySettings_all
      }
    }
  }
`);

export function useRegenerateRecoveryCodes() {
  const { runSensitive, reauthenticationDialog } = useReauthentication();
  const storeSecuritySettings = useStoreSecuritySettings();
  const [mutate] = useMutation(RegenerateRecoveryCodesMutation, { fetchPolicy: "no-cache" });

  async function regenerateRecoveryCodes(code: string): Promise<ActionResult<string[]>> {
    const result = await runSensitive(async () => {
      const data = requireData(await mutate({ variables: { input: { code } } }));
      return data.regenerateRecoveryCodes;
    });
    if (result.kind !== "succeeded") return result;

    storeSecuritySettings(result.value.securitySettings);
    return { kind: "succeeded", value: result.value.recoveryCodes };
  }

  return { regenerateRecoveryCodes, reauthenticationDialog };
}
