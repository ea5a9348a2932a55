import { graphql } from "../../gql";

/** Everything Settings > Security shows; every mutation that changes it answers with this. */
export const SecuritySettingsFragment = graphql(`
  fragment SecuritySettings_all on SecuritySettings {
    mfaEnabled
    mfaEnabledAt
    mfaRequired
    mfaSetupDeadline
    canDisableMfa
    recoveryCodesRemaining
    recoveryCodesGeneratedAt
    trustedDevices {
      id
      label
      createdAt
      lastUsedAt
      expiresAt
      current
    }
  }
`);
