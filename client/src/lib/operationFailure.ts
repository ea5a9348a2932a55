import { CombinedGraphQLErrors, ServerError, ServerParseError } from "@apollo/client/errors";
import { isKnownErrorCode, type ErrorCode } from "@app/shared";

/**
 * What went wrong with a GraphQL operation, in the terms the UI decides on. Screens switch on the
 * error code from the shared table, never on the server's message text.
 */
export type OperationFailure =
  | { kind: "rejected"; code: ErrorCode; field: string | null; retryAfterSeconds: number | null }
  | { kind: "unreachable" }
  | { kind: "unexpected" };

function readString(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function readSeconds(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : null;
}

function fromGraphQLErrors(error: CombinedGraphQLErrors): OperationFailure {
  const extensions = error.errors[0]?.extensions ?? {};
  const code = extensions["code"];
  if (!isKnownErrorCode(code)) return { kind: "unexpected" };

  // Apollo Server refused the document before running it: a client bug, nothing to tell people.
  if (
    code === "GRAPHQL_PARSE_FAILED" ||
    code === "GRAPHQL_VALIDATION_FAILED" ||
    code === "BAD_REQUEST"
  ) {
    return { kind: "unexpected" };
  }

  return {
    kind: "rejected",
    code,
    field: readString(extensions["field"]),
    retryAfterSeconds: readSeconds(extensions["retryAfterSeconds"]),
  };
}

export function toOperationFailure(error: unknown): OperationFailure {
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error);

  // A 4xx means the server understood us and refused the request itself: a client bug, not an
  // outage. A 5xx here comes from a proxy in front of the API, which could not reach it.
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return error.statusCode >= 500 ? { kind: "unreachable" } : { kind: "unexpected" };
  }

  // fetch() rejects with a TypeError when the request never got an HTTP answer.
  if (error instanceof TypeError) return { kind: "unreachable" };

  return { kind: "unexpected" };
}
