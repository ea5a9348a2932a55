import { Alert, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useId, useState } from "react";

import { LoadFailedAlert } from "../../ui/LoadFailedAlert";
import { PageLoader } from "../../ui/PageLoader";
import { describeNotificationFailure } from "./describeNotificationFailure";
import { NoNotificationsYet } from "./NoNotificationsYet";
import { NotificationsTable } from "./NotificationsTable";
import { TestEmailFeedback } from "./TestEmailFeedback";
import { toTestEmailOutcome, type TestEmailOutcome } from "./testEmailOutcome";
import { useRecentNotifications } from "./useRecentNotifications";
import { useSendTestNotification } from "./useSendTestNotification";

function shownCountText(shownCount: number, totalCount: number): string {
  const noun = totalCount === 1 ? "notification" : "notifications";
  return `Showing ${shownCount} of ${totalCount} ${noun}`;
}

export function RecentNotifications({
  isEmailDeliveryConfigured,
}: {
  isEmailDeliveryConfigured: boolean;
}) {
  const headingId = useId();
  const { notifications, error, refetch, loadMore, isLoadingMore } = useRecentNotifications();
  const { sendTestNotification, isSending } = useSendTestNotification();
  const [testOutcome, setTestOutcome] = useState<TestEmailOutcome | null>(null);
  const [loadMoreFailure, setLoadMoreFailure] = useState<string | null>(null);

  async function sendTest() {
    setTestOutcome(null);
    setTestOutcome(toTestEmailOutcome(await sendTestNotification()));
  }

  async function showMore() {
    setLoadMoreFailure(null);
    const result = await loadMore();
    if (result.kind === "failed") setLoadMoreFailure(describeNotificationFailure(result.failure));
  }

  if (error && !notifications) {
    return <LoadFailedAlert error={error} onRetry={() => void refetch()} />;
  }

  const nodes = notifications?.edges.map(({ node }) => node) ?? [];
  return (
    <Paper withBorder radius="md" p="xl" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="md">
        <div>
          <Title order={2} size="h3" id={headingId}>
            Recent notifications
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            Newest first, with whether each email was sent.
          </Text>
        </div>
        <Button variant="default" loading={isSending} onClick={() => void sendTest()}>
          Send me a test email
        </Button>
      </Group>
      <Stack gap="sm">
        <div aria-live="polite">
          {testOutcome && (
            <TestEmailFeedback
              outcome={testOutcome}
              isEmailDeliveryConfigured={isEmailDeliveryConfigured}
              onDismiss={() => setTestOutcome(null)}
            />
          )}
        </div>
        {!notifications && <PageLoader />}
        {notifications && nodes.length === 0 && <NoNotificationsYet />}
        {notifications && nodes.length > 0 && (
          <>
            <NotificationsTable notifications={nodes} labelledBy={headingId} />
            <Group justify="space-between" gap="sm">
              <Text size="sm" c="dimmed" aria-live="polite">
                {shownCountText(nodes.length, notifications.totalCount)}
              </Text>
              {notifications.pageInfo.hasNextPage && (
                <Button
                  variant="default"
                  size="xs"
                  loading={isLoadingMore}
                  onClick={() => void showMore()}
                >
                  Load more
                </Button>
              )}
            </Group>
          </>
        )}
        {loadMoreFailure && (
          <Alert color="red" variant="light" role="alert">
            {loadMoreFailure}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
