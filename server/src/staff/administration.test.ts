import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode } from "@app/shared";

import { CompanyEntity } from "../companies/company.entity.js";
import { createCompany, createUser } from "../test-support/factories.js";
import { errorCodeOf } from "../test-support/http-client.js";
import {
  currentCode,
  enrolledUser,
  signInNewUser,
  signInWithPassword,
  verifyMfaMutation,
} from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { Role } from "../users/role.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

const policyMutation = `
  mutation Policy($input: MfaPolicyInput!) {
    updateMfaPolicy(input: $input) { mfaPolicy { required allowSelfServiceDisable gracePeriodDays } }
  }`;
const staffQuery = `
  query Staff($first: Int, $after: String, $filter: StaffFilter) {
    staff(first: $first, after: $after, filter: $filter) {
      totalCount
      edges { cursor node { id name email role mfaEnabled } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
const resetMutation = `
  mutation Reset($input: ResetStaffMfaInput!) {
    resetStaffMfa(input: $input) { id mfaEnabled }
  }`;

interface StaffData {
  staff: {
    totalCount: number;
    edges: { node: { id: string; name: string; email: string; mfaEnabled: boolean } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** An administrator with MFA on, signed in, in a company of their own. */
async function adminWithMfa() {
  const company = await createCompany(testApp.dataSource);
  const admin = await enrolledUser(testApp, { companyId: company.id, role: Role.ADMIN });
  return { company, ...admin };
}

describe("company settings", () => {
  it("shows administrators the policy and counts that match the staff list", async () => {
    const { company, browser } = await adminWithMfa();
    await createUser(testApp.dataSource, { companyId: company.id });

    const settings = await browser.graphql<{
      companySettings: { staffCount: number; mfaEnabledCount: number };
    }>("{ companySettings { staffCount mfaEnabledCount mfaPolicy { required } } }");
    const staff = await browser.graphql<StaffData>(staffQuery);

    expect(settings.data?.companySettings).toMatchObject({ staffCount: 2, mfaEnabledCount: 1 });
    expect(staff.data?.staff.totalCount).toBe(2);
  });

  it("refuses members with FORBIDDEN", async () => {
    const { browser } = await signInNewUser(testApp);

    const settings = await browser.graphql("{ companySettings { staffCount } }");
    const staff = await browser.graphql(staffQuery);

    expect(errorCodeOf(settings)).toBe(ErrorCode.FORBIDDEN);
    expect(errorCodeOf(staff)).toBe(ErrorCode.FORBIDDEN);
  });

  /** No one can lock the company out of its own settings by requiring what they lack. */
  it("will not let an administrator without MFA require it", async () => {
    const company = await createCompany(testApp.dataSource);
    const { browser } = await signInNewUser(testApp, { companyId: company.id, role: Role.ADMIN });

    const response = await browser.graphql(policyMutation, {
      input: { required: true, allowSelfServiceDisable: false, gracePeriodDays: 0 },
    });

    expect(errorCodeOf(response)).toBe(ErrorCode.MFA_SETUP_REQUIRED);
  });

  it("changes the policy, records it, and rejects a grace period over 90 days", async () => {
    const { company, browser } = await adminWithMfa();

    const tooLong = await browser.graphql(policyMutation, {
      input: { required: true, allowSelfServiceDisable: false, gracePeriodDays: 91 },
    });
    const changed = await browser.graphql(policyMutation, {
      input: { required: true, allowSelfServiceDisable: false, gracePeriodDays: 14 },
    });
    const events: { reason: string }[] = await testApp.dataSource.query(
      "SELECT reason FROM security_events WHERE company_id = $1 AND type = 'MFA_POLICY_CHANGED'",
      [company.id],
    );

    expect(errorCodeOf(tooLong)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(tooLong.errors?.[0]?.extensions?.field).toBe("gracePeriodDays");
    expect(changed.data).toEqual({
      updateMfaPolicy: {
        mfaPolicy: { required: true, allowSelfServiceDisable: false, gracePeriodDays: 14 },
      },
    });
    expect(events.map((event) => event.reason)).toEqual([
      "MFA required for everyone; self-service disable off; grace period 14 days",
    ]);
  });
});

describe("the staff list", () => {
  it("pages by name then id without repeating or skipping when people are added", async () => {
    const { company, browser } = await adminWithMfa();
    for (const name of ["Delia", "Bram", "Femke", "Anouk", "Cas"]) {
      await createUser(testApp.dataSource, { companyId: company.id, name });
    }

    const first = await browser.graphql<StaffData>(staffQuery, { first: 3 });
    await createUser(testApp.dataSource, { companyId: company.id, name: "Aaron" });
    await createUser(testApp.dataSource, { companyId: company.id, name: "Zora" });
    const second = await browser.graphql<StaffData>(staffQuery, {
      first: 10,
      after: first.data?.staff.pageInfo.endCursor,
    });
    const names = [...(first.data?.staff.edges ?? []), ...(second.data?.staff.edges ?? [])].map(
      (edge) => edge.node.name,
    );

    expect(names.slice(0, 3)).toEqual(["Anouk", "Bram", "Cas"]);
    expect(names.slice(3)).toEqual(["Delia", "Femke", expect.stringMatching(/^Person /), "Zora"]);
    expect(first.data?.staff.pageInfo.hasNextPage).toBe(true);
    expect(second.data?.staff.pageInfo.hasNextPage).toBe(false);
  });

  it("refuses page sizes outside 1 to 100 and malformed cursors", async () => {
    const { browser } = await adminWithMfa();

    const answers = await Promise.all([
      browser.graphql(staffQuery, { first: 0 }),
      browser.graphql(staffQuery, { first: 101 }),
      browser.graphql(staffQuery, { first: 5, after: "not-a-cursor" }),
    ]);

    expect(answers.map(errorCodeOf)).toEqual(Array(3).fill(ErrorCode.BAD_USER_INPUT));
    expect(answers.map((answer) => answer.errors?.[0]?.extensions?.field)).toEqual([
      "first",
      "first",
      "after",
    ]);
  });

  it("searches name or email ignoring case, and filters by MFA and role", async () => {
    const { company, browser } = await adminWithMfa();
    await createUser(testApp.dataSource, { companyId: company.id, name: "Kalinda Moss" });
    await createUser(testApp.dataSource, {
      companyId: company.id,
      name: "Piet Vos",
      email: `kali-${company.id.slice(0, 8)}@example.test`,
    });
    await createUser(testApp.dataSource, { companyId: company.id, name: "Ruud 50% Off" });

    const search = await browser.graphql<StaffData>(staffQuery, { filter: { search: "KALI" } });
    const literal = await browser.graphql<StaffData>(staffQuery, { filter: { search: "0%" } });
    const withMfa = await browser.graphql<StaffData>(staffQuery, { filter: { mfaEnabled: true } });
    const members = await browser.graphql<StaffData>(staffQuery, {
      filter: { role: "MEMBER", mfaEnabled: false },
    });

    expect(search.data?.staff.edges.map((edge) => edge.node.name).sort()).toEqual([
      "Kalinda Moss",
      "Piet Vos",
    ]);
    expect(literal.data?.staff.edges.map((edge) => edge.node.name)).toEqual(["Ruud 50% Off"]);
    expect(withMfa.data?.staff.totalCount).toBe(1);
    expect(members.data?.staff.totalCount).toBe(3);
  });

  /** Tenancy: one company's administrators never see another's people. */
  it("lists only the administrator's own company", async () => {
    const { browser } = await adminWithMfa();
    const elsewhere = await createCompany(testApp.dataSource);
    await createUser(testApp.dataSource, { companyId: elsewhere.id, name: "Outsider" });

    const staff = await browser.graphql<StaffData>(staffQuery, { first: 100 });

    expect(staff.data?.staff.edges.map((edge) => edge.node.name)).not.toContain("Outsider");
    expect(staff.data?.staff.totalCount).toBe(1);
  });
});

describe("resetting a person's MFA", () => {
  it("removes every factor, trust, session and lockout, and logs the reason", async () => {
    const { company, browser } = await adminWithMfa();
    const person = await enrolledUser(testApp, { companyId: company.id });
    await person.browser.graphql(verifyMfaMutation, { input: { code: "000000" } });
    const trusted = testApp.browser();
    await signInWithPassword(trusted, person.user.email);
    await trusted.graphql(verifyMfaMutation, {
      input: { code: currentCode(testApp, person.secret), trustDevice: true },
    });
    await testApp.dataSource.query(
      "UPDATE users SET failed_code_attempts = 10, code_locked_until = now() + interval '1 hour' WHERE id = $1",
      [person.user.id],
    );
    await person.browser.graphql(
      'mutation { createAccessToken(input: { name: "Laptop script", expiresInDays: 30 }) { token } }',
    );

    const reset = await browser.graphql(resetMutation, {
      input: { userId: person.user.id, reason: "Lost phone and codes; verified by video call" },
    });
    const leftovers: { count: number }[] = await testApp.dataSource.query(
      `SELECT (SELECT count(*) FROM totp_authenticators WHERE user_id = $1)
            + (SELECT count(*) FROM recovery_codes WHERE user_id = $1)
            + (SELECT count(*) FROM trusted_devices WHERE user_id = $1)
            + (SELECT count(*) FROM sessions WHERE user_id = $1)
            + (SELECT count(*) FROM access_tokens WHERE user_id = $1) AS count`,
      [person.user.id],
    );
    const lockout: { code_locked_until: Date | null }[] = await testApp.dataSource.query(
      "SELECT code_locked_until FROM users WHERE id = $1",
      [person.user.id],
    );
    const viewer = await person.browser.graphql("{ viewer { id } }");
    const signIn = await signInWithPassword(testApp.browser(), person.user.email);
    const events: { reason: string; actor_id: string }[] = await testApp.dataSource.query(
      "SELECT reason, actor_id FROM security_events WHERE subject_id = $1 AND type = 'MFA_RESET_BY_ADMIN'",
      [person.user.id],
    );

    expect(reset.data).toEqual({ resetStaffMfa: { id: person.user.id, mfaEnabled: false } });
    expect(Number(leftovers[0]?.count)).toBe(0);
    expect(lockout[0]?.code_locked_until).toBeNull();
    expect(viewer.data).toEqual({ viewer: null });
    expect(signIn.data?.signIn.status).toBe("SIGNED_IN");
    expect(events).toEqual([
      { reason: "Lost phone and codes; verified by video call", actor_id: expect.any(String) },
    ]);
  });

  it("sends the person into set-up at next sign-in when the company requires MFA", async () => {
    const { company, browser } = await adminWithMfa();
    const person = await enrolledUser(testApp, { companyId: company.id });
    await testApp.dataSource.manager.update(
      CompanyEntity,
      { id: company.id },
      { mfaRequired: true, mfaRequiredSince: testApp.clock.now() },
    );

    await browser.graphql(resetMutation, {
      input: { userId: person.user.id, reason: "Lost phone" },
    });
    const signIn = await signInWithPassword(testApp.browser(), person.user.email);

    expect(signIn.data?.signIn.status).toBe("MFA_SETUP_REQUIRED");
  });

  it("answers NOT_FOUND for someone in another company and needs a reason", async () => {
    const { browser } = await adminWithMfa();
    const outsider = await createUser(testApp.dataSource);
    const colleague = await createUser(testApp.dataSource);

    const foreign = await browser.graphql(resetMutation, {
      input: { userId: outsider.id, reason: "Lost phone" },
    });
    const malformed = await browser.graphql(resetMutation, {
      input: { userId: "nobody", reason: "Lost phone" },
    });
    const noReason = await browser.graphql(resetMutation, {
      input: { userId: colleague.id, reason: "  " },
    });

    expect(errorCodeOf(foreign)).toBe(ErrorCode.NOT_FOUND);
    expect(errorCodeOf(malformed)).toBe(ErrorCode.NOT_FOUND);
    expect(errorCodeOf(noReason)).toBe(ErrorCode.BAD_USER_INPUT);
  });
});

describe("the security log", () => {
  const eventsQuery = `
    query Events($filter: SecurityEventFilter, $first: Int, $after: String) {
      securityEvents(filter: $filter, first: $first, after: $after) {
        totalCount
        edges { node { type reason actor { email } subject { email } } }
        pageInfo { hasNextPage endCursor }
      }
    }`;

  interface EventsData {
    securityEvents: {
      totalCount: number;
      edges: { node: { type: string; reason: string | null; subject: { email: string } | null } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }

  it("shows administrators the company's events newest first, filtered and paged", async () => {
    const { company, browser } = await adminWithMfa();
    const person = await enrolledUser(testApp, { companyId: company.id });
    await browser.graphql(resetMutation, {
      input: { userId: person.user.id, reason: "Lost phone" },
    });

    const resets = await browser.graphql<EventsData>(eventsQuery, {
      filter: { types: ["MFA_RESET_BY_ADMIN"] },
    });
    const firstPage = await browser.graphql<EventsData>(eventsQuery, {
      filter: { userId: person.user.id },
      first: 1,
    });
    const nextPage = await browser.graphql<EventsData>(eventsQuery, {
      filter: { userId: person.user.id },
      first: 1,
      after: firstPage.data?.securityEvents.pageInfo.endCursor,
    });

    expect(resets.data?.securityEvents.edges).toEqual([
      {
        node: expect.objectContaining({
          type: "MFA_RESET_BY_ADMIN",
          reason: "Lost phone",
          subject: { email: person.user.email },
        }),
      },
    ]);
    expect(firstPage.data?.securityEvents.edges[0]?.node.type).toBe("MFA_RESET_BY_ADMIN");
    expect(nextPage.data?.securityEvents.edges[0]?.node.type).not.toBe("MFA_RESET_BY_ADMIN");
  });

  /** Tenancy: the log of one company never shows another company's people or events. */
  it("shows an administrator nothing from another company, even when asked by id", async () => {
    const { browser } = await adminWithMfa();
    const outsider = await enrolledUser(testApp);

    const events = await browser.graphql<EventsData>(eventsQuery, {
      filter: { userId: outsider.user.id },
    });
    const all = await browser.graphql<EventsData>(eventsQuery, { first: 100 });
    const subjects = all.data?.securityEvents.edges.map((edge) => edge.node.subject?.email);

    expect(events.data?.securityEvents.totalCount).toBe(0);
    expect(subjects).not.toContain(outsider.user.email);
  });

  it("shows members only their own events", async () => {
    const company = await createCompany(testApp.dataSource);
    const member = await enrolledUser(testApp, { companyId: company.id });
    await enrolledUser(testApp, { companyId: company.id });

    const events = await member.browser.graphql<EventsData>(eventsQuery);
    const emails = new Set(
      events.data?.securityEvents.edges.map((edge) => edge.node.subject?.email),
    );

    expect(events.data?.securityEvents.totalCount).toBeGreaterThan(0);
    expect([...emails]).toEqual([member.user.email]);
  });
});
