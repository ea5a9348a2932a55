import { GraphQLError } from "graphql";

import { ErrorCode } from "@app/shared";

/**
 * One class per public code, each with a literal `extensions.code` from the shared table.
 * Messages are for people reading logs and tools; clients decide on the code.
 */
abstract class CodedError extends GraphQLError {
  protected constructor(
    message: string,
    code: ErrorCode,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class UnauthenticatedError extends CodedError {
  constructor() {
    super("You are not signed in, or your session has ended.", ErrorCode.UNAUTHENTICATED);
  }
}

export class ForbiddenError extends CodedError {
  constructor(message = "You are not allowed to do this.") {
    super(message, ErrorCode.FORBIDDEN);
  }
}

/** Answered with HTTP 400, like Apollo's own input errors, so proxies and tools see a 4xx. */
export class BadUserInputError extends CodedError {
  constructor(field: string, message: string) {
    super(message, ErrorCode.BAD_USER_INPUT, { field, http: { status: 400 } });
  }
}

export class InvalidCredentialsError extends CodedError {
  constructor() {
    super("The email or password is incorrect.", ErrorCode.INVALID_CREDENTIALS);
  }
}

export class ReauthenticationRequiredError extends CodedError {
  constructor() {
    super(
      "This change needs a recent sign-in. Confirm your password and try again.",
      ErrorCode.REAUTHENTICATION_REQUIRED,
    );
  }
}

export class NotFoundError extends CodedError {
  constructor() {
    super("Nothing with that id exists here.", ErrorCode.NOT_FOUND);
  }
}

export class InvalidCodeError extends CodedError {
  constructor() {
    super(
      "That code is not valid. It may be wrong, expired or already used.",
      ErrorCode.INVALID_CODE,
    );
  }
}

export class TooManyAttemptsError extends CodedError {
  constructor(
    retryAfterSeconds: number,
    message = `Too many wrong codes. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
  ) {
    super(message, ErrorCode.TOO_MANY_ATTEMPTS, { retryAfterSeconds });
  }
}

export class MfaAlreadyEnabledError extends CodedError {
  constructor() {
    super("MFA is already on for this account.", ErrorCode.MFA_ALREADY_ENABLED);
  }
}

export class MfaNotEnabledError extends CodedError {
  constructor() {
    super("MFA is not on for this account.", ErrorCode.MFA_NOT_ENABLED);
  }
}

export class MfaDisableNotAllowedError extends CodedError {
  constructor() {
    super(
      "Your company does not allow turning MFA off. Ask an administrator if you need help.",
      ErrorCode.MFA_DISABLE_NOT_ALLOWED,
    );
  }
}

export class MfaSetupRequiredError extends CodedError {
  constructor() {
    super(
      "Your company requires MFA. Set it up before doing anything else.",
      ErrorCode.MFA_SETUP_REQUIRED,
    );
  }
}
