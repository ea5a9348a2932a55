import { assert, openJourneyPage, submitSignIn, waitForPath } from "../support/browser.mjs";
import { demoPassword, enableMfaOverApi, nextTotpCode } from "./mfa-sign-in-api.mjs";
import {
  reachCodeStep,
  signOutThroughUserMenu,
  typeAuthenticatorCode,
} from "./mfa-sign-in-steps.mjs";

const staff002 = { email: "staff002@acme.test", password: demoPassword };

/**
 * Staff 002 trusts this browser, signs out, and signs in again without a code.
 * @param {import("../support/checks.mjs").Check} check
 * @param {import("playwright-core").Browser} browser
 * @param {{ baseUrl: string, artifactsDir: string }} options
 */
export async function trustedDeviceJourney(check, browser, options) {
  const journeyPage = await openJourneyPage(browser, { ...options, journeySlug: "mfa-trusted" });
  const { context, page, pageErrors, operationNames, screenshot } = journeyPage;
  const authenticator = { secret: "", lastTimeStep: 0 };
  const verifyCount = () => operationNames.filter((name) => name === "VerifyMfa").length;

  try {
    await check("Staff 002 turns MFA on through the API", async () => {
      Object.assign(authenticator, await enableMfaOverApi(options.baseUrl, staff002.email));
    });

    await check("a code with 'Trust this device' ticked signs in", async () => {
      await page.goto("/sign-in");
      await reachCodeStep(page, staff002);
      await page.getByRole("checkbox", { name: /Trust this device for 30 days/ }).check();
      await screenshot("trust-ticked");
      await typeAuthenticatorCode(page, await nextTotpCode(authenticator));
      await waitForPath(page, /^\/settings\/profile$/);
    });

    await check("after signing out, the password alone signs in on this browser", async () => {
      await signOutThroughUserMenu(page);
      await submitSignIn(page, staff002);
      await waitForPath(page, /^\/settings\/profile$/);
      await page.getByRole("main").getByText(staff002.email, { exact: true }).first().waitFor();
      assert(verifyCount() === 1, `The code step ran ${verifyCount()} times, not once.`);
      await screenshot("signed-in-without-code");
    });

    await check("the page raised no uncaught errors", async () => {
      assert(pageErrors.length === 0, `Uncaught page errors: ${pageErrors.join("; ")}`);
    });
  } finally {
    await context.close();
  }
}
