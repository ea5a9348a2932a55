import { randomUUID } from "node:crypto";

import type { EntityManager } from "typeorm";

import type { ClientInfo } from "../auth/session-store.js";
import { describeUserAgent } from "../trusted-devices/device-label.js";
import { UserEntity } from "../users/user.entity.js";
import { NotificationDeliveryState } from "./notification-delivery-state.js";
import type { NotificationDetails } from "./notification-details.js";
import { isMandatoryKind, NotificationKind } from "./notification-kind.js";
import { NotificationOutboxEntity } from "./notification-outbox.entity.js";
import { isKindEnabled } from "./notification-preferences.js";
import { subjectOf } from "./notification-subjects.js";

export interface NotificationRequest {
  kind: NotificationKind;
  /** The person the notice is about and for. */
  userId: string;
  occurredAt: Date;
  client?: ClientInfo;
  /** Who made the change when it was someone else, e.g. the administrator of a reset. */
  actorId?: string | null;
  tokenName?: string;
}

/**
 * Queues one email in the caller's transaction: it is sent only if the change commits. Returns
 * null when the person turned this optional kind off.
 */
export async function enqueueNotification(
  manager: EntityManager,
  request: NotificationRequest,
): Promise<NotificationOutboxEntity | null> {
  const mandatory = isMandatoryKind(request.kind);
  if (!mandatory && !(await isKindEnabled(manager, request.userId, request.kind))) return null;

  const user = await manager.findOneByOrFail(UserEntity, { id: request.userId });
  const details: NotificationDetails = {
    recipientName: user.name,
    occurredAt: request.occurredAt.toISOString(),
    browserLabel: request.client ? describeUserAgent(request.client.userAgent) : null,
    ipAddress: request.client?.ipAddress?.slice(0, 64) ?? null,
    ...(await kindSpecificDetails(manager, request)),
  };

  const message = manager.create(NotificationOutboxEntity, {
    id: randomUUID(),
    userId: user.id,
    recipient: user.email,
    kind: request.kind,
    mandatory,
    subject: subjectOf(request.kind),
    details,
    messageId: null,
    deliveryState: NotificationDeliveryState.QUEUED,
    attemptCount: 0,
    nextAttemptAt: request.occurredAt,
    claimedUntil: null,
    lastError: null,
    createdAt: request.occurredAt,
    sentAt: null,
  });
  await manager.insert(NotificationOutboxEntity, message);
  return message;
}

async function kindSpecificDetails(
  manager: EntityManager,
  request: NotificationRequest,
): Promise<Partial<NotificationDetails>> {
  switch (request.kind) {
    case NotificationKind.ACCESS_TOKEN_CREATED:
      return { tokenName: request.tokenName ?? "" };
    case NotificationKind.RECOVERY_CODE_USED: {
      // Counted in the caller's transaction, after the code was spent there.
      const rows: { remaining: number }[] = await manager.query(
        `SELECT count(*)::int AS remaining FROM recovery_codes
          WHERE user_id = $1 AND used_at IS NULL`,
        [request.userId],
      );
      return { recoveryCodesRemaining: rows[0]?.remaining ?? 0 };
    }
    case NotificationKind.MFA_RESET_BY_ADMIN: {
      const administrator = request.actorId
        ? await manager.findOneBy(UserEntity, { id: request.actorId })
        : null;
      return { administratorName: administrator?.name ?? "An administrator" };
    }
    default:
      return {};
  }
}
