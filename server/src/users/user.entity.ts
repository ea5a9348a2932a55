import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from "typeorm";

import { CompanyEntity } from "../companies/company.entity.js";
import { Role } from "./role.js";

@Entity({ name: "users" })
@Index("users_company_name_id_idx", ["companyId", "name", "id"])
export class UserEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid", { name: "company_id" })
  companyId: string;

  @ManyToOne(() => CompanyEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "company_id" })
  company: Relation<CompanyEntity>;

  /** Stored lower-cased and trimmed, so uniqueness is case-insensitive. */
  @Index("users_email_key", { unique: true })
  @Column("varchar", { length: 254 })
  email: string;

  @Column("varchar", { length: 200 })
  name: string;

  @Column("varchar", { length: 16, default: Role.MEMBER })
  role: Role;

  @Column("varchar", { name: "password_hash", length: 255 })
  passwordHash: string;

  @Column("integer", { name: "failed_password_attempts", default: 0 })
  failedPasswordAttempts: number;

  @Column("timestamptz", { name: "password_locked_until", nullable: true })
  passwordLockedUntil: Date | null;

  /** The one attempt budget for authenticator and recovery codes, on every path that checks one. */
  @Column("integer", { name: "failed_code_attempts", default: 0 })
  failedCodeAttempts: number;

  @Column("timestamptz", { name: "code_locked_until", nullable: true })
  codeLockedUntil: Date | null;

  @Column("timestamptz", { name: "last_sign_in_at", nullable: true })
  lastSignInAt: Date | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
