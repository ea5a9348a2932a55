import { registerEnumType } from "type-graphql";

export enum NotificationKind {
  MFA_ENABLED = "MFA_ENABLED",
  MFA_DISABLED = "MFA_DISABLED",
  MFA_RESET_BY_ADMIN = "MFA_RESET_BY_ADMIN",
  RECOVERY_CODES_REGENERATED = "RECOVERY_CODES_REGENERATED",
  RECOVERY_CODE_USED = "RECOVERY_CODE_USED",
  TRUSTED_DEVICE_ADDED = "TRUSTED_DEVICE_ADDED",
  ACCOUNT_LOCKED = "ACCOUNT_LOCKED",
  CODE_ATTEMPTS_LOCKED = "CODE_ATTEMPTS_LOCKED",
  ACCESS_TOKEN_CREATED = "ACCESS_TOKEN_CREATED",
  PASSWORD_CHANGED = "PASSWORD_CHANGED",
  NEW_BROWSER_SIGN_IN = "NEW_BROWSER_SIGN_IN",
  TEST_MESSAGE = "TEST_MESSAGE",
}

registerEnumType(NotificationKind, {
  name: "NotificationKind",
  description: "What a security notice is about.",
  valuesConfig: {
    MFA_ENABLED: { description: "MFA was turned on." },
    MFA_DISABLED: { description: "MFA was turned off." },
    MFA_RESET_BY_ADMIN: { description: "An administrator reset the person's MFA." },
    RECOVERY_CODES_REGENERATED: { description: "The recovery codes were replaced." },
    RECOVERY_CODE_USED: { description: "A recovery code was used to sign in." },
    TRUSTED_DEVICE_ADDED: { description: "A browser may now skip the code step." },
    ACCOUNT_LOCKED: { description: "Sign-in was locked after repeated wrong passwords." },
    CODE_ATTEMPTS_LOCKED: {
      description: "MFA codes were locked after repeated wrong codes, so the password is known.",
    },
    ACCESS_TOKEN_CREATED: { description: "A personal access token was created." },
    PASSWORD_CHANGED: { description: "The password was changed; other sessions were ended." },
    NEW_BROWSER_SIGN_IN: { description: "A sign-in from a browser not seen before." },
    TEST_MESSAGE: { description: "A test message the person asked for." },
  },
});

/**
 * Everything that changes how the account is protected, or shows someone may be trying to get
 * in, reaches the person whatever they chose: a notice that could be turned off could be turned
 * off by whoever took the account over.
 */
const optionalKinds = new Set([
  NotificationKind.NEW_BROWSER_SIGN_IN,
  NotificationKind.TEST_MESSAGE,
]);

export function isMandatoryKind(kind: NotificationKind): boolean {
  return !optionalKinds.has(kind);
}
