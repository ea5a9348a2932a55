import { Column, Entity, PrimaryColumn } from "typeorm";

/** A secret shown to the person but not yet confirmed; one per person, replaced by a new start. */
@Entity({ name: "mfa_enrollments" })
export class MfaEnrollmentEntity {
  @PrimaryColumn("uuid", { name: "user_id" })
  userId: string;

  @Column("text", { name: "secret_ciphertext" })
  secretCiphertext: string;

  @Column("timestamptz", { name: "created_at" })
  createdAt: Date;

  @Column("timestamptz", { name: "expires_at" })
  expiresAt: Date;
}
