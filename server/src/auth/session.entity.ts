import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * A signed-in browser. The cookie holds a random 256-bit token; only its SHA-256 lives here, so a
 * leaked table cannot be replayed as cookies.
 */
@Entity({ name: "sessions" })
export class SessionEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("sessions_token_hash_key", { unique: true })
  @Column("bytea", { name: "token_hash" })
  tokenHash: Buffer;

  @Index("sessions_user_id_idx")
  @Column("uuid", { name: "user_id" })
  userId: string;

  @Column("timestamptz", { name: "created_at" })
  createdAt: Date;

  @Column("timestamptz", { name: "last_seen_at" })
  lastSeenAt: Date;

  /** The absolute end, fixed at sign-in; activity never extends it. */
  @Column("timestamptz", { name: "expires_at" })
  expiresAt: Date;

  /** The last time the password was proven; sensitive changes need this to be recent. */
  @Column("timestamptz", { name: "authenticated_at" })
  authenticatedAt: Date;

  @Column("varchar", { name: "ip_address", length: 64, nullable: true })
  ipAddress: string | null;

  @Column("varchar", { name: "user_agent", length: 512, nullable: true })
  userAgent: string | null;
}
