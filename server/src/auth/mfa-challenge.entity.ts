import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * The state between a right password and a right code. It is not a session: only verifyMfa and
 * signOut read its cookie, and it is bound here to the person who gave the password.
 */
@Entity({ name: "mfa_challenges" })
export class MfaChallengeEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("mfa_challenges_token_hash_key", { unique: true })
  @Column("bytea", { name: "token_hash" })
  tokenHash: Buffer;

  @Index("mfa_challenges_user_id_idx")
  @Column("uuid", { name: "user_id" })
  userId: string;

  /** When the password was proven; the session made from this challenge inherits it. */
  @Column("timestamptz", { name: "created_at" })
  createdAt: Date;

  @Column("timestamptz", { name: "expires_at" })
  expiresAt: Date;

  @Column("integer", { name: "failed_attempts", default: 0 })
  failedAttempts: number;
}
