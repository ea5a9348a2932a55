import type { ErrorCode } from "@app/shared";

import { toOperationFailure, type OperationFailure } from "./operationFailure";

/** How a sensitive action ended, after any password confirmation it needed. */
export type ActionResult<T> =
  | { kind: "succeeded"; value: T }
  | { kind: "failed"; failure: OperationFailure }
  | { kind: "cancelled" };

export async function settle<T>(attempt: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { kind: "succeeded", value: await attempt() };
  } catch (error) {
    return { kind: "failed", failure: toOperationFailure(error) };
  }
}

export function isRejectedWith(result: ActionResult<unknown>, code: ErrorCode): boolean {
  return (
    result.kind === "failed" && result.failure.kind === "rejected" && result.failure.code === code
  );
}

/** Apollo resolves without data only when something below it misbehaved: treat it as such. */
export function requireData<T>(result: { data?: T | null }): T {
  if (result.data === undefined || result.data === null) {
    throw new Error("The API answered without data.");
  }
  return result.data;
}
