import { ErrorCode } from "@app/shared";

import { assertNever } from "../../lib/assertNever";
import { serverUnreachableMessage, unexpectedFailureMessage } from "../../lib/failureMessages";
import type { OperationFailure } from "../../lib/operationFailure";
import { describeRetryWait } from "./retryWait";
import type { SecondFactor } from "./useVerifyMfa";

/** What the code step does next: show a message, or start over at the password step. */
export type VerifyMfaFeedback = { kind: "message"; message: string } | { kind: "restart" };

type FactorKind = SecondFactor["kind"];

const wrongCodeMessages: Record<FactorKind, string> = {
  code: "That code didn't work. Check your authenticator app and try again.",
  recoveryCode: "That recovery code didn't work. It may be mistyped or already used.",
};

export const malformedCodeMessages: Record<FactorKind, string> = {
  code: "Enter all 6 digits from your authenticator app.",
  recoveryCode: "Enter a recovery code in the form xxxxx-xxxxx.",
};

function tooManyAttemptsMessage(retryAfterSeconds: number | null): string {
  if (retryAfterSeconds === null) {
    return "Too many incorrect codes. Wait a few minutes, then try again.";
  }

  return `Too many incorrect codes. Try again in ${describeRetryWait(retryAfterSeconds)}.`;
}

type Rejection = Extract<OperationFailure, { kind: "rejected" }>;

function describeRejection(failure: Rejection, factorKind: FactorKind): VerifyMfaFeedback {
  switch (failure.code) {
    case ErrorCode.INVALID_CODE:
      return { kind: "message", message: wrongCodeMessages[factorKind] };
    case ErrorCode.TOO_MANY_ATTEMPTS:
      return { kind: "message", message: tooManyAttemptsMessage(failure.retryAfterSeconds) };
    case ErrorCode.BAD_USER_INPUT:
      return { kind: "message", message: malformedCodeMessages[factorKind] };
    // The pending sign-in expired, died after too many wrong codes, or never existed.
    case ErrorCode.UNAUTHENTICATED:
      return { kind: "restart" };
    default:
      return { kind: "message", message: unexpectedFailureMessage };
  }
}

/** Chooses what the code step shows from the error code, never from the server's wording. */
export function describeVerifyMfaFailure(
  failure: OperationFailure,
  factorKind: FactorKind,
): VerifyMfaFeedback {
  switch (failure.kind) {
    case "rejected":
      return describeRejection(failure, factorKind);
    case "unreachable":
      return { kind: "message", message: serverUnreachableMessage };
    case "unexpected":
      return { kind: "message", message: unexpectedFailureMessage };
    default:
      return assertNever(failure);
  }
}
