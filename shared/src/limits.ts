/** Durations and limits that both the server and the client show or enforce. */

/** NIST SP 800-63B sets 8 as the floor for chosen passwords; a ceiling keeps hashing bounded. */
export const passwordMinLength = 8;
export const passwordMaxLength = 128;

/** RFC 5321 caps a forward path at 256 octets, which leaves 254 for the address itself. */
export const emailMaxLength = 254;

export const sessionIdleTimeoutInSeconds = 60 * 60;
export const sessionAbsoluteTimeoutInSeconds = 24 * 60 * 60;
export const reauthenticationWindowInSeconds = 15 * 60;

export const passwordAttemptLimit = 10;
export const passwordLockoutInSeconds = 15 * 60;

export const codeAttemptLimit = 10;
export const codeLockoutInSeconds = 15 * 60;

export const mfaChallengeLifetimeInSeconds = 10 * 60;
export const mfaChallengeAttemptLimit = 5;
export const mfaEnrollmentLifetimeInSeconds = 15 * 60;
export const trustedDeviceLifetimeInDays = 30;

export const totpDigits = 6;
export const totpPeriodInSeconds = 30;
export const recoveryCodeCount = 10;
export const recoveryCodesLowWatermark = 3;

export const pageSizeDefault = 25;
export const pageSizeMax = 100;
