import { useMutation } from "@apollo/client/react";

import { graphql } from "../../gql";
import { requireData, settle, type ActionResult } from "../../lib/actionResult";
import { useStoreNotificationSettings } from "./useNotificationSettings";

const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      ...NotificationSettings_all
    }
  }
`);

export function useUpdateNotificationPreferences() {
  const [mutate, { loading: isSaving }] = useMutation(UpdateNotificationPreferencesMutation);
  const storeNotificationSettings = useStoreNotificationSettings();

  async function setNewBrowserSignIn(isEnabled: boolean): Promise<ActionResult<void>> {
    const result = await settle(async () => {
      const variables = { input: { newBrowserSignIn: isEnabled } };
      return requireData(await mutate({ variables })).updateNotificationPreferences;
    });
    if (result.kind !== "succeeded") return result;

    storeNotificationSettings(result.value);
    return { kind: "succeeded", value: undefined };
  }

  return { setNewBrowserSignIn, isSaving };
}
