import type { ErrorCode } from "@app/shared";

import { toOperationFailure, type OperationFailure } from "../../lib/operationFailure";

/** How an administrator's change ended, after any password confirmation it needed. */
export type AdminActionResult<T> =
  | { kind: "succeeded"; value: T }
  | { kind: "failed"; failure: OperationFailure }
  | { kind: "cancelled" };

export async function settleAction<T>(attempt: () => Promise<T>): Promise<AdminActionResult<T>> {
  try {
    return { kind: "succeeded", value: await attempt() };
  } catch (error) {
    return { kind: "failed", failure: toOperationFailure(error) };
  }
}

export function isFailureWith(result: AdminActionResult<unknown>, code: ErrorCode): boolean {
  return (
    result.kind === "failed" && result.failure.kind === "rejected" && result.failure.code === code
  );
}
