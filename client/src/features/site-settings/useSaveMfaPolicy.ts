import { useMutation } from "@apollo/client/react";

import { graphql } from "../../gql";
import type { AdminActionResult } from "./adminActionResult";
import type { MfaPolicyDraft } from "./mfaPolicyDraft";
import { useStoreCompanySettings } from "./useCompanySettings";
import { useRecentSignIn } from "./useRecentSignIn";

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
  const { runWithRecentSignIn, passwordDialog } = useRecentSignIn();

  async function savePolicy(draft: MfaPolicyDraft): Promise<AdminActionResult<void>> {
    const result = await runWithRecentSignIn(() =>
      updateMfaPolicy({ variables: { input: draft } }),
    );
    if (result.kind !== "succeeded") return result;

    const saved = result.value.data?.updateMfaPolicy;
    if (saved) storeCompanySettings(saved);
    return { kind: "succeeded", value: undefined };
  }

  return { savePolicy, isSaving, passwordDialog };
}
