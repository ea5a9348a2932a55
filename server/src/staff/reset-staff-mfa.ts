import type { DataSource } from "typeorm";

import { isUuid } from "@app/shared";

import type { ClientInfo } from "../auth/session-store.js";
import type { Clock } from "../clock/clock.js";
import { runInTransaction } from "../database/run-in-transaction.js";
import { NotFoundError } from "../graphql/errors.js";
import type { CodeAttemptBudget } from "../mfa/code-attempt-budget.js";
import { enqueueNotification } from "../notifications/enqueue-notification.js";
import { NotificationKind } from "../notifications/notification-kind.js";
import { recordSecurityEvent } from "../security-events/record-security-event.js";
import { SecurityEventType } from "../security-events/security-event-type.js";
import { UserEntity } from "../users/user.entity.js";

/**
 * Everything that proves or remembers the person's second factor, and every way in. Access
 * tokens go too: a reset usually follows a lost device, and a token minted from it must not
 * outlive the reset.
 */
const tablesClearedOnReset = [
  "access_tokens",
  "totp_authenticators",
  "recovery_codes",
  "mfa_enrollments",
  "trusted_devices",
  "mfa_challenges",
  "sessions",
];

export interface ResetRequest {
  adminId: string;
  companyId: string;
  userId: string;
  reason: string;
  client: ClientInfo;
}

/**
 * For a person who lost both the authenticator and the recovery codes. Their next sign-in
 * follows the company policy again, which means set-up when MFA is required.
 */
export async function resetStaffMfa(
  dataSource: DataSource,
  clock: Clock,
  budget: CodeAttemptBudget,
  request: ResetRequest,
): Promise<void> {
  if (!isUuid(request.userId)) throw new NotFoundError();

  await runInTransaction(dataSource, async (manager) => {
    const person = await manager.findOneBy(UserEntity, {
      id: request.userId,
      companyId: request.companyId,
    });
    if (!person) throw new NotFoundError();

    for (const table of tablesClearedOnReset) {
      await manager.query(`DELETE FROM ${table} WHERE user_id = $1`, [person.id]);
    }
    await budget.reset(manager, person.id);
    await recordSecurityEvent(manager, {
      type: SecurityEventType.MFA_RESET_BY_ADMIN,
      companyId: request.companyId,
      occurredAt: clock.now(),
      actorId: request.adminId,
      subjectId: person.id,
      reason: request.reason,
      client: request.client,
    });
    await enqueueNotification(manager, {
      kind: NotificationKind.MFA_RESET_BY_ADMIN,
      userId: person.id,
      occurredAt: clock.now(),
      actorId: request.adminId,
      client: request.client,
    });
  });
}
