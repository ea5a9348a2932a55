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

/** A person with their company, and whether an authenticator is confirmed. */
export interface PersonWithMfaFlag {
  user: UserEntity;
  hasAuthenticator: boolean;
}

/**
 * Everything a password sign-in needs about the person behind an email, in one statement: the
 * account, its company's policy, and whether an authenticator is confirmed.
 */
export function findSigningInPerson(
  manager: EntityManager,
  email: string,
): Promise<PersonWithMfaFlag | null> {
  return findPersonWithMfaFlag(manager, "email", email);
}

/** The same for a person known by id, as the MFA policy check on every request needs. */
export function findPersonWithMfaFlagById(
  manager: EntityManager,
  userId: string,
): Promise<PersonWithMfaFlag | null> {
  return findPersonWithMfaFlag(manager, "id", userId);
}

async function findPersonWithMfaFlag(
  manager: EntityManager,
  key: "id" | "email",
  value: string,
): Promise<PersonWithMfaFlag | null> {
  const person = personColumns(manager);
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT ${person.selectList},
            EXISTS (SELECT 1 FROM totp_authenticators t WHERE t.user_id = u.id)
              AS has_authenticator
       FROM users u JOIN companies c ON c.id = u.company_id
      WHERE u.${key} = $1`,
    [value],
  );
  const row = rows[0];

  return row
    ? { user: person.toUser(row), hasAuthenticator: row.has_authenticator === true }
    : null;
}
