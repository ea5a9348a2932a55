import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** A browser that completed a sign-in for this person; its cookie id is stored only hashed. */
@Entity({ name: "known_browsers" })
@Index("known_browsers_user_browser_key", ["userId", "browserHash"], { unique: true })
export class KnownBrowserEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid", { name: "user_id" })
  userId: string;

  @Column("bytea", { name: "browser_hash" })
  browserHash: Buffer;

  @Column("timestamptz", { name: "first_seen_at" })
  firstSeenAt: Date;

  @Column("timestamptz", { name: "last_seen_at" })
  lastSeenAt: Date;
}
