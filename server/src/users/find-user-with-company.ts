import type { EntityManager } from "typeorm";

import { personColumns } from "./person-columns.js";
import type { UserEntity } from "./user.entity.js";

/** The person with their company, in one statement. Read on every page and every sign-in. */
export async function findUserWithCompany(
  manager: EntityManager,
  userId: string,
): Promise<UserEntity | null> {
  const person = personColumns(manager);
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT ${person.selectList}
       FROM users u JOIN companies c ON c.id = u.company_id
      WHERE u.id = $1`,
    [userId],
  );

  return rows[0] ? person.toUser(rows[0]) : null;
}

/**
 * Everything a password sign-in needs about the person behind an email, in one statement: the
 * account, its company's policy, and whether an authenticator is confirmed.
 */
export async function findSigningInPerson(
  manager: EntityManager,
  email: string,
): Promise<{ user: UserEntity; hasAuthenticator: boolean } | null> {
  const person = personColumns(manager);
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT ${person.selectList},
            EXISTS (SELECT 1 FROM totp_authenticators t WHERE t.user_id = u.id)
              AS has_authenticator
       FROM users u JOIN companies c ON c.id = u.company_id
      WHERE u.email = $1`,
    [email],
  );
  const row = rows[0];

  return row
    ? { user: person.toUser(row), hasAuthenticator: row.has_authenticator === true }
    : null;
}
