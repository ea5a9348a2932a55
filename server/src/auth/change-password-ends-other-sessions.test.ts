import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode } from "@app/shared";

import { createUser, testPassword } from "../test-support/factories.js";
import { errorCodeOf } from "../test-support/http-client.js";
import { signInWithPassword } from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

const changePasswordMutation = `
  mutation Change($input: ChangePasswordInput!) { changePassword(input: $input) }`;

describe("changing the password", () => {
  /**
   * The way a person ends every other session: whoever knew the old password and signed in
   * elsewhere is out at their next request; this browser stays in (ASVS 5.0 7.4.3).
   */
  it("ends every other session at once and keeps this one", async () => {
    const user = await createUser(testApp.dataSource);
    const here = testApp.browser();
    const elsewhere = testApp.browser();
    await signInWithPassword(here, user.email);
    await signInWithPassword(elsewhere, user.email);

    const changed = await here.graphql(changePasswordMutation, {
      input: { currentPassword: testPassword, newPassword: "a new long passphrase" },
    });

    expect(changed.data).toEqual({ changePassword: true });
    expect((await elsewhere.graphql("{ viewer { email } }")).data).toEqual({ viewer: null });
    expect((await here.graphql("{ viewer { email } }")).data).toEqual({
      viewer: { email: user.email },
    });
  });

  it("needs the current password and changes nothing without it", async () => {
    const user = await createUser(testApp.dataSource);
    const here = testApp.browser();
    const elsewhere = testApp.browser();
    await signInWithPassword(here, user.email);
    await signInWithPassword(elsewhere, user.email);

    const refused = await here.graphql(changePasswordMutation, {
      input: { currentPassword: "a guess", newPassword: "a new long passphrase" },
    });

    expect(errorCodeOf(refused)).toBe(ErrorCode.INVALID_CREDENTIALS);
    expect((await elsewhere.graphql("{ viewer { email } }")).data).toEqual({
      viewer: { email: user.email },
    });
  });
});
