// Gives demo people MFA through the public API, the way the SPA would, so the sign-in journeys
// start from a known authenticator secret and recovery codes without touching the database.
import { execFileSync } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

import { assert } from "../support/browser.mjs";

export const demoPassword = "demo-password-1";
const totpPeriodInSeconds = 30;

/**
 * A cookie-keeping GraphQL caller: one per person, like one browser.
 * @param {string} baseUrl the SPA's origin, which proxies /graphql to the API
 */
export function createApiCaller(baseUrl) {
  /** @type {Map<string, string>} */
  const cookies = new Map();

  /** @param {Response} response */
  function keepCookies(response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ""] = header.split(";");
      const separatorIndex = pair.indexOf("=");
      const name = pair.slice(0, separatorIndex).trim();
      const value = pair.slice(separatorIndex + 1).trim();
      const isCleared = value === "" || /expires=Thu, 01 Jan 1970/i.test(header);
      if (isCleared) cookies.delete(name);
      else cookies.set(name, value);
    }
  }

  /**
   * @param {string} query
   * @param {Record<string, unknown>} [variables]
   * @returns {Promise<any>} the data; throws on any GraphQL error
   */
  async function request(query, variables = {}) {
    const cookieHeader = [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: cookieHeader },
      body: JSON.stringify({ query, variables }),
    });
    keepCookies(response);

    /** @type {{ data?: any, errors?: Array<{ extensions?: { code?: string } }> }} */
    const body = /** @type {any} */ (await response.json());
    if (body.errors?.length) {
      const codes = body.errors.map((error) => error.extensions?.code);
      throw new Error(`The API refused the request: ${codes.join(", ")}`);
    }
    return body.data;
  }

  return { request };
}

/**
 * The TOTP code for one time step, from Debian's oathtool as an authenticator app would.
 * @param {string} secret base32
 * @param {number} timeStep
 */
export function totpCodeAt(secret, timeStep) {
  const stepStart = `@${timeStep * totpPeriodInSeconds}`;
  return execFileSync("oathtool", ["--totp", "-b", "-N", stepStart, secret], {
    encoding: "utf8",
  }).trim();
}

export function currentTimeStep() {
  return Math.floor(Date.now() / 1000 / totpPeriodInSeconds);
}

/**
 * The API refuses a time step at or before the last one it accepted for a person, and accepts
 * one step ahead of now. So the next code is for the step after the last used one, waiting only
 * if that step is more than one ahead of now.
 * @param {{ secret: string, lastTimeStep: number }} authenticator updated in place
 */
export async function nextTotpCode(authenticator) {
  const timeStep = Math.max(currentTimeStep(), authenticator.lastTimeStep + 1);
  const waitInMilliseconds = ((timeStep - 1) * totpPeriodInSeconds + 1) * 1000 - Date.now();
  if (waitInMilliseconds > 0) await sleep(waitInMilliseconds);

  authenticator.lastTimeStep = timeStep;
  return totpCodeAt(authenticator.secret, timeStep);
}

/**
 * Signs in, enrols an authenticator, confirms it and signs out again.
 * @param {string} baseUrl
 * @param {string} email
 * @returns {Promise<{ secret: string, lastTimeStep: number, recoveryCodes: string[] }>}
 */
export async function enableMfaOverApi(baseUrl, email) {
  const api = createApiCaller(baseUrl);
  const signIn = await api.request(
    "mutation($input: SignInInput!) { signIn(input: $input) { status } }",
    { input: { email, password: demoPassword } },
  );
  assert(signIn.signIn.status === "SIGNED_IN", `${email} signed in as ${signIn.signIn.status}.`);

  const { startMfaEnrollment } = await api.request(
    "mutation { startMfaEnrollment { otpauthUri } }",
  );
  const secret = new URL(startMfaEnrollment.otpauthUri).searchParams.get("secret") ?? "";
  const authenticator = { secret, lastTimeStep: currentTimeStep() - 2 };
  const code = await nextTotpCode(authenticator);
  const { enableMfa } = await api.request(
    "mutation($input: EnableMfaInput!) { enableMfa(input: $input) { recoveryCodes } }",
    { input: { code } },
  );

  await api.request("mutation { signOut }");
  return { ...authenticator, recoveryCodes: enableMfa.recoveryCodes };
}

/**
 * Spends recovery codes through full sign-ins, to reach a low count without a browser.
 * @param {string} baseUrl
 * @param {string} email
 * @param {string[]} recoveryCodes
 */
export async function spendRecoveryCodesOverApi(baseUrl, email, recoveryCodes) {
  for (const recoveryCode of recoveryCodes) {
    const api = createApiCaller(baseUrl);
    await api.request("mutation($input: SignInInput!) { signIn(input: $input) { status } }", {
      input: { email, password: demoPassword },
    });
    await api.request("mutation($input: VerifyMfaInput!) { verifyMfa(input: $input) { status } }", {
      input: { recoveryCode },
    });
    await api.request("mutation { signOut }");
  }
}
