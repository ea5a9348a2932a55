import type { MockLink } from "@apollo/client/testing";

import {
  NotificationSettingsDocument,
  RecentNotificationsDocument,
  type NotificationKind,
  type NotificationSettings_AllFragment,
} from "../../../gql/graphql";
import type { RecentNotification } from "../useRecentNotifications";

type Preference = NotificationSettings_AllFragment["preferences"][number];

const mandatoryKinds: NotificationKind[] = [
  "MFA_ENABLED",
  "MFA_DISABLED",
  "MFA_RESET_BY_ADMIN",
  "RECOVERY_CODES_REGENERATED",
  "RECOVERY_CODE_USED",
  "TRUSTED_DEVICE_ADDED",
  "ACCOUNT_LOCKED",
  "CODE_ATTEMPTS_LOCKED",
  "ACCESS_TOKEN_CREATED",
  "PASSWORD_CHANGED",
];

function makePreference(kind: NotificationKind, mandatory: boolean, enabled: boolean) {
  return { __typename: "NotificationPreference" as const, kind, mandatory, enabled };
}

/** Every kind, as the API lists them: the test message is neither mandatory nor a choice. */
export function makePreferences({ isNewBrowserSignInEnabled = true } = {}): Preference[] {
  return [
    ...mandatoryKinds.map((kind) => makePreference(kind, true, true)),
    makePreference("NEW_BROWSER_SIGN_IN", false, isNewBrowserSignInEnabled),
    makePreference("TEST_MESSAGE", false, true),
  ];
}

export function makeNotificationSettings(
  overrides: Partial<NotificationSettings_AllFragment> = {},
) {
  return {
    __typename: "NotificationSettings" as const,
    email: "alice@acme.test",
    emailDeliveryConfigured: true,
    preferences: makePreferences(),
    ...overrides,
  };
}

export function settingsAnswer(
  notificationSettings: ReturnType<typeof makeNotificationSettings>,
): MockLink.MockedResponse {
  return {
    request: { query: NotificationSettingsDocument },
    result: { data: { notificationSettings } },
  };
}

export function makeNotification(overrides: Partial<RecentNotification> = {}) {
  return {
    __typename: "Notification" as const,
    id: "notification-1",
    subject: "MFA was turned on for your account",
    createdAt: "2026-03-02T09:30:00.000Z",
    deliveryState: "SENT" as const,
    attemptCount: 1,
    sentAt: "2026-03-02T09:30:05.000Z",
    nextAttemptAt: null,
    ...overrides,
  };
}

interface PageOptions {
  after?: string;
  totalCount?: number;
  endCursor?: string | null;
  hasNextPage?: boolean;
}

export function notificationsAnswer(
  notifications: Array<ReturnType<typeof makeNotification>>,
  { after, totalCount, endCursor, hasNextPage = false }: PageOptions = {},
): MockLink.MockedResponse {
  const variables = after === undefined ? { first: 20 } : { first: 20, after };
  const edges = notifications.map((node) => ({
    __typename: "NotificationEdge" as const,
    cursor: `cursor-${node.id}`,
    node,
  }));
  const lastCursor = edges.at(-1)?.cursor ?? null;

  return {
    request: { query: RecentNotificationsDocument, variables },
    result: {
      data: {
        notifications: {
          __typename: "NotificationConnection" as const,
          totalCount: totalCount ?? notifications.length,
          edges,
          pageInfo: {
            __typename: "PageInfo" as const,
            hasNextPage,
            endCursor: endCursor === undefined ? lastCursor : endCursor,
          },
        },
      },
    },
  };
}
