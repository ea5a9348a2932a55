import { ErrorCode } from "@app/shared";

import { describeFailure } from "../../lib/describeFailure";
import type { OperationFailure } from "../../lib/operationFailure";

const rejectionMessages: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.UNAUTHENTICATED]: "Your session has ended. Sign in again to continue.",
  [ErrorCode.FORBIDDEN]: "Your account may not change notification settings.",
  [ErrorCode.MFA_SETUP_REQUIRED]: "Your company requires MFA: set it up under Security first.",
};

function pluralSeconds(seconds: number): string {
  return seconds === 1 ? "1 second" : `${seconds} seconds`;
}

/** The answer to a second test email within the minute: a pause, not a fault. */
export function testEmailTooSoonMessage(retryAfterSeconds: number | null): string {
  const wait =
    retryAfterSeconds === null ? "a minute" : pluralSeconds(Math.ceil(retryAfterSeconds));
  return `You can send one test email a minute. Try again in ${wait}.`;
}

/** Chooses the text from the error code, never from the server's wording. */
export function describeNotificationFailure(failure: OperationFailure): string {
  return describeFailure(failure, (rejection) => rejectionMessages[rejection.code]);
}
