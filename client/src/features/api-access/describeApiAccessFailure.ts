import { ErrorCode } from "@app/shared";

import { describeFailure } from "../../lib/describeFailure";
import type { OperationFailure } from "../../lib/operationFailure";

const rejectionMessages: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.UNAUTHENTICATED]: "Your session has ended. Sign in again to continue.",
  [ErrorCode.FORBIDDEN]: "Your account may not manage API tokens.",
  [ErrorCode.BAD_USER_INPUT]: "Check the name and expiry, then try again.",
  [ErrorCode.REAUTHENTICATION_REQUIRED]: "Confirm your password to create the token.",
  [ErrorCode.MFA_SETUP_REQUIRED]: "Your company requires MFA: set it up under Security first.",
  [ErrorCode.NOT_FOUND]: "That token no longer exists. It may have been revoked already.",
};

/** Chooses the text for a failed token action from the error code, never the server's wording. */
export function describeApiAccessFailure(failure: OperationFailure): string {
  return describeFailure(failure, (rejection) => rejectionMessages[rejection.code]);
}
