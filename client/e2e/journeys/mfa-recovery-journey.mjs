import { assertNoSeriousAxeViolations } from "../support/axe.mjs";
import { assert, openJourneyPage, waitForPath } from "../support/browser.mjs";
import { demoPassword, enableMfaOverApi, spendRecoveryCodesOverApi } from "./mfa-sign-in-api.mjs";
import { reachCodeStep, signOutThroughUserMenu } from "./mfa-sign-in-steps.mjs";

const staff001 = { email: "staff001@acme.test", password: demoPassword };

/**
 * Staff 001 has no phone to hand and signs in with recovery codes, seeing how many remain.
 * @param {import("../support/checks.mjs").Check} check
 * @param {import("playwright-core").Browser} browser
 * @param {{ baseUrl: string, artifactsDir: string }} options
 */
export async function recoveryCodeJourney(check, browser, options) {
  const { context, page, pageErrors, screenshot } = await openJourneyPage(browser, {
    ...options,
    journeySlug: "mfa-recovery",
  });
  /** @type {string[]} */
  let recoveryCodes = [];

  /** @param {string} recoveryCode */
  async function signInWithRecoveryCode(recoveryCode) {
    await page.goto("/sign-in");
    await reachCodeStep(page, staff001);
    await page.getByRole("button", { name: "Use a recovery code instead" }).click();
    await page.getByLabel("Recovery code").fill(recoveryCode);
  }

  try {
    await check("Staff 001 turns MFA on through the API", async () => {
      ({ recoveryCodes } = await enableMfaOverApi(options.baseUrl, staff001.email));
    });

    await check("the code step switches to a recovery code field", async () => {
      await signInWithRecoveryCode(recoveryCodes[0] ?? "");
      await screenshot("recovery-code");
    });

    await check("a recovery code signs in and says 9 codes are left", async () => {
      await page.getByRole("button", { name: "Verify" }).click();
      await waitForPath(page, /^\/sign-in\/recovery-code-used$/);
      await page.getByRole("status", { name: "You have 9 recovery codes left" }).waitFor();
      await screenshot("codes-left");
    });

    await check("the recovery-code notice has no serious or critical axe violations", async () => {
      await assertNoSeriousAxeViolations(page);
    });

    await check("Continue opens the app", async () => {
      await page.getByRole("link", { name: "Continue" }).click();
      await waitForPath(page, /^\/settings\/profile$/);
      await page.getByRole("main").getByText(staff001.email, { exact: true }).first().waitFor();
    });

    await check("with 3 codes left the notice urges regenerating them", async () => {
      await signOutThroughUserMenu(page);
      await spendRecoveryCodesOverApi(options.baseUrl, staff001.email, recoveryCodes.slice(1, 6));
      await signInWithRecoveryCode(recoveryCodes[6] ?? "");
      await page.getByRole("button", { name: "Verify" }).click();
      await page.getByRole("status", { name: "Only 3 recovery codes left" }).waitFor();
      await screenshot("few-codes-left");
    });

    await check("Regenerate recovery codes leads to Settings > Security", async () => {
      await page.getByRole("link", { name: "Regenerate recovery codes" }).click();
      await waitForPath(page, /^\/settings\/security$/);
    });

    await check("the page raised no uncaught errors", async () => {
      assert(pageErrors.length === 0, `Uncaught page errors: ${pageErrors.join("; ")}`);
    });
  } finally {
    await context.close();
  }
}
