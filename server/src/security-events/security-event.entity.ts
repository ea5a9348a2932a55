import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

import type { SecurityEventType } from "./security-event-type.js";

/** Append-only: nothing updates or deletes these rows, so the log can be trusted afterwards. */
@Entity({ name: "security_events" })
@Index("security_events_company_time_idx", ["companyId", "occurredAt", "id"])
@Index("security_events_subject_time_idx", ["subjectId", "occurredAt", "id"])
export class SecurityEventEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid", { name: "company_id" })
  companyId: string;

  @Column("varchar", { length: 48 })
  type: SecurityEventType;

  @Column("timestamptz", { name: "occurred_at" })
  occurredAt: Date;

  @Column("uuid", { name: "actor_id", nullable: true })
  actorId: string | null;

  @Column("uuid", { name: "subject_id", nullable: true })
  subjectId: string | null;

  @Column("varchar", { length: 500, nullable: true })
  reason: string | null;

  @Column("varchar", { name: "ip_address", length: 64, nullable: true })
  ipAddress: string | null;

  @Column("varchar", { name: "user_agent", length: 512, nullable: true })
  userAgent: string | null;
}
