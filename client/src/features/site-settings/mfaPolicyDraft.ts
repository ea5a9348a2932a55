export const gracePeriodMaximumInDays = 90;

export interface MfaPolicyDraft {
  required: boolean;
  allowSelfServiceDisable: boolean;
  gracePeriodDays: number;
}

export function isSamePolicy(left: MfaPolicyDraft, right: MfaPolicyDraft): boolean {
  return (
    left.required === right.required &&
    left.allowSelfServiceDisable === right.allowSelfServiceDisable &&
    left.gracePeriodDays === right.gracePeriodDays
  );
}

/** Only switching enforcement on affects people at once, so only that asks for confirmation. */
export function isTurningEnforcementOn(saved: MfaPolicyDraft, draft: MfaPolicyDraft): boolean {
  return !saved.required && draft.required;
}

/** NumberInput reports a string while the field is empty or half typed. */
export function toGracePeriodDays(value: string | number): number {
  const days = typeof value === "number" ? value : Number.parseInt(value, 10);
  if (!Number.isFinite(days)) return 0;

  return Math.min(gracePeriodMaximumInDays, Math.max(0, Math.trunc(days)));
}
