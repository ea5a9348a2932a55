import { Table } from "@mantine/core";

import { formatDateTime } from "../security/formatDateTime";
import { DeliveryState } from "./DeliveryState";
import type { RecentNotification } from "./useRecentNotifications";

interface NotificationsTableProps {
  notifications: readonly RecentNotification[];
  labelledBy: string;
}

export function NotificationsTable({ notifications, labelledBy }: NotificationsTableProps) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Subject</Table.Th>
            <Table.Th scope="col">Time</Table.Th>
            <Table.Th scope="col">Delivery</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {notifications.map((notification) => (
            <Table.Tr key={notification.id}>
              <Table.Th scope="row" fw={500} style={{ overflowWrap: "anywhere" }}>
                {notification.subject}
              </Table.Th>
              <Table.Td>
                <time dateTime={notification.createdAt}>
                  {formatDateTime(notification.createdAt)}
                </time>
              </Table.Td>
              <Table.Td>
                <DeliveryState notification={notification} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
