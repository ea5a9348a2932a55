import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode } from "@app/shared";

import { createSchema } from "../graphql/schema.js";
import { errorCodeOf } from "../test-support/http-client.js";
import { enrolledUser, signInWithPassword } from "../test-support/mfa-helpers.js";
import { rootFieldOperations } from "../test-support/schema-walk.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

/** Fields a half-signed-in browser may reach: the code step, leaving, and starting over. */
const openToChallenge = new Set(["Mutation.verifyMfa", "Mutation.signOut", "Mutation.signIn"]);

describe("a browser holding only an MFA challenge", () => {
  /**
   * The schema walk: every root field, present and future, must refuse a challenge as if no one
   * were signed in (GHSA-3q28-qjrv-qr39 and similar half-authenticated bypasses).
   */
  it("is refused by every root field except verifyMfa, signOut and signIn", async () => {
    const enrolled = await enrolledUser(testApp);
    const operations = rootFieldOperations(await createSchema()).filter(
      (operation) => !openToChallenge.has(operation.name),
    );
    const accepted: string[] = [];

    for (const operation of operations) {
      const browser = testApp.browser();
      await signInWithPassword(browser, enrolled.user.email);
      const response = await browser.graphql(operation.document);
      const isViewerNull = operation.name === "Query.viewer" && response.data?.viewer === null;
      if (!isViewerNull && errorCodeOf(response) !== ErrorCode.UNAUTHENTICATED) {
        accepted.push(`${operation.name}: ${JSON.stringify(response.errors ?? response.data)}`);
      }
    }

    expect(operations.length).toBeGreaterThan(5);
    expect(accepted).toEqual([]);
  });
});
