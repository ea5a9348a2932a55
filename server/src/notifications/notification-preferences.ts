import type { EntityManager } from "typeorm";

import { addSeconds, secondsUntil } from "../clock/clock.js";
import { queryReturningRows } from "../database/returning-rows.js";
import { NotificationKind } from "./notification-kind.js";
import { NotificationPreferenceEntity } from "./notification-preference.entity.js";

export interface StoredPreferences {
  newBrowserSignIn: boolean;
}

/** No stored row means nobody changed anything: every optional notice starts on. */
export async function loadPreferences(
  manager: EntityManager,
  userId: string,
): Promise<StoredPreferences> {
  const row = await manager.findOneBy(NotificationPreferenceEntity, { userId });
  return { newBrowserSignIn: row?.newBrowserSignIn ?? true };
}

export async function isKindEnabled(
  manager: EntityManager,
  userId: string,
  kind: NotificationKind,
): Promise<boolean> {
  if (kind !== NotificationKind.NEW_BROWSER_SIGN_IN) return true;
  return (await loadPreferences(manager, userId)).newBrowserSignIn;
}

export async function savePreferences(
  manager: EntityManager,
  userId: string,
  preferences: StoredPreferences,
): Promise<void> {
  await manager.query(
    `INSERT INTO notification_preferences (user_id, new_browser_sign_in) VALUES ($1, $2)
     ON CONFLICT (user_id) DO UPDATE SET new_browser_sign_in = EXCLUDED.new_browser_sign_in`,
    [userId, preferences.newBrowserSignIn],
  );
}

export type TestSlot = { isGranted: true } | { isGranted: false; retryAfterSeconds: number };

/**
 * One conditional write decides, so two parallel requests (even on two server processes) cannot
 * both pass: the second finds the first one's time and is refused.
 */
export async function claimTestSlot(
  manager: EntityManager,
  userId: string,
  now: Date,
  intervalInSeconds: number,
): Promise<TestSlot> {
  const granted = await queryReturningRows<{ user_id: string }>(
    manager,
    `INSERT INTO notification_preferences (user_id, test_requested_at) VALUES ($1, $2)
     ON CONFLICT (user_id) DO UPDATE SET test_requested_at = EXCLUDED.test_requested_at
       WHERE notification_preferences.test_requested_at IS NULL
          OR notification_preferences.test_requested_at <= $3::timestamptz
     RETURNING user_id`,
    [userId, now, addSeconds(now, -intervalInSeconds)],
  );
  if (granted.length === 1) return { isGranted: true };

  const row = await manager.findOneByOrFail(NotificationPreferenceEntity, { userId });
  const nextAllowedAt = addSeconds(row.testRequestedAt ?? now, intervalInSeconds);
  return { isGranted: false, retryAfterSeconds: Math.max(1, secondsUntil(now, nextAllowedAt)) };
}
