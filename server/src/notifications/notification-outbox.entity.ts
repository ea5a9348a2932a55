import { Column, Entity, Index, PrimaryColumn } from "typeorm";

import type { NotificationDeliveryState } from "./notification-delivery-state.js";
import type { NotificationDetails } from "./notification-details.js";
import type { NotificationKind } from "./notification-kind.js";

/**
 * One email to one person, written in the same transaction as the change it reports, so a
 * change that rolls back never mails anyone and a committed one is never forgotten.
 */
@Entity({ name: "notification_outbox" })
@Index("notification_outbox_user_time_idx", ["userId", "createdAt", "id"])
export class NotificationOutboxEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid", { name: "user_id" })
  userId: string;

  @Column("varchar", { length: 254 })
  recipient: string;

  @Column("varchar", { length: 40 })
  kind: NotificationKind;

  @Column("boolean")
  mandatory: boolean;

  @Column("varchar", { length: 200 })
  subject: string;

  @Column("jsonb")
  details: NotificationDetails;

  /** Fixed on the first attempt and reused on every retry, so a resend is recognisable. */
  @Column("varchar", { name: "message_id", length: 320, nullable: true })
  messageId: string | null;

  @Column("varchar", { name: "delivery_state", length: 16, default: "QUEUED" })
  deliveryState: NotificationDeliveryState;

  @Column("integer", { name: "attempt_count", default: 0 })
  attemptCount: number;

  @Column("timestamptz", { name: "next_attempt_at", nullable: true })
  nextAttemptAt: Date | null;

  /** A worker's lease: until then no other worker may pick the message up. */
  @Column("timestamptz", { name: "claimed_until", nullable: true })
  claimedUntil: Date | null;

  /** For operators only; never shown to the person and never holding a secret. */
  @Column("varchar", { name: "last_error", length: 500, nullable: true })
  lastError: string | null;

  @Column("timestamptz", { name: "created_at" })
  createdAt: Date;

  @Column("timestamptz", { name: "sent_at", nullable: true })
  sentAt: Date | null;
}
