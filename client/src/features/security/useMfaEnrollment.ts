import { useMutation } from "@apollo/client/react";

import { graphql } from "../../gql";
import type { StartMfaEnrollmentMutation } from "../../gql/graphql";
import { requireData, type ActionResult } from "../../lib/actionResult";
import { useReauthentication } from "./useReauthentication";
import { useStoreSecuritySettings } from "./useSecuritySettings";

// The set-up key and the recovery codes are secrets: "no-cache" keeps them out of the Apollo
// cache, where they would outlive the screen that shows them.
const StartMfaEnrollmentMutation = graphql(`
  mutation StartMfaEnrollment {
    startMfaEnrollment {
      manualEntryKey
      otpauthUri
      qrCodeDataUrl
      expiresAt
    }
  }
`);

const EnableMfaMutation = graphql(`
  mutation EnableMfa($input: EnableMfaInput!) {
    enableMfa(input: $input) {
      recoveryCodes
      securitySettings {
        ...SecuritySettings_all
      }
    }
  }
`);

export type MfaEnrollment = StartMfaEnrollmentMutation["startMfaEnrollment"];

export function useMfaEnrollment() {
  const { runSensitive, reauthenticationDialog } = useReauthentication();
  const storeSecuritySettings = useStoreSecuritySettings();
  const [startMutation] = useMutation(StartMfaEnrollmentMutation, { fetchPolicy: "no-cache" });
  const [enableMutation] = useMutation(EnableMfaMutation, { fetchPolicy: "no-cache" });

  function startEnrollment(): Promise<ActionResult<MfaEnrollment>> {
    return runSensitive(async () => requireData(await startMutation()).startMfaEnrollment);
  }

  async function enableMfa(code: string): Promise<ActionResult<string[]>> {
    const result = await runSensitive(async () => {
      const data = requireData(await enableMutation({ variables: { input: { code } } }));
      return data.enableMfa;
    });
    if (result.kind !== "succeeded") return result;

    storeSecuritySettings(result.value.securitySettings);
    return { kind: "succeeded", value: result.value.recoveryCodes };
  }

  return { startEnrollment, enableMfa, reauthenticationDialog };
}
