import { Table, Text } from "@mantine/core";

import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { formatDateTime } from "./formatDateTime";
import { PersonCell } from "./PersonCell";
import { SecurityEventTypeBadge } from "./SecurityEventTypeBadge";

export const SecurityEventsTableEventFragment = graphql(`
  fragment SecurityEventsTable_event on SecurityEvent {
    id
    type
    occurredAt
    actor {
      id
      name
      email
    }
    subject {
      id
      name
      email
    }
    reason
    ipAddress
  }
`);

type SecurityEventRef = FragmentType<typeof SecurityEventsTableEventFragment>;

function SecurityEventRow({ event }: { event: SecurityEventRef }) {
  const { type, occurredAt, actor, subject, reason, ipAddress } = getFragmentData(
    SecurityEventsTableEventFragment,
    event,
  );

  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: "nowrap" }}>
        <time dateTime={occurredAt}>{formatDateTime(occurredAt)}</time>
      </Table.Td>
      <Table.Td>
        <SecurityEventTypeBadge type={type} />
      </Table.Td>
      <Table.Td>
        <PersonCell person={actor} />
      </Table.Td>
      <Table.Td>
        <PersonCell person={subject} />
      </Table.Td>
      <Table.Td maw={280}>
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          {reason ?? "—"}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {ipAddress ?? "—"}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

export function SecurityEventsTable({
  events,
}: {
  events: ReadonlyArray<{ id: string } & SecurityEventRef>;
}) {
  if (events.length === 0) {
    return (
      <Text c="dimmed" size="sm" ta="center" py="xl">
        No events match these filters.
      </Text>
    );
  }

  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Time</Table.Th>
            {/* Wide enough for the longest label, which a badge would otherwise cut short. */}
            <Table.Th scope="col" miw={250}>
              Event
            </Table.Th>
            <Table.Th scope="col">Done by</Table.Th>
            <Table.Th scope="col">Person affected</Table.Th>
            <Table.Th scope="col">Reason</Table.Th>
            <Table.Th scope="col">IP address</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <SecurityEventRow key={event.id} event={event} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
