export const recoveryCodesFileName = "3-clicks-cloud-recovery-codes.txt";

/** The saved file explains itself, because it may be found again years later. */
export function recoveryCodesFileText(recoveryCodes: readonly string[], savedAt: string): string {
  return [
    "3 Clicks Cloud recovery codes",
    `Saved ${savedAt}`,
    "",
    "Each code signs you in once when your authenticator app is not available.",
    "Keep this file somewhere safe, away from the phone that runs your authenticator app.",
    "",
    ...recoveryCodes,
    "",
  ].join("\n");
}
