import { assertNoSeriousAxeViolations } from "../support/axe.mjs";
import { assert, openJourneyPage, waitForPath } from "../support/browser.mjs";
import { gracePeriodJourney } from "./mfa-grace-journey.mjs";
import { recoveryCodeJourney } from "./mfa-recovery-journey.mjs";
import { forcedSetupJourney } from "./mfa-setup-journey.mjs";
import {
  currentTimeStep,
  demoPassword,
  enableMfaOverApi,
  nextTotpCode,
  totpCodeAt,
} from "./mfa-sign-in-api.mjs";
import { reachCodeStep, typeAuthenticatorCode } from "./mfa-sign-in-steps.mjs";
import { trustedDeviceJourney } from "./mfa-trusted-device-journey.mjs";

/** @typedef {import("../support/checks.mjs").Check} Check */
/** @typedef {import("playwright-core").Browser} Browser */
/** @typedef {{ baseUrl: string, artifactsDir: string }} JourneyOptions */

const bob = { email: "bob@acme.test", password: demoPassword, name: "Bob Brown" };

/**
 * A six-digit code that no step near now produces, so it is certainly wrong.
 * @param {string} secret
 */
function certainlyWrongCode(secret) {
  const nearbyCodes = [-1, 0, 1, 2].map((offset) => totpCodeAt(secret, currentTimeStep() + offset));
  return ["000000", "999999", "123123"].find((code) => !nearbyCodes.includes(code)) ?? "000000";
}

/**
 * Bob asks for his profile, signs in with a code from his app and lands on the profile.
 * @param {Check} check
 * @param {Browser} browser
 * @param {JourneyOptions} options
 */
async function codeJourney(check, browser, options) {
  const { context, page, pageErrors, screenshot } = await openJourneyPage(browser, {
    ...options,
    journeySlug: "mfa-code",
  });
  const authenticator = { secret: "", lastTimeStep: 0 };

  try {
    await check("Bob turns MFA on through the API", async () => {
      Object.assign(authenticator, await enableMfaOverApi(options.baseUrl, bob.email));
    });

    await check("after the password, Bob is asked for a code", async () => {
      await page.goto("/settings/profile");
      await waitForPath(page, /^\/sign-in$/);
      await reachCodeStep(page, bob);
      await screenshot("verify");
    });

    await check("the code step has no serious or critical axe violations", async () => {
      await assertNoSeriousAxeViolations(page);
    });

    await check("a wrong code says so and empties the boxes", async () => {
      await typeAuthenticatorCode(page, certainlyWrongCode(authenticator.secret));
      const alert = page.getByRole("alert");
      await alert.getByText("That code didn't work.", { exact: false }).waitFor();
      const lastDigit = await page.getByLabel("Digit 6 of 6").inputValue();
      assert(lastDigit === "", "The digits were not cleared after a wrong code.");
      await screenshot("wrong-code");
    });

    await check("the right code signs Bob in on the page he asked for", async () => {
      await typeAuthenticatorCode(page, await nextTotpCode(authenticator));
      await waitForPath(page, /^\/settings\/profile$/);
      await page.getByRole("button", { name: bob.name }).waitFor();
      await page.getByRole("main").getByText(bob.email, { exact: true }).first().waitFor();
      await screenshot("signed-in");
    });

    await check("the page raised no uncaught errors", async () => {
      assert(pageErrors.length === 0, `Uncaught page errors: ${pageErrors.join("; ")}`);
    });
  } finally {
    await context.close();
  }
}

/**
 * Registers the MFA sign-in journeys with the runner's recorder.
 * @param {ReturnType<import("../support/checks.mjs").createCheckRecorder>} recorder
 * @param {Browser} browser
 * @param {JourneyOptions} options
 */
export async function mfaSignInJourneys(recorder, browser, options) {
  await recorder.journey("MFA sign-in with a code (bob@acme.test)", (check) =>
    codeJourney(check, browser, options),
  );
  await recorder.journey("MFA sign-in with recovery codes (staff001@acme.test)", (check) =>
    recoveryCodeJourney(check, browser, options),
  );
  await recorder.journey("MFA sign-in on a trusted browser (staff002@acme.test)", (check) =>
    trustedDeviceJourney(check, browser, options),
  );
  await recorder.journey("Forced MFA set-up (carol@globex.test)", (check) =>
    forcedSetupJourney(check, browser, options),
  );
  await recorder.journey("MFA grace-period banner (staff003@acme.test)", (check) =>
    gracePeriodJourney(check, browser, options),
  );
}
