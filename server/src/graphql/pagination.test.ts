import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode } from "@app/shared";

import { errorCodeOf } from "../test-support/http-client.js";
import { signInNewUser } from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { decodeCursor, encodeCursor } from "./pagination.js";

const id = "6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f";

describe("decoding cursors", () => {
  it("returns the key of a cursor this server wrote", () => {
    const at = "2026-12-03T20:00:00.000Z";

    expect(decodeCursor(encodeCursor([at, id]), ["timestamp", "uuid"])).toEqual([at, id]);
    expect(decodeCursor(encodeCursor(["Ann", id]), ["text", "uuid"])).toEqual(["Ann", id]);
  });

  /** Each of these once reached a ::uuid or ::timestamptz cast and failed as a 500. */
  it.each([
    [
      ["Ann", "not-a-uuid"],
      ["text", "uuid"],
    ],
    [
      ["Ann\u0000", id],
      ["text", "uuid"],
    ],
    [
      ["+010000-01-01T00:00:00.000Z", id],
      ["timestamp", "uuid"],
    ],
    [
      ["0000-01-01T00:00:00.000Z", id],
      ["timestamp", "uuid"],
    ],
    [
      ["2026-02-30T00:00:00.000Z", id],
      ["timestamp", "uuid"],
    ],
    [
      ["yesterday", id],
      ["timestamp", "uuid"],
    ],
  ] as const)("refuses the forged key %j as bad input", (key, shape) => {
    expect(() => decodeCursor(encodeCursor(key), shape)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: "after" }) }),
    );
  });
});

describe("forged cursors over HTTP", () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp.stop();
  });

  it("answer BAD_USER_INPUT from the security log", async () => {
    const { browser } = await signInNewUser(testApp);

    const response = await browser.graphql(
      "query ($after: String) { securityEvents(after: $after) { totalCount } }",
      { after: encodeCursor(["+010000-01-01T00:00:00.000Z", id]) },
    );

    expect(errorCodeOf(response)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(response.errors?.[0]?.extensions?.field).toBe("after");
  });
});
