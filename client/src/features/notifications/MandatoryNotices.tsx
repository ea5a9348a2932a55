import { Badge, Group, Stack, Text, Title } from "@mantine/core";
import { useId } from "react";

import type { NotificationKind } from "../../gql/graphql";
import { describeNotificationKind } from "./notificationKinds";

/** The notices nobody can turn off, each marked as always on. */
export function MandatoryNotices({ kinds }: { kinds: readonly NotificationKind[] }) {
  const headingId = useId();

  return (
    <div>
      <Title order={3} size="h5" id={headingId}>
        Always on
      </Title>
      <Text c="dimmed" size="sm" mt={4} mb="sm">
        Changes to how you sign in are always sent, so you hear at once if someone else made them.
      </Text>
      <Stack
        component="ul"
        aria-labelledby={headingId}
        gap={0}
        m={0}
        p={0}
        style={{ listStyle: "none" }}
      >
        {kinds.map((kind) => (
          <Group
            component="li"
            key={kind}
            justify="space-between"
            gap="xs"
            py={8}
            wrap="nowrap"
            style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }}
          >
            <Text size="sm">{describeNotificationKind(kind)}</Text>
            <Badge variant="dot" color="green.7" c="dark.7" tt="none" flex="none">
              Always on
            </Badge>
          </Group>
        ))}
      </Stack>
    </div>
  );
}
