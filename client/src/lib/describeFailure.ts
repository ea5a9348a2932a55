import { assertNever } from "./assertNever";
import { serverUnreachableMessage, unexpectedFailureMessage } from "./failureMessages";
import type { OperationFailure } from "./operationFailure";

export type Rejection = Extract<OperationFailure, { kind: "rejected" }>;

/**
 * The one-line text for a failed action. Each feature words only the codes it expects; anything
 * else, and every failure that is not a rejection, gets the same wording across the app.
 */
export function describeFailure(
  failure: OperationFailure,
  describeRejection: (rejection: Rejection) => string | undefined,
): string {
  switch (failure.kind) {
    case "rejected":
      return describeRejection(failure) ?? unexpectedFailureMessage;
    case "unreachable":
      return serverUnreachableMessage;
    case "unexpected":
      return unexpectedFailureMessage;
    default:
      return assertNever(failure);
  }
}
