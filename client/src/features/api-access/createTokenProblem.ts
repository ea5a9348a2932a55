import { ErrorCode } from "@app/shared";

import type { ActionResult } from "../../lib/actionResult";
import { describeApiAccessFailure } from "./describeApiAccessFailure";
import { tokenNameMaxLength } from "./tokenLifetimes";

/** Why a token was not created, and under which field to say so (null: above the form). */
export interface CreateTokenProblem {
  field: "name" | "expiresInDays" | null;
  message: string;
}

const fieldMessages = {
  name: `Give the token a name of up to ${tokenNameMaxLength} characters.`,
  expiresInDays: "Choose how long the token lasts.",
} as const;

export function describeCreateTokenProblem(
  result: Exclude<ActionResult<unknown>, { kind: "succeeded" }>,
): CreateTokenProblem {
  if (result.kind === "cancelled") {
    return { field: null, message: "Confirm your password to create the token." };
  }

  const { failure } = result;
  const isFieldRejection = failure.kind === "rejected" && failure.code === ErrorCode.BAD_USER_INPUT;
  if (isFieldRejection && (failure.field === "name" || failure.field === "expiresInDays")) {
    return { field: failure.field, message: fieldMessages[failure.field] };
  }

  return { field: null, message: describeApiAccessFailure(failure) };
}
