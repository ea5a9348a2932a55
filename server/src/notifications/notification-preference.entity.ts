import { Column, Entity, PrimaryColumn } from "typeorm";

/** One row per person who changed a setting or asked for a test; no row means the defaults. */
@Entity({ name: "notification_preferences" })
export class NotificationPreferenceEntity {
  @PrimaryColumn("uuid", { name: "user_id" })
  userId: string;

  @Column("boolean", { name: "new_browser_sign_in", default: true })
  newBrowserSignIn: boolean;

  /** The last test message asked for; kept here so every server process sees the same limit. */
  @Column("timestamptz", { name: "test_requested_at", nullable: true })
  testRequestedAt: Date | null;
}
