import { isAcceptablePasswordLength, isPlausibleEmail, normalizeEmail } from "@app/shared";

import { BadUserInputError } from "../graphql/errors.js";

/** Shape checks only; whether the credentials are right is the sign-in service's business. */
export function assertEmailShape(email: string): void {
  if (!isPlausibleEmail(normalizeEmail(email))) {
    throw new BadUserInputError("email", "Enter an email address like name@example.com.");
  }
}

export function assertPasswordShape(password: string, field = "password"): void {
  if (!isAcceptablePasswordLength(password)) {
    throw new BadUserInputError(field, "Enter a password of at most 128 characters.");
  }
}
