import { NotificationKind } from "./notification-kind.js";

/** Fixed wording only: a subject line never carries anything a person or browser supplied. */
const subjects: Record<NotificationKind, string> = {
  [NotificationKind.MFA_ENABLED]: "MFA was turned on for your account",
  [NotificationKind.MFA_DISABLED]: "MFA was turned off for your account",
  [NotificationKind.MFA_RESET_BY_ADMIN]: "An administrator reset MFA on your account",
  [NotificationKind.RECOVERY_CODES_REGENERATED]: "Your recovery codes were replaced",
  [NotificationKind.RECOVERY_CODE_USED]: "A recovery code was used to sign in",
  [NotificationKind.TRUSTED_DEVICE_ADDED]: "A browser can now skip the MFA code step",
  [NotificationKind.ACCOUNT_LOCKED]: "Your account was locked after repeated wrong passwords",
  [NotificationKind.CODE_ATTEMPTS_LOCKED]: "Too many wrong MFA codes were entered for your account",
  [NotificationKind.ACCESS_TOKEN_CREATED]: "A new access token was created",
  [NotificationKind.PASSWORD_CHANGED]: "Your password was changed",
  [NotificationKind.NEW_BROWSER_SIGN_IN]: "New sign-in from a browser not seen before",
  [NotificationKind.TEST_MESSAGE]: "Test message: security notices reach you",
};

export function subjectOf(kind: NotificationKind): string {
  return `3 Clicks Cloud: ${subjects[kind]}`;
}
