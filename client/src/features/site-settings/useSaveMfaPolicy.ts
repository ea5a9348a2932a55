import { useMutation } from "@apollo/client/react";

import { graphql } from "../../gql";
import type { ActionResult } from "../../lib/actionResult";
import { useReauthentication } from "../security/useReauthentication";
import { companyChangeExplanation } from "./companyChangeExplanation";
import type { MfaPolicyDraft } from "./mfaPolicyDraft";
import { useStoreCompanySettings } from "./useCompanySettings";

const UpdateMfaPolicyMutation = graphql(`
  mutation UpdateMfaPolicy($input: MfaPolicyInput!) {
    updateMfaPolicy(input: $input) {
      ...CompanySettings_all
    }
  }
`);

export function useSaveMfaPolicy() {
  const [updateMfaPolicy, { loading: isSaving }] = useMutation(UpdateMfaPolicyMutation);
  const storeCompanySettings = useStoreCompanySettings();
  const { runSensitive, reauthenticationDialog: passwordDialog } =
    useReauthentication(companyChangeExplanation);

  async function savePolicy(draft: MfaPolicyDraft): Promise<ActionResult<void>> {
    const result = await runSensitive(() => updateMfaPolicy({ variables: { input: draft } }));
    if (result.kind !== "succeeded") return result;

    const saved = result.value.data?.updateMfaPolicy;
    if (saved) storeCompanySettings(saved);
    return { kind: "succeeded", value: undefined };
  }

  return { savePolicy, isSaving, passwordDialog };
}
