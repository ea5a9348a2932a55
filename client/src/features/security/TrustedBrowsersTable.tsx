import { Badge, Button, Group, Table, VisuallyHidden } from "@mantine/core";

import type { SecuritySettings_AllFragment } from "../../gql/graphql";
import { formatDate, formatDateTime } from "./formatDateTime";

type TrustedDevice = SecuritySettings_AllFragment["trustedDevices"][number];

interface TrustedBrowsersTableProps {
  trustedDevices: readonly TrustedDevice[];
  revokingId: string | null;
  onRevoke: (trustedDevice: TrustedDevice) => void;
}

export function TrustedBrowsersTable({
  trustedDevices,
  revokingId,
  onRevoke,
}: TrustedBrowsersTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Browser</Table.Th>
            <Table.Th scope="col">Trusted since</Table.Th>
            <Table.Th scope="col">Last used</Table.Th>
            <Table.Th scope="col">Expires</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trustedDevices.map((trustedDevice) => (
            <Table.Tr key={trustedDevice.id}>
              <Table.Th scope="row" fw={500}>
                <Group gap="xs" wrap="nowrap">
                  {trustedDevice.label}
                  {trustedDevice.current && (
                    <Badge size="sm" variant="light" color="indigo" tt="none">
                      This browser
                    </Badge>
                  )}
                </Group>
              </Table.Th>
              <Table.Td>{formatDate(trustedDevice.createdAt)}</Table.Td>
              <Table.Td>
                {trustedDevice.lastUsedAt ? formatDateTime(trustedDevice.lastUsedAt) : "Not yet"}
              </Table.Td>
              <Table.Td>{formatDate(trustedDevice.expiresAt)}</Table.Td>
              <Table.Td ta="right">
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  c="red.9"
                  loading={revokingId === trustedDevice.id}
                  aria-label={`Revoke ${trustedDevice.label}`}
                  onClick={() => onRevoke(trustedDevice)}
                >
                  Revoke
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
