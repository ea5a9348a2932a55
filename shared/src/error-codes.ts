/**
 * The public error codes of the GraphQL contract. Every failure during execution carries one of
 * these in `extensions.code`; clients switch on the code, never on the message.
 */
export const ErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  INVALID_CREDENTIALS: "INVALID_CREDENTIALS",
  INVALID_CODE: "INVALID_CODE",
  TOO_MANY_ATTEMPTS: "TOO_MANY_ATTEMPTS",
  MFA_SETUP_REQUIRED: "MFA_SETUP_REQUIRED",
  REAUTHENTICATION_REQUIRED: "REAUTHENTICATION_REQUIRED",
  MFA_ALREADY_ENABLED: "MFA_ALREADY_ENABLED",
  MFA_NOT_ENABLED: "MFA_NOT_ENABLED",
  MFA_DISABLE_NOT_ALLOWED: "MFA_DISABLE_NOT_ALLOWED",
  NOT_FOUND: "NOT_FOUND",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes Apollo Server itself answers with, before execution, at HTTP 400. */
export const RequestErrorCode = {
  GRAPHQL_PARSE_FAILED: "GRAPHQL_PARSE_FAILED",
  GRAPHQL_VALIDATION_FAILED: "GRAPHQL_VALIDATION_FAILED",
  BAD_REQUEST: "BAD_REQUEST",
} as const;

export type RequestErrorCode = (typeof RequestErrorCode)[keyof typeof RequestErrorCode];

const knownCodes = new Set<string>([
  ...Object.values(ErrorCode),
  ...Object.values(RequestErrorCode),
]);

export function isKnownErrorCode(value: unknown): value is ErrorCode | RequestErrorCode {
  return typeof value === "string" && knownCodes.has(value);
}
