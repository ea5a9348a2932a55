import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * A confirmed authenticator. The unique user_id is what guarantees one active authenticator per
 * person even when two confirmations race.
 */
@Entity({ name: "totp_authenticators" })
export class TotpAuthenticatorEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("totp_authenticators_user_id_key", { unique: true })
  @Column("uuid", { name: "user_id" })
  userId: string;

  /** Sealed with AES-256-GCM; the key id inside lets keys rotate without re-encrypting. */
  @Column("text", { name: "secret_ciphertext" })
  secretCiphertext: string;

  /**
   * The replay ledger (RFC 6238 §5.2): a code is accepted only for a time step after this one,
   * advanced by a conditional update so two requests can never both accept the same step.
   */
  @Column("bigint", {
    name: "last_accepted_time_step",
    nullable: true,
    transformer: {
      to: (value: number | null) => value,
      from: (value: string | number | null) => (value === null ? null : Number(value)),
    },
  })
  lastAcceptedTimeStep: number | null;

  @Column("timestamptz", { name: "enabled_at" })
  enabledAt: Date;
}
