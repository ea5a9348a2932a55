import { Alert, Paper, Stack, Text, Title } from "@mantine/core";
import { useId } from "react";

import { StatusRow } from "../security/StatusRow";

interface NotificationsIntroProps {
  email: string;
  isEmailDeliveryConfigured: boolean;
}

/** Where notices go, and whether this server can send them by email at all. */
export function NotificationsIntro({ email, isEmailDeliveryConfigured }: NotificationsIntroProps) {
  const headingId = useId();

  return (
    <Paper withBorder radius="md" p="xl" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        Notifications
      </Title>
      <Text c="dimmed" size="sm" mt={4} mb="md">
        We email you when something changes in your account&apos;s security. Every notice is also
        listed on this page.
      </Text>
      <Stack gap="md">
        <Stack component="dl" gap={0} m={0}>
          <StatusRow term="Sent to">
            <Text span inherit style={{ overflowWrap: "anywhere" }}>
              {email}
            </Text>
          </StatusRow>
        </Stack>
        {!isEmailDeliveryConfigured && (
          // A standing fact about the server, not news: a note, so it is not announced as an alert.
          <Alert color="blue" variant="light" role="note" title="Email is not set up yet">
            This server does not send email yet, so notices are listed here only.
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
