import { useQuery } from "@apollo/client/react";
import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useId } from "react";

import { graphql } from "../../gql";
import { formatDateTime } from "./formatDateTime";
import { SecurityEventTypeBadge } from "./SecurityEventTypeBadge";

const RecentSecurityActivityQuery = graphql(`
  query RecentSecurityActivity($first: Int!) {
    securityEvents(first: $first) {
      edges {
        node {
          id
          type
          occurredAt
          actor {
            id
            name
          }
          ipAddress
        }
      }
    }
  }
`);

const recentEventCount = 5;

/**
 * The last few security events: a member sees only their own, an administrator the company's.
 * Small on purpose, so any settings page can show it.
 */
export function RecentSecurityActivity() {
  const headingId = useId();
  const {
    data,
    error,
    loading: isLoading,
  } = useQuery(RecentSecurityActivityQuery, {
    variables: { first: recentEventCount },
    fetchPolicy: "cache-and-network",
  });
  const events = data?.securityEvents.edges.map(({ node }) => node) ?? [];

  return (
    <Paper withBorder radius="md" p="xl" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="md">
        Recent security activity
      </Title>
      {isLoading && events.length === 0 && (
        <Text size="sm" c="dimmed" role="status">
          Loading recent activity…
        </Text>
      )}
      {error && events.length === 0 && (
        <Text size="sm" c="dimmed">
          Recent activity is not available right now.
        </Text>
      )}
      {!isLoading && !error && events.length === 0 && (
        <Text size="sm" c="dimmed">
          Nothing has happened yet.
        </Text>
      )}
      <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
        {events.map(({ id, type, occurredAt, actor, ipAddress }) => (
          <li key={id}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <SecurityEventTypeBadge type={type} />
              <Text size="sm" c="dimmed">
                <time dateTime={occurredAt}>{formatDateTime(occurredAt)}</time>
              </Text>
            </Group>
            <Text size="xs" c="dimmed" mt={2}>
              {[actor ? `by ${actor.name}` : null, ipAddress ? `from ${ipAddress}` : null]
                .filter(Boolean)
                .join(" · ") || "\u00a0"}
            </Text>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
