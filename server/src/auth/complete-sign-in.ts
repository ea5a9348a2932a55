import type { EntityManager } from "typeorm";

import { noticeBrowserSignIn } from "../notifications/known-browsers.js";
import { recordSecurityEvent } from "../security-events/record-security-event.js";
import { SecurityEventType } from "../security-events/security-event-type.js";
import type { UserEntity } from "../users/user.entity.js";
import type { ClientInfo, SessionStore } from "./session-store.js";

/**
 * The last step of every successful sign-in path: a brand-new session, the person's last
 * sign-in time, the log entry and the new-browser notice, all in the caller's transaction.
 */
export async function completeSignIn(
  manager: EntityManager,
  sessions: SessionStore,
  user: UserEntity,
  client: ClientInfo,
  passwordProvenAt: Date,
): Promise<string> {
  const { token } = await sessions.create(user.id, client, manager, passwordProvenAt);

  await manager.query("UPDATE users SET last_sign_in_at = $2 WHERE id = $1", [
    user.id,
    passwordProvenAt,
  ]);
  await recordSecurityEvent(manager, {
    type: SecurityEventType.SIGN_IN_SUCCEEDED,
    companyId: user.companyId,
    occurredAt: passwordProvenAt,
    actorId: user.id,
    subjectId: user.id,
    client,
  });
  await noticeBrowserSignIn(manager, user.id, client, passwordProvenAt);
  return token;
}
