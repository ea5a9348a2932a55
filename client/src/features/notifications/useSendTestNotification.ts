import { useMutation } from "@apollo/client/react";

import { graphql } from "../../gql";
import { requireData, settle, type ActionResult } from "../../lib/actionResult";
import { RecentNotificationsQuery } from "./useRecentNotifications";

const SendTestNotificationMutation = graphql(`
  mutation SendTestNotification {
    sendTestNotification {
      id
      subject
      createdAt
      deliveryState
      attemptCount
      sentAt
      nextAttemptAt
    }
  }
`);

export function useSendTestNotification() {
  // The list is read again rather than patched, so its count and paging stay the server's.
  const [mutate, { loading: isSending }] = useMutation(SendTestNotificationMutation, {
    refetchQueries: [RecentNotificationsQuery],
    awaitRefetchQueries: true,
  });

  function sendTestNotification(): Promise<ActionResult<void>> {
    return settle(async () => {
      requireData(await mutate());
    });
  }

  return { sendTestNotification, isSending };
}
