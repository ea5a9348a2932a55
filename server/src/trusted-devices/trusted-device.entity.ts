import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** A browser allowed to skip the code step; its cookie token is stored only as a hash. */
@Entity({ name: "trusted_devices" })
export class TrustedDeviceEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("trusted_devices_token_hash_key", { unique: true })
  @Column("bytea", { name: "token_hash" })
  tokenHash: Buffer;

  @Index("trusted_devices_user_id_idx")
  @Column("uuid", { name: "user_id" })
  userId: string;

  @Column("varchar", { length: 100 })
  label: string;

  @Column("timestamptz", { name: "created_at" })
  createdAt: Date;

  @Column("timestamptz", { name: "last_used_at", nullable: true })
  lastUsedAt: Date | null;

  /** Fixed when trust begins; rotating the token on each use does not extend it. */
  @Column("timestamptz", { name: "expires_at" })
  expiresAt: Date;
}
