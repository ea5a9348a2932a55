/** Routes of the sign-in journey, shared by the pages that send people between them. */
export const signInPath = "/sign-in";
export const verifyMfaPath = "/sign-in/verify";
export const recoveryCodeUsedPath = "/sign-in/recovery-code-used";
export const mfaSetupPath = "/setup-mfa";

/** Settings > Security, where recovery codes are regenerated; built by the security feature. */
export const securitySettingsPath = "/settings/security";
