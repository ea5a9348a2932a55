import type { DataSource } from "typeorm";

import type { Clock } from "../clock/clock.js";
import { findPersonWithMfaFlagById } from "../users/find-user-with-company.js";
import type { UserEntity } from "../users/user.entity.js";

export interface PolicyFacts {
  mfaRequired: boolean;
  gracePeriodDays: number;
  requiredSince: Date | null;
  userCreatedAt: Date;
  hasAuthenticator: boolean;
}

/** The facts of a person already loaded with their company, as sign-in has them. */
export function policyFactsOf(
  user: Pick<UserEntity, "createdAt" | "company">,
  hasAuthenticator: boolean,
): PolicyFacts {
  return {
    mfaRequired: user.company.mfaRequired,
    gracePeriodDays: user.company.mfaGracePeriodDays,
    requiredSince: user.company.mfaRequiredSince,
    userCreatedAt: user.createdAt,
    hasAuthenticator,
  };
}

const dayInMilliseconds = 24 * 60 * 60 * 1000;

/**
 * When a person without MFA must have set it up. Grace counts from when enforcement began, or
 * from the person's arrival if they joined later, so newcomers get the same time as everyone.
 * Null when the company does not require MFA or the person already has it.
 */
export function mfaSetupDeadline(facts: PolicyFacts): Date | null {
  if (!facts.mfaRequired || facts.hasAuthenticator) return null;

  const since = facts.requiredSince ?? facts.userCreatedAt;
  if (facts.gracePeriodDays === 0) return since;

  const start = since > facts.userCreatedAt ? since : facts.userCreatedAt;
  return new Date(start.getTime() + facts.gracePeriodDays * dayInMilliseconds);
}

/**
 * The one policy check for "must enrol before anything else", read fresh on every request so a
 * change of policy reaches sessions that already exist.
 */
export class MfaPolicy {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async loadFacts(userId: string): Promise<PolicyFacts | null> {
    const found = await findPersonWithMfaFlagById(this.dataSource.manager, userId);
    return found ? policyFactsOf(found.user, found.hasAuthenticator) : null;
  }

  async isSetupRequired(userId: string): Promise<boolean> {
    const facts = await this.loadFacts(userId);
    if (!facts) return false;

    const deadline = mfaSetupDeadline(facts);
    return deadline !== null && this.clock.now() >= deadline;
  }
}
