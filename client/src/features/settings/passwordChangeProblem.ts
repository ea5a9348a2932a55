import { ErrorCode, passwordLockoutInSeconds } from "@app/shared";

import { describeFailure, type Rejection } from "../../lib/describeFailure";
import type { OperationFailure } from "../../lib/operationFailure";
import { describeRetryWait } from "../auth/retryWait";
import { passwordChangeMessages } from "./passwordChangeDraft";

/** Why the password was not changed, and under which field to say so (null: above the form). */
export interface PasswordChangeProblem {
  field: "currentPassword" | "newPassword" | null;
  message: string;
}

// A locked account answers a right password with the same code as a wrong one, so the message
// has to mention the lock for the person who is sure they typed it correctly.
const wrongCurrentPasswordMessage =
  "That is not your current password. After repeated wrong passwords, your password is locked " +
  `for ${describeRetryWait(passwordLockoutInSeconds)}.`;

const formMessages: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.BAD_USER_INPUT]: "Check what you entered and try again.",
  [ErrorCode.UNAUTHENTICATED]: "Your session has ended. Sign in again to continue.",
  [ErrorCode.MFA_SETUP_REQUIRED]: "Your company requires MFA: set it up under Security first.",
};

function describeFormRejection(rejection: Rejection): string | undefined {
  if (rejection.code !== ErrorCode.TOO_MANY_ATTEMPTS) return formMessages[rejection.code];

  if (rejection.retryAfterSeconds === null) {
    return "Too many attempts. Wait a few minutes, then try again.";
  }
  const wait = describeRetryWait(rejection.retryAfterSeconds);
  return `Too many attempts. For your security, try again in ${wait}.`;
}

/** Chooses what the form shows from the error code and field, never from the server's wording. */
export function describePasswordChangeProblem(failure: OperationFailure): PasswordChangeProblem {
  if (failure.kind === "rejected" && failure.code === ErrorCode.INVALID_CREDENTIALS) {
    return { field: "currentPassword", message: wrongCurrentPasswordMessage };
  }

  const isFieldRejection = failure.kind === "rejected" && failure.code === ErrorCode.BAD_USER_INPUT;
  if (isFieldRejection && failure.field === "currentPassword") {
    return { field: "currentPassword", message: passwordChangeMessages.currentTooLong };
  }
  if (isFieldRejection && failure.field === "newPassword") {
    return { field: "newPassword", message: passwordChangeMessages.newOutsidePolicy };
  }

  return { field: null, message: describeFailure(failure, describeFormRejection) };
}
