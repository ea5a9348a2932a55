import type { EntityManager } from "typeorm";

import { type CompanyEntity } from "../companies/company.entity.js";
import { findUserWithCompany } from "../users/find-user-with-company.js";
import type { UserEntity } from "../users/user.entity.js";
import { TotpAuthenticatorEntity } from "./totp-authenticator.entity.js";

export interface MfaState {
  user: UserEntity;
  company: CompanyEntity;
  authenticator: TotpAuthenticatorEntity | null;
  recoveryCodesRemaining: number;
  recoveryCodesGeneratedAt: Date | null;
}

/** Everything the MFA rules decide on, read in one place so every path sees the same facts. */
export async function loadMfaState(manager: EntityManager, userId: string): Promise<MfaState> {
  const user = await findUserWithCompany(manager, userId);
  if (!user) throw new Error("The person whose MFA state was asked for does not exist.");

  const authenticator = await manager.findOneBy(TotpAuthenticatorEntity, { userId });
  const codes: { remaining: number; generated_at: Date | null }[] = await manager.query(
    `SELECT count(*) FILTER (WHERE used_at IS NULL)::int AS remaining,
            max(created_at) AS generated_at
       FROM recovery_codes WHERE user_id = $1`,
    [userId],
  );

  return {
    user,
    company: user.company,
    authenticator,
    recoveryCodesRemaining: codes[0]?.remaining ?? 0,
    recoveryCodesGeneratedAt: codes[0]?.generated_at ?? null,
  };
}

/** The one policy check for self-service disable: enforcement or a company switch forbids it. */
export function canDisableMfa(
  company: Pick<CompanyEntity, "mfaRequired" | "mfaSelfServiceDisableAllowed">,
): boolean {
  return !company.mfaRequired && company.mfaSelfServiceDisableAllowed;
}
