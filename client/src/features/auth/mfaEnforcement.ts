/** Where a person stands with their company's MFA requirement, as the client can tell. */
export type MfaEnforcement =
  { kind: "none" } | { kind: "gracePeriod"; deadline: Date } | { kind: "setupRequired" };

interface EnforcementFacts {
  mfaEnabled: boolean;
  mfaRequired: boolean;
  mfaSetupDeadline?: string | null;
}

/**
 * A comfort for the screens only: the API refuses everything but set-up once the deadline has
 * passed, whatever this says. `now` is passed in so the boundary can be tested.
 */
export function readMfaEnforcement(facts: EnforcementFacts, now: Date): MfaEnforcement {
  if (!facts.mfaRequired || facts.mfaEnabled) return { kind: "none" };

  const deadline = facts.mfaSetupDeadline ? new Date(facts.mfaSetupDeadline) : null;
  if (deadline === null || Number.isNaN(deadline.getTime()) || deadline <= now) {
    return { kind: "setupRequired" };
  }
  return { kind: "gracePeriod", deadline };
}
