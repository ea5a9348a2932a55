import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode } from "@app/shared";

import { CompanyEntity } from "../companies/company.entity.js";
import { createSchema } from "../graphql/schema.js";
import { createCompany } from "../test-support/factories.js";
import { errorCodeOf, type TestBrowser } from "../test-support/http-client.js";
import { enrolledUser, signInNewUser } from "../test-support/mfa-helpers.js";
import { rootFieldOperations } from "../test-support/schema-walk.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { Role } from "../users/role.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

const createMutation = `
  mutation Create($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) { token accessToken { id name expiresAt lastUsedAt } }
  }`;

interface CreateData {
  createAccessToken: { token: string; accessToken: { id: string; name: string } };
}

async function createToken(browser: TestBrowser, expiresInDays = 30) {
  const response = await browser.graphql<CreateData>(createMutation, {
    input: { name: "Compliance report", expiresInDays },
  });
  if (!response.data) throw new Error(`createAccessToken failed: ${JSON.stringify(response)}`);
  return response.data.createAccessToken;
}

function withToken(token: string): TestBrowser {
  const integration = testApp.browser("compliance-script/1.0");
  integration.bearerToken = token;
  return integration;
}

describe("personal access tokens", () => {
  it("are shown once with a recognisable prefix, stored only as a hash, and listed", async () => {
    const { browser, user } = await signInNewUser(testApp);

    const { token, accessToken } = await createToken(browser);
    const rows: { token_hash: Buffer }[] = await testApp.dataSource.query(
      "SELECT token_hash FROM access_tokens WHERE user_id = $1",
      [user.id],
    );
    const listed = await browser.graphql("{ viewer { accessTokens { id name } } }");

    expect(token).toMatch(/^3cc_pat_[A-Za-z0-9_-]{43}$/);
    expect(rows).toHaveLength(1);
    expect(Buffer.from(rows[0]?.token_hash ?? []).toString("utf8")).not.toContain(token);
    expect(listed.data).toEqual({
      viewer: { accessTokens: [{ id: accessToken.id, name: "Compliance report" }] },
    });
  });

  it("act as their owner for queries", async () => {
    const { browser, user } = await signInNewUser(testApp);
    const { token } = await createToken(browser);

    const viewer = await withToken(token).graphql(
      "{ viewer { email } securitySettings { mfaEnabled } }",
    );

    expect(viewer.data).toEqual({
      viewer: { email: user.email },
      securitySettings: { mfaEnabled: false },
    });
  });

  /** Read-only: a leaked token must not be able to change anything (every mutation checked). */
  it("cannot call any mutation", async () => {
    const { browser } = await signInNewUser(testApp);
    const { token } = await createToken(browser);
    const mutations = rootFieldOperations(await createSchema()).filter((operation) =>
      operation.name.startsWith("Mutation."),
    );

    const codes = await Promise.all(
      mutations.map(async (operation) =>
        errorCodeOf(await withToken(token).graphql(operation.document)),
      ),
    );

    expect(mutations.length).toBeGreaterThan(10);
    expect(new Set(codes)).toEqual(new Set([ErrorCode.FORBIDDEN]));
  });

  it("answer UNAUTHENTICATED once revoked, expired or malformed, even beside a valid cookie", async () => {
    const { browser } = await signInNewUser(testApp);
    const revoked = await createToken(browser);
    const expiring = await createToken(browser, 1);
    await browser.graphql("mutation ($id: ID!) { revokeAccessToken(id: $id) }", {
      id: revoked.accessToken.id,
    });

    testApp.clock.advanceBySeconds(24 * 60 * 60 + 1);
    const answers = await Promise.all(
      [revoked.token, expiring.token, "3cc_pat_not-a-real-token"].map((token) => {
        const caller = withToken(token);
        caller.cookies.set("session", browser.cookies.get("session") ?? "");
        return caller.graphql("{ viewer { id } }");
      }),
    );

    expect(answers.map(errorCodeOf)).toEqual(Array(3).fill(ErrorCode.UNAUTHENTICATED));
  });

  it("of someone who must enrol answer MFA_SETUP_REQUIRED", async () => {
    const company = await createCompany(testApp.dataSource);
    const { browser } = await signInNewUser(testApp, { companyId: company.id });
    const { token } = await createToken(browser);
    await testApp.dataSource.manager.update(
      CompanyEntity,
      { id: company.id },
      { mfaRequired: true, mfaRequiredSince: testApp.clock.now() },
    );

    const response = await withToken(token).graphql("{ viewer { id } }");

    expect(errorCodeOf(response)).toBe(ErrorCode.MFA_SETUP_REQUIRED);
  });

  it("can be revoked by an administrator of the owner's company, not by anyone else", async () => {
    const company = await createCompany(testApp.dataSource);
    const owner = await signInNewUser(testApp, { companyId: company.id });
    const { accessToken } = await createToken(owner.browser);
    const outsider = await enrolledUser(testApp, { role: Role.ADMIN });
    const colleague = await signInNewUser(testApp, { companyId: company.id });
    const admin = await signInNewUser(testApp, { companyId: company.id, role: Role.ADMIN });
    const revoke = "mutation ($id: ID!) { revokeAccessToken(id: $id) }";

    const byOutsider = await outsider.browser.graphql(revoke, { id: accessToken.id });
    const byColleague = await colleague.browser.graphql(revoke, { id: accessToken.id });
    const byAdmin = await admin.browser.graphql(revoke, { id: accessToken.id });

    expect(errorCodeOf(byOutsider)).toBe(ErrorCode.NOT_FOUND);
    expect(errorCodeOf(byColleague)).toBe(ErrorCode.NOT_FOUND);
    expect(byAdmin.data).toEqual({ revokeAccessToken: true });
  });

  it("refuse a name or lifetime out of range", async () => {
    const { browser } = await signInNewUser(testApp);

    const noName = await browser.graphql(createMutation, {
      input: { name: " ", expiresInDays: 30 },
    });
    const tooLong = await browser.graphql(createMutation, {
      input: { name: "Report", expiresInDays: 366 },
    });

    expect(noName.errors?.[0]?.extensions?.field).toBe("name");
    expect(tooLong.errors?.[0]?.extensions?.field).toBe("expiresInDays");
  });
});
