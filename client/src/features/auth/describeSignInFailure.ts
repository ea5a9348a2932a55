import { ErrorCode } from "@app/shared";

import { assertNever } from "../../lib/assertNever";
import { serverUnreachableMessage, unexpectedFailureMessage } from "../../lib/failureMessages";
import type { OperationFailure } from "../../lib/operationFailure";
import { describeRetryWait } from "./retryWait";
import { signInFieldMessages, type SignInFieldErrors } from "./signInInput";

export type SignInFeedback =
  { kind: "fields"; errors: SignInFieldErrors } | { kind: "form"; message: string };

const invalidCredentialsMessage = "The email or password is incorrect.";

function tooManyAttemptsMessage(retryAfterSeconds: number | null): string {
  if (retryAfterSeconds === null) {
    return "Too many sign-in attempts. Wait a few minutes, then try again.";
  }

  return `Too many sign-in attempts. Try again in ${describeRetryWait(retryAfterSeconds)}.`;
}

type Rejection = Extract<OperationFailure, { kind: "rejected" }>;

function describeRejection(failure: Rejection): SignInFeedback {
  switch (failure.code) {
    case ErrorCode.INVALID_CREDENTIALS:
      return { kind: "form", message: invalidCredentialsMessage };
    case ErrorCode.TOO_MANY_ATTEMPTS:
      return { kind: "form", message: tooManyAttemptsMessage(failure.retryAfterSeconds) };
    case ErrorCode.BAD_USER_INPUT:
      if (failure.field === "email") {
        return { kind: "fields", errors: { email: signInFieldMessages.emailMalformed } };
      }
      if (failure.field === "password") {
        return { kind: "fields", errors: { password: signInFieldMessages.passwordTooLong } };
      }
      return { kind: "form", message: "Check the details you entered and try again." };
    default:
      return { kind: "form", message: unexpectedFailureMessage };
  }
}

/** Chooses what the sign-in form shows from the error code, never from the server's wording. */
export function describeSignInFailure(failure: OperationFailure): SignInFeedback {
  switch (failure.kind) {
    case "rejected":
      return describeRejection(failure);
    case "unreachable":
      return { kind: "form", message: serverUnreachableMessage };
    case "unexpected":
      return { kind: "form", message: unexpectedFailureMessage };
    default:
      return assertNever(failure);
  }
}
