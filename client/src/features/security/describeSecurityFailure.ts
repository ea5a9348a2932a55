import { ErrorCode } from "@app/shared";

import { describeFailure } from "../../lib/describeFailure";
import type { OperationFailure } from "../../lib/operationFailure";

const secondsPerMinute = 60;

export function tooManyAttemptsMessage(retryAfterSeconds: number | null): string {
  if (retryAfterSeconds === null) {
    return "Too many wrong codes. Wait a few minutes, then try again.";
  }

  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / secondsPerMinute));
  const unit = minutes === 1 ? "minute" : "minutes";
  return `Too many wrong codes. For your security, try again in ${minutes} ${unit}.`;
}

const rejectionMessages: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.INVALID_CODE]:
    "That code did not work. Enter the code your app shows now, or an unused recovery code.",
  [ErrorCode.BAD_USER_INPUT]: "Check what you entered and try again.",
  [ErrorCode.INVALID_CREDENTIALS]: "That password is not right.",
  [ErrorCode.REAUTHENTICATION_REQUIRED]: "Confirm your password to make this change.",
  [ErrorCode.MFA_ALREADY_ENABLED]: "MFA is already on for your account.",
  [ErrorCode.MFA_NOT_ENABLED]: "MFA is already off for your account.",
  [ErrorCode.MFA_DISABLE_NOT_ALLOWED]: "Your company does not allow turning MFA off.",
  [ErrorCode.MFA_SETUP_REQUIRED]: "Your company requires MFA: finish setting it up first.",
  [ErrorCode.NOT_FOUND]: "This item no longer exists. Reload the page to see the latest state.",
  [ErrorCode.UNAUTHENTICATED]: "Your session has ended. Sign in again to continue.",
};

export type FailureWording = Partial<Record<ErrorCode, string>>;

/**
 * Chooses the text for a failed security action from the error code, never from the server's
 * wording. Callers pass their own wording for codes whose meaning depends on the action.
 */
export function describeSecurityFailure(
  failure: OperationFailure,
  wording: FailureWording = {},
): string {
  return describeFailure(failure, (rejection) => {
    if (rejection.code === ErrorCode.TOO_MANY_ATTEMPTS) {
      return tooManyAttemptsMessage(rejection.retryAfterSeconds);
    }
    return wording[rejection.code] ?? rejectionMessages[rejection.code];
  });
}
