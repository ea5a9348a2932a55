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
