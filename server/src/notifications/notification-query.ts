import type { DataSource } from "typeorm";

import { isUuid } from "@app/shared";

import { BadUserInputError } from "../graphql/errors.js";
import { decodeCursor, encodeCursor } from "../graphql/pagination.js";
import { NotificationDeliveryState } from "./notification-delivery-state.js";
import type { NotificationKind } from "./notification-kind.js";
import type { Notification, NotificationConnection } from "./notifications.types.js";

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  subject: string;
  mandatory: boolean;
  created_at: Date;
  delivery_state: NotificationDeliveryState;
  attempt_count: number;
  sent_at: Date | null;
  next_attempt_at: Date | null;
}

const columns = `id, kind, subject, mandatory, created_at, delivery_state, attempt_count,
  sent_at, next_attempt_at`;

export function toNotification(row: NotificationRow): Notification {
  const isQueued = row.delivery_state === NotificationDeliveryState.QUEUED;
  return {
    id: row.id,
    kind: row.kind,
    subject: row.subject,
    mandatory: row.mandatory,
    createdAt: new Date(row.created_at),
    deliveryState: row.delivery_state,
    attemptCount: row.attempt_count,
    sentAt: row.sent_at ? new Date(row.sent_at) : null,
    nextAttemptAt: isQueued && row.next_attempt_at ? new Date(row.next_attempt_at) : null,
  };
}

export async function loadNotification(
  dataSource: DataSource,
  id: string,
): Promise<Notification | null> {
  const rows: NotificationRow[] = await dataSource.query(
    `SELECT ${columns} FROM notification_outbox WHERE id = $1`,
    [id],
  );
  return rows[0] ? toNotification(rows[0]) : null;
}

/** Only ever one person's own notices, newest first, keyset-paged on (created_at, id). */
export async function queryNotifications(
  dataSource: DataSource,
  userId: string,
  first: number,
  after: string | null | undefined,
): Promise<NotificationConnection> {
  const countRows: { total: number }[] = await dataSource.query(
    "SELECT count(*)::int AS total FROM notification_outbox WHERE user_id = $1",
    [userId],
  );

  const parameters: unknown[] = [userId];
  let keyset = "";
  const cursor = decodeCursor(after, ["timestamp", "uuid"]);
  // A well-formed but forged cursor must not reach the casts below as a database error.
  if (cursor && (Number.isNaN(Date.parse(cursor[0] ?? "")) || !isUuid(cursor[1] ?? ""))) {
    throw new BadUserInputError(
      "after",
      "That cursor is not valid; start again from the first page.",
    );
  }
  if (cursor) {
    parameters.push(cursor[0], cursor[1]);
    keyset = "AND (created_at, id) < ($2::timestamptz, $3::uuid)";
  }
  parameters.push(first + 1);
  const rows: NotificationRow[] = await dataSource.query(
    `SELECT ${columns} FROM notification_outbox
      WHERE user_id = $1 ${keyset}
      ORDER BY created_at DESC, id DESC
      LIMIT $${parameters.length}`,
    parameters,
  );

  const edges = rows.slice(0, first).map((row) => ({
    cursor: encodeCursor([new Date(row.created_at).toISOString(), row.id]),
    node: toNotification(row),
  }));
  return {
    totalCount: countRows[0]?.total ?? 0,
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
