import { ErrorCode } from "@app/shared";

import { assertNever } from "../../lib/assertNever";
import { describeFailure } from "../../lib/describeFailure";
import { unexpectedFailureMessage } from "../../lib/failureMessages";
import type { OperationFailure } from "../../lib/operationFailure";

function describeRejection(code: ErrorCode): string {
  switch (code) {
    case ErrorCode.FORBIDDEN:
      return "Only administrators can change Site Settings.";
    case ErrorCode.UNAUTHENTICATED:
      return "Your session has ended. Sign in again to continue.";
    case ErrorCode.BAD_USER_INPUT:
      return "Check what you entered and try again.";
    case ErrorCode.NOT_FOUND:
      return "This person is no longer in your company. Reload the page to see the latest list.";
    case ErrorCode.MFA_SETUP_REQUIRED:
      return "Set up MFA on your own account first.";
    case ErrorCode.REAUTHENTICATION_REQUIRED:
      return "Confirm your password to make this change.";
    case ErrorCode.INVALID_CREDENTIALS:
      return "That password is not right.";
    case ErrorCode.TOO_MANY_ATTEMPTS:
      return "Too many attempts. Wait a few minutes, then try again.";
    // The remaining codes belong to people's own MFA screens; here they mean a client bug.
    case ErrorCode.INVALID_CODE:
    case ErrorCode.MFA_ALREADY_ENABLED:
    case ErrorCode.MFA_NOT_ENABLED:
    case ErrorCode.MFA_DISABLE_NOT_ALLOWED:
    case ErrorCode.INTERNAL_SERVER_ERROR:
      return unexpectedFailureMessage;
    default:
      return assertNever(code);
  }
}

/** Text for a failed administrator action, chosen by the error code, never the server's words. */
export function describeAdminFailure(failure: OperationFailure): string {
  return describeFailure(failure, (rejection) => describeRejection(rejection.code));
}

export function isForbidden(failure: OperationFailure): boolean {
  return failure.kind === "rejected" && failure.code === ErrorCode.FORBIDDEN;
}
