import type { CompanyEntity } from "./company.entity.js";
import type { MfaPolicyInput } from "./company.types.js";

/** A plain sentence for the security log, or null when nothing changed. */
export function describePolicyChange(before: CompanyEntity, after: MfaPolicyInput): string | null {
  const changes: string[] = [];

  if (before.mfaRequired !== after.required) {
    changes.push(after.required ? "MFA required for everyone" : "MFA made optional");
  }
  if (before.mfaSelfServiceDisableAllowed !== after.allowSelfServiceDisable) {
    changes.push(
      after.allowSelfServiceDisable ? "self-service disable allowed" : "self-service disable off",
    );
  }
  if (before.mfaGracePeriodDays !== after.gracePeriodDays) {
    changes.push(`grace period ${after.gracePeriodDays} days`);
  }
  return changes.length > 0 ? changes.join("; ") : null;
}
