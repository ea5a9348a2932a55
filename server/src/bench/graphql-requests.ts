/** The operations the goals measure, written as the SPA sends them. */
export const signInMutation = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { status viewer { id email } }
}`;

export const verifyMfaMutation = `mutation VerifyMfa($input: VerifyMfaInput!) {
  verifyMfa(input: $input) { status viewer { id email } }
}`;

export const trivialMutation = `mutation KeepNotices {
  updateNotificationPreferences(input: { newBrowserSignIn: true }) { email }
}`;

export const typenameQuery = "{ __typename }";

export const securitySettingsQuery = `query SecuritySettings {
  securitySettings {
    mfaEnabled mfaEnabledAt mfaRequired canDisableMfa
    recoveryCodesRemaining recoveryCodesGeneratedAt
    trustedDevices { id label createdAt lastUsedAt expiresAt current }
  }
}`;

export const staffQuery = `query Staff($first: Int, $after: String, $filter: StaffFilter) {
  staff(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { cursor node { id name email role mfaEnabled mfaEnabledAt lastSignInAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export function graphqlBody(query: string, variables?: Record<string, unknown>): string {
  return JSON.stringify(variables ? { query, variables } : { query });
}
