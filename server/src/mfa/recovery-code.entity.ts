import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

@Entity({ name: "recovery_codes" })
@Index("recovery_codes_user_lookup_idx", ["userId", "lookupKey"])
export class RecoveryCodeEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid", { name: "user_id" })
  userId: string;

  /** A short digest that narrows redemption to one candidate before the slow hash. */
  @Column("bytea", { name: "lookup_key" })
  lookupKey: Buffer;

  @Column("text", { name: "code_hash" })
  codeHash: string;

  @Column("timestamptz", { name: "created_at" })
  createdAt: Date;

  @Column("timestamptz", { name: "used_at", nullable: true })
  usedAt: Date | null;
}
