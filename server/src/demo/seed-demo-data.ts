import type { DataSource } from "typeorm";

import { hashPassword } from "../auth/password-hasher.js";
import { CompanyEntity } from "../companies/company.entity.js";
import type { Logger } from "../logging/logger.js";
import type { SecretBox } from "../mfa/secret-box.js";
import { TotpAuthenticatorEntity } from "../mfa/totp-authenticator.entity.js";
import { generateTotpSecret } from "../mfa/totp.js";
import { UserEntity } from "../users/user.entity.js";
import { demoPassword, generatedStaff, namedDemoCompanies } from "./demo-people.js";

/**
 * Fills an empty database with the contract's demo companies and people. It never touches a
 * database that already has a company, so restarting keeps whatever the demo user changed.
 */
export async function seedDemoData(
  dataSource: DataSource,
  secretBox: SecretBox,
  logger: Logger,
): Promise<boolean> {
  // Every demo account shares one public password, so one hash (one salt) serves them all and
  // start-up does not pay for 80 argon2 runs.
  const passwordHash = await hashPassword(demoPassword);

  const didSeed = await dataSource.transaction(async (manager) => {
    if ((await manager.count(CompanyEntity)) > 0) return false;

    for (const [index, demo] of namedDemoCompanies.entries()) {
      const company = await manager.save(
        manager.create(CompanyEntity, {
          name: demo.name,
          mfaRequired: demo.mfaRequired,
          mfaRequiredSince: demo.mfaRequired ? new Date() : null,
        }),
      );
      const people = index === 0 ? [...demo.people, ...generatedStaff()] : demo.people;
      const inserted = await manager.insert(
        UserEntity,
        people.map((person) => ({ ...person, companyId: company.id, passwordHash })),
      );
      const ids = inserted.identifiers.map((identifier) => String(identifier.id));
      const withMfa = people.flatMap((person, position) =>
        person.hasMfa ? [ids[position] ?? ""] : [],
      );
      await manager.insert(
        TotpAuthenticatorEntity,
        withMfa.map((userId) => ({
          userId,
          // Nobody knows these secrets: the demo people exist to fill the staff list.
          secretCiphertext: secretBox.seal(generateTotpSecret(), userId),
          lastAcceptedTimeStep: null,
          enabledAt: new Date(),
        })),
      );
    }
    return true;
  });

  if (didSeed) logger.info("Demo companies and people created.");
  return didSeed;
}
