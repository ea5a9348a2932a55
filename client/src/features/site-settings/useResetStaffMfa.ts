import { useMutation } from "@apollo/client/react";

import { graphql } from "../../gql";
import type { ActionResult } from "../../lib/actionResult";
import { useReauthentication } from "../security/useReauthentication";
import { companyChangeExplanation } from "./companyChangeExplanation";
import { CompanySettingsQuery } from "./useCompanySettings";
import { StaffPageQuery } from "./useStaffList";

const ResetStaffMfaMutation = graphql(`
  mutation ResetStaffMfa($input: ResetStaffMfaInput!) {
    resetStaffMfa(input: $input) {
      id
      ...StaffTable_member
    }
  }
`);

/**
 * The answer updates the person's cached row by id; the list and the counts are fetched again,
 * because a filtered page ("MFA on") and the adoption figures no longer hold.
 */
export function useResetStaffMfa() {
  const [resetStaffMfa, { loading: isResetting }] = useMutation(ResetStaffMfaMutation, {
    refetchQueries: [StaffPageQuery, CompanySettingsQuery],
  });
  const { runSensitive, reauthenticationDialog: passwordDialog } =
    useReauthentication(companyChangeExplanation);

  async function resetMfa(userId: string, reason: string): Promise<ActionResult<void>> {
    const result = await runSensitive(() =>
      resetStaffMfa({ variables: { input: { userId, reason } } }),
    );
    if (result.kind !== "succeeded") return result;

    return { kind: "succeeded", value: undefined };
  }

  return { resetMfa, isResetting, passwordDialog };
}
