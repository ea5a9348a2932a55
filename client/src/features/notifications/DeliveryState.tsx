import { Badge, Stack, Text } from "@mantine/core";

import type { NotificationDeliveryState } from "../../gql/graphql";
import { assertNever } from "../../lib/assertNever";
import { formatDateTime } from "../security/formatDateTime";
import type { RecentNotification } from "./useRecentNotifications";

function badgeOf(state: NotificationDeliveryState): { label: string; color: string } {
  switch (state) {
    case "QUEUED":
      return { label: "Queued", color: "yellow.6" };
    case "SENT":
      return { label: "Sent", color: "green.7" };
    case "FAILED":
      return { label: "Failed", color: "red.7" };
    default:
      return assertNever(state);
  }
}

function pluralTries(count: number): string {
  return count === 1 ? "1 try" : `${count} tries`;
}

/** A line under the badge when the state alone would leave people wondering. */
function detailOf(notification: RecentNotification): string | null {
  const { deliveryState, attemptCount, nextAttemptAt } = notification;
  if (deliveryState === "FAILED") return `Not delivered after ${pluralTries(attemptCount)}`;
  if (deliveryState !== "QUEUED" || attemptCount === 0) return null;

  const retry = nextAttemptAt ? `at ${formatDateTime(nextAttemptAt)}` : "soon";
  return `Not delivered yet; will retry ${retry}`;
}

/** The dot badge keeps dark text on white, above WCAG AA contrast whatever the state's colour. */
export function DeliveryState({ notification }: { notification: RecentNotification }) {
  const { label, color } = badgeOf(notification.deliveryState);
  const detail = detailOf(notification);

  return (
    <Stack gap={2} align="flex-start">
      <Badge variant="dot" color={color} c="dark.7" radius="sm" tt="none" fw={600}>
        {label}
      </Badge>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Stack>
  );
}
