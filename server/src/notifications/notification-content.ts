import type { NotificationDetails } from "./notification-details.js";
import { NotificationKind } from "./notification-kind.js";

/**
 * The wording of each notice as plain sentences; `what` says what happened and `ifNotYou` what
 * to do about it. Values that came from people or browsers stay separate (in `facts`), so the
 * HTML renderer can escape every one of them.
 */
export interface NotificationContent {
  what: string;
  facts: [label: string, value: string][];
  ifNotYou: string;
}

const changePassword = "change your password in Settings > Profile";

export function contentOf(
  kind: NotificationKind,
  details: NotificationDetails,
): NotificationContent {
  switch (kind) {
    case NotificationKind.MFA_ENABLED:
      return {
        what: "Multifactor authentication (MFA) was turned on for your account.",
        facts: [],
        ifNotYou:
          `Someone who knows your password set up an authenticator. Ask your administrator to ` +
          `reset MFA on your account, then ${changePassword}.`,
      };
    case NotificationKind.MFA_DISABLED:
      return {
        what:
          "Multifactor authentication (MFA) was turned off for your account. Your recovery " +
          "codes and trusted browsers were removed with it.",
        facts: [],
        ifNotYou:
          `Someone is signed in to your account. Sign in, ${changePassword} and turn MFA on ` +
          "again in Settings > Security.",
      };
    case NotificationKind.MFA_RESET_BY_ADMIN:
      return {
        what:
          "An administrator reset multifactor authentication (MFA) on your account. Your " +
          "authenticator, recovery codes, trusted browsers, access tokens and sessions were " +
          "removed; you will set MFA up again at your next sign-in if your company requires it.",
        facts: [["Administrator", details.administratorName ?? "An administrator"]],
        ifNotYou:
          "If you did not ask for this, contact your administrator or security team straight " +
          "away, and set MFA up again in Settings > Security.",
      };
    case NotificationKind.RECOVERY_CODES_REGENERATED:
      return {
        what: "Your recovery codes were replaced with a new set. The old codes no longer work.",
        facts: [],
        ifNotYou:
          `Someone is signed in to your account. ${capitalize(changePassword)}, then ` +
          "replace your recovery codes again and review your trusted browsers in " +
          "Settings > Security.",
      };
    case NotificationKind.RECOVERY_CODE_USED:
      return {
        what: "A recovery code was used to sign in to your account. Each code works only once.",
        facts: [["Recovery codes left", String(details.recoveryCodesRemaining ?? 0)]],
        ifNotYou:
          "Someone has your password and one of your recovery codes. " +
          `${capitalize(changePassword)} and replace your recovery codes in Settings > Security.`,
      };
    case NotificationKind.TRUSTED_DEVICE_ADDED:
      return {
        what:
          "A browser was trusted for 30 days: it can sign in to your account without an MFA " +
          "code.",
        facts: [],
        ifNotYou:
          "Remove the browser under Trusted browsers in Settings > Security, then " +
          `${changePassword}.`,
      };
    case NotificationKind.ACCOUNT_LOCKED:
      return {
        what:
          "Your account was locked for 15 minutes after too many wrong passwords. The details " +
          "below are from the last wrong attempt.",
        facts: [],
        ifNotYou:
          "Someone may be guessing your password. Once the lock ends, sign in and " +
          `${changePassword}; make sure MFA is on in Settings > Security.`,
      };
    case NotificationKind.CODE_ATTEMPTS_LOCKED:
      return {
        what:
          "MFA codes for your account were refused for 15 minutes after too many wrong codes. " +
          "Whoever entered them knew your password.",
        facts: [],
        ifNotYou:
          `Someone has your password. ${capitalize(changePassword)} now, and review ` +
          "Trusted browsers in Settings > Security.",
      };
    case NotificationKind.ACCESS_TOKEN_CREATED:
      return {
        what: "A new personal access token was created for your account. It can read your data.",
        facts: [["Token name", details.tokenName ?? ""]],
        ifNotYou:
          "Revoke the token in Settings > API access, then " +
          `${changePassword} and review Settings > Security.`,
      };
    case NotificationKind.PASSWORD_CHANGED:
      return {
        what:
          "The password of your account was changed. Every other browser was signed out, and " +
          "trusted browsers will ask for an MFA code again.",
        facts: [],
        ifNotYou:
          "Someone is signed in to your account. Contact your administrator now to have your " +
          "access reset, and review Settings > Security.",
      };
    case NotificationKind.NEW_BROWSER_SIGN_IN:
      return {
        what: "Your account was signed in to from a browser it has not seen before.",
        facts: [],
        ifNotYou:
          `Someone has your password. ${capitalize(changePassword)} and make sure MFA is on in ` +
          "Settings > Security. You can turn these notices off in Settings > Notifications.",
      };
    case NotificationKind.TEST_MESSAGE:
      return {
        what:
          "This is the test message you asked for in Settings > Notifications. Security " +
          "notices about your account will arrive the same way.",
        facts: [],
        ifNotYou: `Someone is signed in to your account. ${capitalize(changePassword)}.`,
      };
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
