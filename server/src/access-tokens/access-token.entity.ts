import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** A personal access token for integrations; only the hash of the secret is kept. */
@Entity({ name: "access_tokens" })
export class AccessTokenEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("access_tokens_user_id_idx")
  @Column("uuid", { name: "user_id" })
  userId: string;

  @Column("varchar", { length: 100 })
  name: string;

  @Index("access_tokens_token_hash_key", { unique: true })
  @Column("bytea", { name: "token_hash" })
  tokenHash: Buffer;

  @Column("timestamptz", { name: "created_at" })
  createdAt: Date;

  @Column("timestamptz", { name: "last_used_at", nullable: true })
  lastUsedAt: Date | null;

  @Column("timestamptz", { name: "expires_at" })
  expiresAt: Date;
}
