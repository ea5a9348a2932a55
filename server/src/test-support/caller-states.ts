import { cookieName, mfaChallengeCookie, sessionCookie } from "../auth/cookies.js";
import { SessionEntity } from "../auth/session.entity.js";
import { newSessionRow } from "../auth/session-store.js";
import type { UserEntity } from "../users/user.entity.js";
import { Role } from "../users/role.js";
import { createCompany, createUser } from "./factories.js";
import type { TestBrowser } from "./http-client.js";
import { enrolledUser } from "./mfa-helpers.js";
import type { TestApp } from "./test-app.js";

/** Every kind of caller the API tells apart, from nobody to an administrator. */
export const callerStates = [
  "anonymous",
  "challengeOnly",
  "mustSetUp",
  "member",
  "admin",
  "memberAccessToken",
  "adminAccessToken",
] as const;

export type CallerState = (typeof callerStates)[number];

/** The people behind the caller states, plus someone in another company to aim ids at. */
export interface CallerWorld {
  admin: UserEntity;
  member: UserEntity;
  /** In a company that requires MFA, with none set up and no grace left. */
  mustSetUp: UserEntity;
  outsider: UserEntity;
}

/** Enrols the admin and the member over HTTP, so their MFA is exactly what sign-in produces. */
export async function createCallerWorld(testApp: TestApp): Promise<CallerWorld> {
  const company = await createCompany(testApp.dataSource);
  const { user: admin } = await enrolledUser(testApp, { companyId: company.id, role: Role.ADMIN });
  const { user: member } = await enrolledUser(testApp, { companyId: company.id });

  const enforcing = await createCompany(testApp.dataSource, {
    mfaRequired: true,
    mfaGracePeriodDays: 0,
    mfaRequiredSince: new Date(testApp.clock.now().getTime() - 60_000),
  });
  const mustSetUp = await createUser(testApp.dataSource, { companyId: enforcing.id });
  const outsider = await createUser(testApp.dataSource, {
    companyId: (await createCompany(testApp.dataSource)).id,
  });
  return { admin, member, mustSetUp, outsider };
}

/**
 * A browser in the given state, minted with the same stores sign-in uses (a session, a pending
 * challenge, an access token) instead of a password round trip: each call is cheap, so every
 * request can start from a clean credential that earlier requests cannot have ended.
 */
export async function callerIn(
  testApp: TestApp,
  world: CallerWorld,
  state: CallerState,
): Promise<TestBrowser> {
  const browser = testApp.browser();
  const { services } = testApp.app;
  const isSecure = services.config.cookieSecure;
  const client = { ipAddress: "127.0.0.1", userAgent: "caller-states" };
  const withSession = async (user: UserEntity) => {
    const now = testApp.clock.now();
    const { token, row } = newSessionRow(user.id, client, now, now);
    await testApp.dataSource.manager.insert(SessionEntity, row);
    browser.cookies.set(cookieName(sessionCookie, isSecure), token);
    return browser;
  };
  const withToken = async (user: UserEntity) => {
    const { token } = await services.accessTokens.create(
      testApp.dataSource.manager,
      user.id,
      "caller state",
      30,
    );
    browser.bearerToken = token;
    return browser;
  };

  switch (state) {
    case "anonymous":
      return browser;
    case "challengeOnly": {
      const token = await services.challenges.create(world.member.id);
      browser.cookies.set(cookieName(mfaChallengeCookie, isSecure), token);
      return browser;
    }
    case "mustSetUp":
      return withSession(world.mustSetUp);
    case "member":
      return withSession(world.member);
    case "admin":
      return withSession(world.admin);
    case "memberAccessToken":
      return withToken(world.member);
    case "adminAccessToken":
      return withToken(world.admin);
  }
}
