import { ErrorCode } from "@app/shared";

import { toOperationFailure } from "../../lib/operationFailure";

/** True when the API refused because there is no session, rather than because it broke. */
export function isSignedOutError(error: unknown): boolean {
  const failure = toOperationFailure(error);

  return failure.kind === "rejected" && failure.code === ErrorCode.UNAUTHENTICATED;
}
