import type { DataSource } from "typeorm";

import type { NotificationDetails } from "../notifications/notification-details.js";
import type { NotificationKind } from "../notifications/notification-kind.js";

export interface OutboxRow {
  id: string;
  kind: NotificationKind;
  recipient: string;
  subject: string;
  details: NotificationDetails;
  message_id: string | null;
  delivery_state: string;
  attempt_count: number;
  next_attempt_at: Date | null;
  claimed_until: Date | null;
  last_error: string | null;
  sent_at: Date | null;
}

/** A person's outbox as stored, oldest first. */
export function outboxRowsFor(dataSource: DataSource, userId: string): Promise<OutboxRow[]> {
  return dataSource.query(
    `SELECT id, kind, recipient, subject, details, message_id, delivery_state, attempt_count,
            next_attempt_at, claimed_until, last_error, sent_at
       FROM notification_outbox WHERE user_id = $1 ORDER BY created_at, id`,
    [userId],
  );
}
