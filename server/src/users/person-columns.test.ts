import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createCompany, createUser } from "../test-support/factories.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import {
  findPersonWithMfaFlagById,
  findSigningInPerson,
  findUserWithCompany,
} from "./find-user-with-company.js";
import { UserEntity } from "./user.entity.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

describe("reading a person without the query builder", () => {
  /** A column added to either entity later must come back too, with the same type. */
  it("gives the entities TypeORM itself loads, every column and type alike", async () => {
    const { manager } = testApp.dataSource;
    const company = await createCompany(testApp.dataSource, { mfaRequired: true });
    const user = await createUser(testApp.dataSource, { companyId: company.id });
    await manager.update(UserEntity, { id: user.id }, { lastSignInAt: new Date(1_000_000) });

    const expected = await manager.findOne(UserEntity, {
      where: { id: user.id },
      relations: { company: true },
    });
    const byId = await findUserWithCompany(manager, user.id);
    const byEmail = await findSigningInPerson(manager, user.email);
    const withFlagById = await findPersonWithMfaFlagById(manager, user.id);

    expect(expected).not.toBeNull();
    expect(byId).toStrictEqual(expected);
    expect(byEmail).toStrictEqual({ user: expected, hasAuthenticator: false });
    expect(withFlagById).toStrictEqual(byEmail);
  });

  it("answers null for nobody", async () => {
    const { manager } = testApp.dataSource;

    expect(await findUserWithCompany(manager, "00000000-0000-0000-0000-000000000000")).toBeNull();
    expect(await findSigningInPerson(manager, "nobody@example.test")).toBeNull();
    expect(
      await findPersonWithMfaFlagById(manager, "00000000-0000-0000-0000-000000000000"),
    ).toBeNull();
  });
});
