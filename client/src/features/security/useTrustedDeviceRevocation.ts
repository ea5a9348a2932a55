import { useMutation } from "@apollo/client/react";

import { graphql } from "../../gql";
import { requireData, settle, type ActionResult } from "../../lib/actionResult";
import { useReauthentication } from "./useReauthentication";
import { useStoreSecuritySettings } from "./useSecuritySettings";

const RevokeTrustedDeviceMutation = graphql(`
  mutation RevokeTrustedDevice($id: ID!) {
    revokeTrustedDevice(id: $id) {
      ...SecuritySettings_all
    }
  }
`);

const RevokeAllTrustedDevicesMutation = graphql(`
  mutation RevokeAllTrustedDevices {
    revokeAllTrustedDevices {
      ...SecuritySettings_all
    }
  }
`);

export function useTrustedDeviceRevocation() {
  const { runSensitive, reauthenticationDialog } = useReauthentication();
  const storeSecuritySettings = useStoreSecuritySettings();
  const [revokeOneMutation] = useMutation(RevokeTrustedDeviceMutation);
  const [revokeAllMutation] = useMutation(RevokeAllTrustedDevicesMutation);

  async function revokeTrustedDevice(id: string): Promise<ActionResult<void>> {
    const result = await settle(async () => {
      return requireData(await revokeOneMutation({ variables: { id } })).revokeTrustedDevice;
    });
    if (result.kind !== "succeeded") return result;

    storeSecuritySettings(result.value);
    return { kind: "succeeded", value: undefined };
  }

  async function revokeAllTrustedDevices(): Promise<ActionResult<void>> {
    const result = await runSensitive(async () => {
      return requireData(await revokeAllMutation()).revokeAllTrustedDevices;
    });
    if (result.kind !== "succeeded") return result;

    storeSecuritySettings(result.value);
    return { kind: "succeeded", value: undefined };
  }

  return { revokeTrustedDevice, revokeAllTrustedDevices, reauthenticationDialog };
}
