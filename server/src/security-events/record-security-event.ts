import type { EntityManager } from "typeorm";

import type { ClientInfo } from "../auth/session-store.js";
import { SecurityEventEntity } from "./security-event.entity.js";
import type { SecurityEventType } from "./security-event-type.js";

export interface SecurityEventInput {
  type: SecurityEventType;
  companyId: string;
  occurredAt: Date;
  actorId?: string | null;
  subjectId?: string | null;
  reason?: string | null;
  client?: ClientInfo;
}

/** Written with the caller's manager, so the event commits or rolls back with the change. */
export async function recordSecurityEvent(
  manager: EntityManager,
  event: SecurityEventInput,
): Promise<void> {
  await manager.insert(SecurityEventEntity, {
    type: event.type,
    companyId: event.companyId,
    occurredAt: event.occurredAt,
    actorId: event.actorId ?? null,
    subjectId: event.subjectId ?? null,
    reason: event.reason ?? null,
    ipAddress: event.client?.ipAddress?.slice(0, 64) ?? null,
    userAgent: event.client?.userAgent?.slice(0, 512) ?? null,
  });
}
