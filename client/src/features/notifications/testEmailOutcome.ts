import { ErrorCode } from "@app/shared";

import type { ActionResult } from "../../lib/actionResult";
import {
  describeNotificationFailure,
  testEmailTooSoonMessage,
} from "./describeNotificationFailure";

export type TestEmailOutcome =
  { kind: "queued" } | { kind: "tooSoon"; message: string } | { kind: "failed"; message: string };

export function toTestEmailOutcome(result: ActionResult<void>): TestEmailOutcome | null {
  if (result.kind === "succeeded") return { kind: "queued" };
  if (result.kind === "cancelled") return null;

  const { failure } = result;
  if (failure.kind === "rejected" && failure.code === ErrorCode.TOO_MANY_ATTEMPTS) {
    return { kind: "tooSoon", message: testEmailTooSoonMessage(failure.retryAfterSeconds) };
  }
  return { kind: "failed", message: describeNotificationFailure(failure) };
}
