import { randomBytes } from "node:crypto";

import type { DataSource } from "typeorm";

import { hashPassword } from "../auth/password-hasher.js";
import { CompanyEntity } from "../companies/company.entity.js";
import { Role } from "../users/role.js";
import { UserEntity } from "../users/user.entity.js";

export const testPassword = "correct horse battery staple";

let cachedHash: Promise<string> | undefined;

export async function createCompany(
  dataSource: DataSource,
  overrides: Partial<CompanyEntity> = {},
): Promise<CompanyEntity> {
  const company = dataSource.manager.create(CompanyEntity, {
    name: `Company ${randomBytes(3).toString("hex")}`,
    ...overrides,
  });
  return dataSource.manager.save(company);
}

/** Every call gives a new person in a new company unless one is passed in. */
export async function createUser(
  dataSource: DataSource,
  overrides: Partial<UserEntity> & { password?: string } = {},
): Promise<UserEntity> {
  const { password, ...fields } = overrides;
  const companyId = fields.companyId ?? (await createCompany(dataSource)).id;
  cachedHash ??= hashPassword(testPassword);
  const passwordHash = password ? await hashPassword(password) : await cachedHash;
  const suffix = randomBytes(4).toString("hex");

  const user = dataSource.manager.create(UserEntity, {
    email: `person-${suffix}@example.test`,
    name: `Person ${suffix}`,
    role: Role.MEMBER,
    passwordHash,
    ...fields,
    companyId,
  });
  return dataSource.manager.save(user);
}
