/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SignedInLayout {\n    viewer {\n      id\n      ...UserMenu_viewer\n    }\n  }\n": typeof types.SignedInLayoutDocument,
    "\n  query ApiAccessTokens {\n    viewer {\n      id\n      accessTokens {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.ApiAccessTokensDocument,
    "\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      accessToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id)\n  }\n": typeof types.RevokeAccessTokenDocument,
    "\n  query MfaEnforcementNotice {\n    securitySettings {\n      mfaEnabled\n      mfaRequired\n      mfaSetupDeadline\n    }\n  }\n": typeof types.MfaEnforcementNoticeDocument,
    "\n  query MfaSetupPage {\n    viewer {\n      id\n      email\n      company {\n        id\n        name\n      }\n    }\n    securitySettings {\n      mfaEnabled\n      mfaRequired\n      mfaSetupDeadline\n    }\n  }\n": typeof types.MfaSetupPageDocument,
    "\n  query RecoveryCodeUsedPage {\n    securitySettings {\n      recoveryCodesRemaining\n    }\n  }\n": typeof types.RecoveryCodeUsedPageDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      status\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query CachedViewer {\n    viewer {\n      id\n      email\n    }\n  }\n": typeof types.CachedViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      status\n    }\n  }\n": typeof types.VerifyMfaDocument,
    "\n  fragment NotificationSettings_all on NotificationSettings {\n    email\n    emailDeliveryConfigured\n    preferences {\n      kind\n      mandatory\n      enabled\n    }\n  }\n": typeof types.NotificationSettings_AllFragmentDoc,
    "\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettings_all\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  query RecentNotifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          subject\n          createdAt\n          deliveryState\n          attemptCount\n          sentAt\n          nextAttemptAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RecentNotificationsDocument,
    "\n  mutation SendTestNotification {\n    sendTestNotification {\n      id\n      subject\n      createdAt\n      deliveryState\n      attemptCount\n      sentAt\n      nextAttemptAt\n    }\n  }\n": typeof types.SendTestNotificationDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationSettings_all\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query SecurityLogPeople($first: Int!, $filter: StaffFilter) {\n    staff(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.SecurityLogPeopleDocument,
    "\n  query RecentSecurityActivity($first: Int!) {\n    securityEvents(first: $first) {\n      edges {\n        node {\n          id\n          type\n          occurredAt\n          actor {\n            id\n            name\n          }\n          ipAddress\n        }\n      }\n    }\n  }\n": typeof types.RecentSecurityActivityDocument,
    "\n  fragment SecurityEventsTable_event on SecurityEvent {\n    id\n    type\n    occurredAt\n    actor {\n      id\n      name\n      email\n    }\n    subject {\n      id\n      name\n      email\n    }\n    reason\n    ipAddress\n  }\n": typeof types.SecurityEventsTable_EventFragmentDoc,
    "\n  query SecurityLogPage($first: Int!, $after: String, $filter: SecurityEventFilter) {\n    securityEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...SecurityEventsTable_event\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SecurityLogPageDocument,
    "\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input)\n  }\n": typeof types.ReauthenticateDocument,
    "\n  fragment SecuritySettings_all on SecuritySettings {\n    mfaEnabled\n    mfaEnabledAt\n    mfaRequired\n    mfaSetupDeadline\n    canDisableMfa\n    recoveryCodesRemaining\n    recoveryCodesGeneratedAt\n    trustedDevices {\n      id\n      label\n      createdAt\n      lastUsedAt\n      expiresAt\n      current\n    }\n  }\n": typeof types.SecuritySettings_AllFragmentDoc,
    "\n  mutation DisableMfa($input: ConfirmCodeInput!) {\n    disableMfa(input: $input) {\n      ...SecuritySettings_all\n    }\n  }\n": typeof types.DisableMfaDocument,
    "\n  mutation StartMfaEnrollment {\n    startMfaEnrollment {\n      manualEntryKey\n      otpauthUri\n      qrCodeDataUrl\n      expiresAt\n    }\n  }\n": typeof types.StartMfaEnrollmentDocument,
    "\n  mutation EnableMfa($input: EnableMfaInput!) {\n    enableMfa(input: $input) {\n      recoveryCodes\n      securitySettings {\n        ...SecuritySettings_all\n      }\n    }\n  }\n": typeof types.EnableMfaDocument,
    "\n  mutation RegenerateRecoveryCodes($input: ConfirmCodeInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      recoveryCodes\n      securitySettings {\n        ...SecuritySettings_all\n      }\n    }\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  query SecurityPage {\n    securitySettings {\n      ...SecuritySettings_all\n    }\n  }\n": typeof types.SecurityPageDocument,
    "\n  mutation RevokeTrustedDevice($id: ID!) {\n    revokeTrustedDevice(id: $id) {\n      ...SecuritySettings_all\n    }\n  }\n": typeof types.RevokeTrustedDeviceDocument,
    "\n  mutation RevokeAllTrustedDevices {\n    revokeAllTrustedDevices {\n      ...SecuritySettings_all\n    }\n  }\n": typeof types.RevokeAllTrustedDevicesDocument,
    "\n  query ProfilePage {\n    viewer {\n      id\n      name\n      email\n      role\n      company {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProfilePageDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query SiteSettingsCompanyPage {\n    viewer {\n      id\n      role\n      company {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SiteSettingsCompanyPageDocument,
    "\n  fragment StaffTable_member on StaffMember {\n    id\n    name\n    email\n    role\n    mfaEnabled\n    mfaEnabledAt\n    lastSignInAt\n  }\n": typeof types.StaffTable_MemberFragmentDoc,
    "\n  query StaffWithoutMfa($first: Int!) {\n    staff(first: $first, filter: { mfaEnabled: false }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.StaffWithoutMfaDocument,
    "\n  fragment CompanySettings_all on CompanySettings {\n    company {\n      id\n      name\n    }\n    mfaPolicy {\n      required\n      allowSelfServiceDisable\n      gracePeriodDays\n    }\n    staffCount\n    mfaEnabledCount\n  }\n": typeof types.CompanySettings_AllFragmentDoc,
    "\n  query CompanySettings {\n    companySettings {\n      ...CompanySettings_all\n    }\n  }\n": typeof types.CompanySettingsDocument,
    "\n  mutation ResetStaffMfa($input: ResetStaffMfaInput!) {\n    resetStaffMfa(input: $input) {\n      id\n      ...StaffTable_member\n    }\n  }\n": typeof types.ResetStaffMfaDocument,
    "\n  mutation UpdateMfaPolicy($input: MfaPolicyInput!) {\n    updateMfaPolicy(input: $input) {\n      ...CompanySettings_all\n    }\n  }\n": typeof types.UpdateMfaPolicyDocument,
    "\n  query StaffExport($first: Int!, $after: String, $filter: StaffFilter) {\n    staff(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          mfaEnabled\n          mfaEnabledAt\n          lastSignInAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StaffExportDocument,
    "\n  query StaffPage($first: Int!, $after: String, $filter: StaffFilter) {\n    staff(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...StaffTable_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StaffPageDocument,
    "\n  fragment UserMenu_viewer on Viewer {\n    name\n    email\n    role\n  }\n": typeof types.UserMenu_ViewerFragmentDoc,
};
const documents: Documents = {
    "\n  query SignedInLayout {\n    viewer {\n      id\n      ...UserMenu_viewer\n    }\n  }\n": types.SignedInLayoutDocument,
    "\n  query ApiAccessTokens {\n    viewer {\n      id\n      accessTokens {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n      }\n    }\n  }\n": types.ApiAccessTokensDocument,
    "\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      accessToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n      }\n    }\n  }\n": types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id)\n  }\n": types.RevokeAccessTokenDocument,
    "\n  query MfaEnforcementNotice {\n    securitySettings {\n      mfaEnabled\n      mfaRequired\n      mfaSetupDeadline\n    }\n  }\n": types.MfaEnforcementNoticeDocument,
    "\n  query MfaSetupPage {\n    viewer {\n      id\n      email\n      company {\n        id\n        name\n      }\n    }\n    securitySettings {\n      mfaEnabled\n      mfaRequired\n      mfaSetupDeadline\n    }\n  }\n": types.MfaSetupPageDocument,
    "\n  query RecoveryCodeUsedPage {\n    securitySettings {\n      recoveryCodesRemaining\n    }\n  }\n": types.RecoveryCodeUsedPageDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      status\n    }\n  }\n": types.SignInDocument,
    "\n  query CachedViewer {\n    viewer {\n      id\n      email\n    }\n  }\n": types.CachedViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      status\n    }\n  }\n": types.VerifyMfaDocument,
    "\n  fragment NotificationSettings_all on NotificationSettings {\n    email\n    emailDeliveryConfigured\n    preferences {\n      kind\n      mandatory\n      enabled\n    }\n  }\n": types.NotificationSettings_AllFragmentDoc,
    "\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettings_all\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  query RecentNotifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          subject\n          createdAt\n          deliveryState\n          attemptCount\n          sentAt\n          nextAttemptAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RecentNotificationsDocument,
    "\n  mutation SendTestNotification {\n    sendTestNotification {\n      id\n      subject\n      createdAt\n      deliveryState\n      attemptCount\n      sentAt\n      nextAttemptAt\n    }\n  }\n": types.SendTestNotificationDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationSettings_all\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query SecurityLogPeople($first: Int!, $filter: StaffFilter) {\n    staff(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.SecurityLogPeopleDocument,
    "\n  query RecentSecurityActivity($first: Int!) {\n    securityEvents(first: $first) {\n      edges {\n        node {\n          id\n          type\n          occurredAt\n          actor {\n            id\n            name\n          }\n          ipAddress\n        }\n      }\n    }\n  }\n": types.RecentSecurityActivityDocument,
    "\n  fragment SecurityEventsTable_event on SecurityEvent {\n    id\n    type\n    occurredAt\n    actor {\n      id\n      name\n      email\n    }\n    subject {\n      id\n      name\n      email\n    }\n    reason\n    ipAddress\n  }\n": types.SecurityEventsTable_EventFragmentDoc,
    "\n  query SecurityLogPage($first: Int!, $after: String, $filter: SecurityEventFilter) {\n    securityEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...SecurityEventsTable_event\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SecurityLogPageDocument,
    "\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input)\n  }\n": types.ReauthenticateDocument,
    "\n  fragment SecuritySettings_all on SecuritySettings {\n    mfaEnabled\n    mfaEnabledAt\n    mfaRequired\n    mfaSetupDeadline\n    canDisableMfa\n    recoveryCodesRemaining\n    recoveryCodesGeneratedAt\n    trustedDevices {\n      id\n      label\n      createdAt\n      lastUsedAt\n      expiresAt\n      current\n    }\n  }\n": types.SecuritySettings_AllFragmentDoc,
    "\n  mutation DisableMfa($input: ConfirmCodeInput!) {\n    disableMfa(input: $input) {\n      ...SecuritySettings_all\n    }\n  }\n": types.DisableMfaDocument,
    "\n  mutation StartMfaEnrollment {\n    startMfaEnrollment {\n      manualEntryKey\n      otpauthUri\n      qrCodeDataUrl\n      expiresAt\n    }\n  }\n": types.StartMfaEnrollmentDocument,
    "\n  mutation EnableMfa($input: EnableMfaInput!) {\n    enableMfa(input: $input) {\n      recoveryCodes\n      securitySettings {\n        ...SecuritySettings_all\n      }\n    }\n  }\n": types.EnableMfaDocument,
    "\n  mutation RegenerateRecoveryCodes($input: ConfirmCodeInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      recoveryCodes\n      securitySettings {\n        ...SecuritySettings_all\n      }\n    }\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  query SecurityPage {\n    securitySettings {\n      ...SecuritySettings_all\n    }\n  }\n": types.SecurityPageDocument,
    "\n  mutation RevokeTrustedDevice($id: ID!) {\n    revokeTrustedDevice(id: $id) {\n      ...SecuritySettings_all\n    }\n  }\n": types.RevokeTrustedDeviceDocument,
    "\n  mutation RevokeAllTrustedDevices {\n    revokeAllTrustedDevices {\n      ...SecuritySettings_all\n    }\n  }\n": types.RevokeAllTrustedDevicesDocument,
    "\n  query ProfilePage {\n    viewer {\n      id\n      name\n      email\n      role\n      company {\n        id\n        name\n      }\n    }\n  }\n": types.ProfilePageDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query SiteSettingsCompanyPage {\n    viewer {\n      id\n      role\n      company {\n        id\n        name\n      }\n    }\n  }\n": types.SiteSettingsCompanyPageDocument,
    "\n  fragment StaffTable_member on StaffMember {\n    id\n    name\n    email\n    role\n    mfaEnabled\n    mfaEnabledAt\n    lastSignInAt\n  }\n": types.StaffTable_MemberFragmentDoc,
    "\n  query StaffWithoutMfa($first: Int!) {\n    staff(first: $first, filter: { mfaEnabled: false }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.StaffWithoutMfaDocument,
    "\n  fragment CompanySettings_all on CompanySettings {\n    company {\n      id\n      name\n    }\n    mfaPolicy {\n      required\n      allowSelfServiceDisable\n      gracePeriodDays\n    }\n    staffCount\n    mfaEnabledCount\n  }\n": types.CompanySettings_AllFragmentDoc,
    "\n  query CompanySettings {\n    companySettings {\n      ...CompanySettings_all\n    }\n  }\n": types.CompanySettingsDocument,
    "\n  mutation ResetStaffMfa($input: ResetStaffMfaInput!) {\n    resetStaffMfa(input: $input) {\n      id\n      ...StaffTable_member\n    }\n  }\n": types.ResetStaffMfaDocument,
    "\n  mutation UpdateMfaPolicy($input: MfaPolicyInput!) {\n    updateMfaPolicy(input: $input) {\n      ...CompanySettings_all\n    }\n  }\n": types.UpdateMfaPolicyDocument,
    "\n  query StaffExport($first: Int!, $after: String, $filter: StaffFilter) {\n    staff(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          mfaEnabled\n          mfaEnabledAt\n          lastSignInAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StaffExportDocument,
    "\n  query StaffPage($first: Int!, $after: String, $filter: StaffFilter) {\n    staff(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...StaffTable_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StaffPageDocument,
    "\n  fragment UserMenu_viewer on Viewer {\n    name\n    email\n    role\n  }\n": types.UserMenu_ViewerFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignedInLayout {\n    viewer {\n      id\n      ...UserMenu_viewer\n    }\n  }\n"): (typeof documents)["\n  query SignedInLayout {\n    viewer {\n      id\n      ...UserMenu_viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiAccessTokens {\n    viewer {\n      id\n      accessTokens {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiAccessTokens {\n    viewer {\n      id\n      accessTokens {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      accessToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      accessToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MfaEnforcementNotice {\n    securitySettings {\n      mfaEnabled\n      mfaRequired\n      mfaSetupDeadline\n    }\n  }\n"): (typeof documents)["\n  query MfaEnforcementNotice {\n    securitySettings {\n      mfaEnabled\n      mfaRequired\n      mfaSetupDeadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MfaSetupPage {\n    viewer {\n      id\n      email\n      company {\n        id\n        name\n      }\n    }\n    securitySettings {\n      mfaEnabled\n      mfaRequired\n      mfaSetupDeadline\n    }\n  }\n"): (typeof documents)["\n  query MfaSetupPage {\n    viewer {\n      id\n      email\n      company {\n        id\n        name\n      }\n    }\n    securitySettings {\n      mfaEnabled\n      mfaRequired\n      mfaSetupDeadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecoveryCodeUsedPage {\n    securitySettings {\n      recoveryCodesRemaining\n    }\n  }\n"): (typeof documents)["\n  query RecoveryCodeUsedPage {\n    securitySettings {\n      recoveryCodesRemaining\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachedViewer {\n    viewer {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query CachedViewer {\n    viewer {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationSettings_all on NotificationSettings {\n    email\n    emailDeliveryConfigured\n    preferences {\n      kind\n      mandatory\n      enabled\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationSettings_all on NotificationSettings {\n    email\n    emailDeliveryConfigured\n    preferences {\n      kind\n      mandatory\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettings_all\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettings_all\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentNotifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          subject\n          createdAt\n          deliveryState\n          attemptCount\n          sentAt\n          nextAttemptAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecentNotifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          subject\n          createdAt\n          deliveryState\n          attemptCount\n          sentAt\n          nextAttemptAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestNotification {\n    sendTestNotification {\n      id\n      subject\n      createdAt\n      deliveryState\n      attemptCount\n      sentAt\n      nextAttemptAt\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestNotification {\n    sendTestNotification {\n      id\n      subject\n      createdAt\n      deliveryState\n      attemptCount\n      sentAt\n      nextAttemptAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationSettings_all\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationSettings_all\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityLogPeople($first: Int!, $filter: StaffFilter) {\n    staff(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecurityLogPeople($first: Int!, $filter: StaffFilter) {\n    staff(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentSecurityActivity($first: Int!) {\n    securityEvents(first: $first) {\n      edges {\n        node {\n          id\n          type\n          occurredAt\n          actor {\n            id\n            name\n          }\n          ipAddress\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecentSecurityActivity($first: Int!) {\n    securityEvents(first: $first) {\n      edges {\n        node {\n          id\n          type\n          occurredAt\n          actor {\n            id\n            name\n          }\n          ipAddress\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SecurityEventsTable_event on SecurityEvent {\n    id\n    type\n    occurredAt\n    actor {\n      id\n      name\n      email\n    }\n    subject {\n      id\n      name\n      email\n    }\n    reason\n    ipAddress\n  }\n"): (typeof documents)["\n  fragment SecurityEventsTable_event on SecurityEvent {\n    id\n    type\n    occurredAt\n    actor {\n      id\n      name\n      email\n    }\n    subject {\n      id\n      name\n      email\n    }\n    reason\n    ipAddress\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityLogPage($first: Int!, $after: String, $filter: SecurityEventFilter) {\n    securityEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...SecurityEventsTable_event\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecurityLogPage($first: Int!, $after: String, $filter: SecurityEventFilter) {\n    securityEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...SecurityEventsTable_event\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input)\n  }\n"): (typeof documents)["\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SecuritySettings_all on SecuritySettings {\n    mfaEnabled\n    mfaEnabledAt\n    mfaRequired\n    mfaSetupDeadline\n    canDisableMfa\n    recoveryCodesRemaining\n    recoveryCodesGeneratedAt\n    trustedDevices {\n      id\n      label\n      createdAt\n      lastUsedAt\n      expiresAt\n      current\n    }\n  }\n"): (typeof documents)["\n  fragment SecuritySettings_all on SecuritySettings {\n    mfaEnabled\n    mfaEnabledAt\n    mfaRequired\n    mfaSetupDeadline\n    canDisableMfa\n    recoveryCodesRemaining\n    recoveryCodesGeneratedAt\n    trustedDevices {\n      id\n      label\n      createdAt\n      lastUsedAt\n      expiresAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableMfa($input: ConfirmCodeInput!) {\n    disableMfa(input: $input) {\n      ...SecuritySettings_all\n    }\n  }\n"): (typeof documents)["\n  mutation DisableMfa($input: ConfirmCodeInput!) {\n    disableMfa(input: $input) {\n      ...SecuritySettings_all\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMfaEnrollment {\n    startMfaEnrollment {\n      manualEntryKey\n      otpauthUri\n      qrCodeDataUrl\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation StartMfaEnrollment {\n    startMfaEnrollment {\n      manualEntryKey\n      otpauthUri\n      qrCodeDataUrl\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableMfa($input: EnableMfaInput!) {\n    enableMfa(input: $input) {\n      recoveryCodes\n      securitySettings {\n        ...SecuritySettings_all\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EnableMfa($input: EnableMfaInput!) {\n    enableMfa(input: $input) {\n      recoveryCodes\n      securitySettings {\n        ...SecuritySettings_all\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($input: ConfirmCodeInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      recoveryCodes\n      securitySettings {\n        ...SecuritySettings_all\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes($input: ConfirmCodeInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      recoveryCodes\n      securitySettings {\n        ...SecuritySettings_all\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityPage {\n    securitySettings {\n      ...SecuritySettings_all\n    }\n  }\n"): (typeof documents)["\n  query SecurityPage {\n    securitySettings {\n      ...SecuritySettings_all\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeTrustedDevice($id: ID!) {\n    revokeTrustedDevice(id: $id) {\n      ...SecuritySettings_all\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeTrustedDevice($id: ID!) {\n    revokeTrustedDevice(id: $id) {\n      ...SecuritySettings_all\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAllTrustedDevices {\n    revokeAllTrustedDevices {\n      ...SecuritySettings_all\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeAllTrustedDevices {\n    revokeAllTrustedDevices {\n      ...SecuritySettings_all\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilePage {\n    viewer {\n      id\n      name\n      email\n      role\n      company {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfilePage {\n    viewer {\n      id\n      name\n      email\n      role\n      company {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteSettingsCompanyPage {\n    viewer {\n      id\n      role\n      company {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SiteSettingsCompanyPage {\n    viewer {\n      id\n      role\n      company {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffTable_member on StaffMember {\n    id\n    name\n    email\n    role\n    mfaEnabled\n    mfaEnabledAt\n    lastSignInAt\n  }\n"): (typeof documents)["\n  fragment StaffTable_member on StaffMember {\n    id\n    name\n    email\n    role\n    mfaEnabled\n    mfaEnabledAt\n    lastSignInAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffWithoutMfa($first: Int!) {\n    staff(first: $first, filter: { mfaEnabled: false }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffWithoutMfa($first: Int!) {\n    staff(first: $first, filter: { mfaEnabled: false }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanySettings_all on CompanySettings {\n    company {\n      id\n      name\n    }\n    mfaPolicy {\n      required\n      allowSelfServiceDisable\n      gracePeriodDays\n    }\n    staffCount\n    mfaEnabledCount\n  }\n"): (typeof documents)["\n  fragment CompanySettings_all on CompanySettings {\n    company {\n      id\n      name\n    }\n    mfaPolicy {\n      required\n      allowSelfServiceDisable\n      gracePeriodDays\n    }\n    staffCount\n    mfaEnabledCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanySettings {\n    companySettings {\n      ...CompanySettings_all\n    }\n  }\n"): (typeof documents)["\n  query CompanySettings {\n    companySettings {\n      ...CompanySettings_all\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetStaffMfa($input: ResetStaffMfaInput!) {\n    resetStaffMfa(input: $input) {\n      id\n      ...StaffTable_member\n    }\n  }\n"): (typeof documents)["\n  mutation ResetStaffMfa($input: ResetStaffMfaInput!) {\n    resetStaffMfa(input: $input) {\n      id\n      ...StaffTable_member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMfaPolicy($input: MfaPolicyInput!) {\n    updateMfaPolicy(input: $input) {\n      ...CompanySettings_all\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMfaPolicy($input: MfaPolicyInput!) {\n    updateMfaPolicy(input: $input) {\n      ...CompanySettings_all\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffExport($first: Int!, $after: String, $filter: StaffFilter) {\n    staff(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          mfaEnabled\n          mfaEnabledAt\n          lastSignInAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffExport($first: Int!, $after: String, $filter: StaffFilter) {\n    staff(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          mfaEnabled\n          mfaEnabledAt\n          lastSignInAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPage($first: Int!, $after: String, $filter: StaffFilter) {\n    staff(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...StaffTable_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffPage($first: Int!, $after: String, $filter: StaffFilter) {\n    staff(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...StaffTable_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserMenu_viewer on Viewer {\n    name\n    email\n    role\n  }\n"): (typeof documents)["\n  fragment UserMenu_viewer on Viewer {\n    name\n    email\n    role\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;