import type { EntityManager } from "typeorm";

import { UserEntity } from "./user.entity.js";

/**
 * The person with their company, in one statement: findOne with a relation takes two, because
 * TypeORM first selects the distinct ids for its LIMIT 1. Read on every page and every sign-in.
 */
export function findUserWithCompany(
  manager: EntityManager,
  userId: string,
): Promise<UserEntity | null> {
  return manager
    .createQueryBuilder(UserEntity, "user")
    .innerJoinAndSelect("user.company", "company")
    .where("user.id = :userId", { userId })
    .getOne();
}

/**
 * Everything a password sign-in needs about the person behind an email, in one statement: the
 * account, its company's policy, and whether an authenticator is confirmed.
 */
export async function findSigningInPerson(
  manager: EntityManager,
  email: string,
): Promise<{ user: UserEntity; hasAuthenticator: boolean } | null> {
  const { entities, raw } = await manager
    .createQueryBuilder(UserEntity, "user")
    .innerJoinAndSelect("user.company", "company")
    .addSelect(
      "EXISTS (SELECT 1 FROM totp_authenticators t WHERE t.user_id = user.id)",
      "has_authenticator",
    )
    .where("user.email = :email", { email })
    .getRawAndEntities<{ has_authenticator: boolean }>();
  const user = entities[0];

  return user ? { user, hasAuthenticator: raw[0]?.has_authenticator === true } : null;
}
