import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { codeAttemptLimit, codeLockoutInSeconds, ErrorCode } from "@app/shared";

import { CompanyEntity } from "../companies/company.entity.js";
import { errorCodeOf } from "../test-support/http-client.js";
import {
  currentCode,
  disableMutation,
  enrolledUser,
  nextTimeStep,
  regenerateMutation,
} from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

interface RegenerateData {
  regenerateRecoveryCodes: { recoveryCodes: string[]; securitySettings: Record<string, unknown> };
}

function wrongCodeFor(right: string): string {
  return right === "000000" ? "000001" : "000000";
}

async function eventTypesOf(userId: string): Promise<string[]> {
  const rows: { type: string }[] = await testApp.dataSource.query(
    `SELECT type FROM security_events
      WHERE subject_id = $1 AND type NOT LIKE 'SIGN_IN_%' ORDER BY occurred_at, type`,
    [userId],
  );
  return rows.map((row) => row.type);
}

describe("regenerating recovery codes", () => {
  it("replaces the set using a current authenticator code", async () => {
    const { browser, secret, recoveryCodes } = await enrolledUser(testApp);

    const response = await browser.graphql<RegenerateData>(regenerateMutation, {
      input: { code: currentCode(testApp, secret) },
    });
    const fresh = response.data?.regenerateRecoveryCodes.recoveryCodes ?? [];

    expect(response.errors).toBeUndefined();
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((code) => recoveryCodes.includes(code))).toEqual([]);
    expect(response.data?.regenerateRecoveryCodes.securitySettings).toEqual({
      recoveryCodesRemaining: 10,
    });
  });

  /** Voiding: a code from the replaced set must stop working at once. */
  it("voids the old set, so its codes no longer prove anything", async () => {
    const { browser, secret, recoveryCodes } = await enrolledUser(testApp);
    await browser.graphql(regenerateMutation, { input: { code: currentCode(testApp, secret) } });

    const withOldCode = await browser.graphql(regenerateMutation, {
      input: { code: recoveryCodes[0] },
    });

    expect(errorCodeOf(withOldCode)).toBe(ErrorCode.INVALID_CODE);
  });

  it("accepts a recovery code in place of an authenticator code, typed any way", async () => {
    const { browser, recoveryCodes } = await enrolledUser(testApp);
    const typed = ` ${(recoveryCodes[3] ?? "").toUpperCase().replace("-", " ")} `;

    const response = await browser.graphql(regenerateMutation, { input: { code: typed } });

    expect(response.errors).toBeUndefined();
  });

  /** Replay: the code that turned MFA on, or any code already used, is refused (RFC 6238 §5.2). */
  it("refuses an authenticator code whose time step was already used", async () => {
    const { browser, secret } = await enrolledUser(testApp);
    const code = currentCode(testApp, secret);

    const first = await browser.graphql(regenerateMutation, { input: { code } });
    const replay = await browser.graphql(regenerateMutation, { input: { code } });
    const earlier = await browser.graphql(regenerateMutation, {
      input: { code: currentCode(testApp, secret, -1) },
    });

    expect(first.errors).toBeUndefined();
    expect(errorCodeOf(replay)).toBe(ErrorCode.INVALID_CODE);
    expect(errorCodeOf(earlier)).toBe(ErrorCode.INVALID_CODE);
  });

  /** Two regenerations racing must leave exactly one set that works, never both. */
  it("leaves exactly one valid set after two concurrent regenerations", async () => {
    const { user, browser, recoveryCodes } = await enrolledUser(testApp);

    const answers = await Promise.all(
      [recoveryCodes[0], recoveryCodes[1]].map((code) =>
        browser.graphql<RegenerateData>(regenerateMutation, { input: { code } }),
      ),
    );
    const sets = answers.map((answer) => answer.data?.regenerateRecoveryCodes.recoveryCodes ?? []);
    const unused: unknown[] = await testApp.dataSource.query(
      "SELECT id FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
      [user.id],
    );
    const verifier = testApp.app.services.codeVerifier;
    const stillValid = await Promise.all(
      sets
        .filter((set) => set.length > 0)
        .map(async (set) => {
          const normalized = (set[0] ?? "").replace("-", "");
          return (await verifier.match(user.id, { kind: "recovery", normalized })) !== null;
        }),
    );

    expect(unused).toHaveLength(10);
    expect(stillValid.filter(Boolean)).toHaveLength(1);
  });

  it("records the change in the security log", async () => {
    const { user, browser, secret } = await enrolledUser(testApp);

    await browser.graphql(regenerateMutation, { input: { code: currentCode(testApp, secret) } });

    expect(await eventTypesOf(user.id)).toEqual(["MFA_ENABLED", "RECOVERY_CODES_REGENERATED"]);
  });
});

describe("disabling MFA", () => {
  it("removes the authenticator and every recovery code with a current code", async () => {
    const { user, browser, secret } = await enrolledUser(testApp);

    const response = await browser.graphql(disableMutation, {
      input: { code: currentCode(testApp, secret) },
    });
    const leftovers: unknown[] = await testApp.dataSource.query(
      `SELECT id FROM totp_authenticators WHERE user_id = $1
       UNION ALL SELECT id FROM recovery_codes WHERE user_id = $1`,
      [user.id],
    );

    expect(response.data).toEqual({ disableMfa: { mfaEnabled: false, recoveryCodesRemaining: 0 } });
    expect(leftovers).toEqual([]);
    expect(await eventTypesOf(user.id)).toEqual(["MFA_ENABLED", "MFA_DISABLED"]);
  });

  /** Policy comes before the code, so a forbidden change never spends or reveals anything. */
  it("answers MFA_DISABLE_NOT_ALLOWED under company policy, without spending an attempt", async () => {
    const { user, browser, secret } = await enrolledUser(testApp);
    await testApp.dataSource.manager.update(
      CompanyEntity,
      { id: user.companyId },
      { mfaSelfServiceDisableAllowed: false },
    );

    const refused = await browser.graphql(disableMutation, {
      input: { code: wrongCodeFor(currentCode(testApp, secret)) },
    });
    const rows: { failed_code_attempts: number }[] = await testApp.dataSource.query(
      "SELECT failed_code_attempts FROM users WHERE id = $1",
      [user.id],
    );

    expect(errorCodeOf(refused)).toBe(ErrorCode.MFA_DISABLE_NOT_ALLOWED);
    expect(rows[0]?.failed_code_attempts).toBe(0);
  });

  it("answers MFA_DISABLE_NOT_ALLOWED while the company enforces MFA", async () => {
    const { user, browser, secret } = await enrolledUser(testApp);
    await testApp.dataSource.manager.update(
      CompanyEntity,
      { id: user.companyId },
      { mfaRequired: true },
    );

    const refused = await browser.graphql(disableMutation, {
      input: { code: currentCode(testApp, secret) },
    });

    expect(errorCodeOf(refused)).toBe(ErrorCode.MFA_DISABLE_NOT_ALLOWED);
  });

  it("answers MFA_NOT_ENABLED when there is nothing to disable", async () => {
    const { browser, secret } = await enrolledUser(testApp);
    await browser.graphql(disableMutation, { input: { code: currentCode(testApp, secret) } });
    nextTimeStep(testApp);

    const again = await browser.graphql(disableMutation, {
      input: { code: currentCode(testApp, secret) },
    });

    expect(errorCodeOf(again)).toBe(ErrorCode.MFA_NOT_ENABLED);
  });

  /** Encryption at rest fails closed: an altered secret never verifies and never crashes. */
  it("refuses every code once the stored secret has been tampered with", async () => {
    const { user, browser, secret } = await enrolledUser(testApp);
    await testApp.dataSource.query(
      `UPDATE totp_authenticators
          SET secret_ciphertext = overlay(secret_ciphertext placing
                CASE WHEN substr(secret_ciphertext, 20, 1) = 'A' THEN 'B' ELSE 'A' END
              from 20 for 1)
        WHERE user_id = $1`,
      [user.id],
    );

    const response = await browser.graphql(disableMutation, {
      input: { code: currentCode(testApp, secret) },
    });

    expect(response.status).toBeLessThan(500);
    expect(errorCodeOf(response)).toBe(ErrorCode.INVALID_CODE);
  });
});

describe("the code attempt budget", () => {
  /** Online guessing of 6-digit codes: ten wrong ones, then a 15-minute stop (SP 800-63B). */
  it("answers TOO_MANY_ATTEMPTS from the eleventh code on, even for the right one", async () => {
    const { browser, secret } = await enrolledUser(testApp);
    const wrong = wrongCodeFor(currentCode(testApp, secret));

    const answers = [];
    for (let attempt = 0; attempt < codeAttemptLimit; attempt += 1) {
      answers.push(await browser.graphql(regenerateMutation, { input: { code: wrong } }));
    }
    const blocked = await browser.graphql(regenerateMutation, {
      input: { code: currentCode(testApp, secret) },
    });

    expect(answers.map(errorCodeOf)).toEqual(Array(codeAttemptLimit).fill(ErrorCode.INVALID_CODE));
    expect(errorCodeOf(blocked)).toBe(ErrorCode.TOO_MANY_ATTEMPTS);
    const retryAfter = blocked.errors?.[0]?.extensions?.retryAfterSeconds;
    expect(retryAfter).toBeGreaterThan(codeLockoutInSeconds - 5);
    expect(retryAfter).toBeLessThanOrEqual(codeLockoutInSeconds);
  });

  it("opens again after 15 minutes", async () => {
    const { browser, secret } = await enrolledUser(testApp);
    const wrong = wrongCodeFor(currentCode(testApp, secret));
    for (let attempt = 0; attempt < codeAttemptLimit; attempt += 1) {
      await browser.graphql(regenerateMutation, { input: { code: wrong } });
    }

    testApp.clock.advanceBySeconds(codeLockoutInSeconds + 1);
    await browser.graphql(
      'mutation { reauthenticate(input: { password: "correct horse battery staple" }) }',
    );
    const response = await browser.graphql(regenerateMutation, {
      input: { code: currentCode(testApp, secret) },
    });

    expect(response.errors).toBeUndefined();
  });

  /**
   * Aliases: one document must not buy more guesses than the budget allows. Twelve aliased
   * mutations are refused before execution; three are allowed, but the fields are non-null, so
   * the first failure ends the document and the right code placed last is never reached.
   */
  it("evaluates at most one code from a document of aliased mutations", async () => {
    const { user, browser, secret } = await enrolledUser(testApp);
    const right = currentCode(testApp, secret);
    const wrong = wrongCodeFor(right);
    const documentOf = (count: number) => {
      const fields = Array.from({ length: count }, (_, index) => {
        const code = index === count - 1 ? right : wrong;
        return `a${index}: regenerateRecoveryCodes(input: { code: "${code}" }) { recoveryCodes }`;
      });
      return `mutation { ${fields.join("\n")} }`;
    };
    const attempts = async () => {
      const rows: { failed_code_attempts: number }[] = await testApp.dataSource.query(
        "SELECT failed_code_attempts FROM users WHERE id = $1",
        [user.id],
      );
      return rows[0]?.failed_code_attempts;
    };

    const many = await browser.graphql(documentOf(12));
    const attemptsAfterMany = await attempts();
    const few = await browser.graphql(documentOf(3));

    expect(many.status).toBe(400);
    expect(errorCodeOf(many)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(attemptsAfterMany).toBe(0);
    expect((few.errors ?? []).map((error) => error.extensions?.code)).toEqual([
      ErrorCode.INVALID_CODE,
    ]);
    expect(few.data).toBeNull();
    expect(await attempts()).toBe(1);
  });

  /** Parallel requests must not slip past the counter either. */
  it("never evaluates more than the budget under parallel wrong codes", async () => {
    const { browser, secret } = await enrolledUser(testApp);
    const wrong = wrongCodeFor(currentCode(testApp, secret));

    const answers = await Promise.all(
      Array.from({ length: 25 }, () =>
        browser.graphql(regenerateMutation, { input: { code: wrong } }),
      ),
    );
    const codes = answers.map(errorCodeOf);

    expect(codes.filter((code) => code === ErrorCode.INVALID_CODE)).toHaveLength(codeAttemptLimit);
    expect(codes.filter((code) => code === ErrorCode.TOO_MANY_ATTEMPTS)).toHaveLength(15);
  });

  it("starts counting afresh after a success", async () => {
    const { browser, secret } = await enrolledUser(testApp);
    const wrong = wrongCodeFor(currentCode(testApp, secret));

    for (let attempt = 0; attempt < codeAttemptLimit - 1; attempt += 1) {
      await browser.graphql(regenerateMutation, { input: { code: wrong } });
    }
    await browser.graphql(regenerateMutation, { input: { code: currentCode(testApp, secret) } });
    nextTimeStep(testApp);
    for (let attempt = 0; attempt < codeAttemptLimit - 1; attempt += 1) {
      await browser.graphql(regenerateMutation, { input: { code: wrong } });
    }
    const response = await browser.graphql(regenerateMutation, {
      input: { code: currentCode(testApp, secret) },
    });

    expect(response.errors).toBeUndefined();
  });
});
