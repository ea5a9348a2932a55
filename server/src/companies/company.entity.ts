import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

@Entity({ name: "companies" })
export class CompanyEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("varchar", { length: 200 })
  name: string;

  @Column("boolean", { name: "mfa_required", default: false })
  mfaRequired: boolean;

  @Column("boolean", { name: "mfa_self_service_disable_allowed", default: true })
  mfaSelfServiceDisableAllowed: boolean;

  @Column("integer", { name: "mfa_grace_period_days", default: 0 })
  mfaGracePeriodDays: number;

  /** When enforcement was last switched on; grace periods count from here. */
  @Column("timestamptz", { name: "mfa_required_since", nullable: true })
  mfaRequiredSince: Date | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
