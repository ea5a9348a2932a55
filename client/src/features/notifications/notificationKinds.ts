import type { NotificationKind } from "../../gql/graphql";
import { assertNever } from "../../lib/assertNever";

/** What each notice is about, worded as the event it reports. */
export function describeNotificationKind(kind: NotificationKind): string {
  switch (kind) {
    case "MFA_ENABLED":
      return "MFA turned on";
    case "MFA_DISABLED":
      return "MFA turned off";
    case "MFA_RESET_BY_ADMIN":
      return "MFA reset by an administrator";
    case "RECOVERY_CODES_REGENERATED":
      return "New recovery codes created";
    case "RECOVERY_CODE_USED":
      return "Recovery code used to sign in";
    case "TRUSTED_DEVICE_ADDED":
      return "Browser trusted to skip the code step";
    case "ACCOUNT_LOCKED":
      return "Account locked after wrong passwords";
    case "CODE_ATTEMPTS_LOCKED":
      return "MFA codes locked after wrong codes";
    case "ACCESS_TOKEN_CREATED":
      return "API access token created";
    case "PASSWORD_CHANGED":
      return "Password changed";
    case "NEW_BROWSER_SIGN_IN":
      return "Sign-in from a new browser";
    case "TEST_MESSAGE":
      return "Test email";
    default:
      return assertNever(kind);
  }
}
