import { execFileSync } from "node:child_process";

import { assertNoSeriousAxeViolations } from "../support/axe.mjs";
import { assert, openJourneyPage, submitSignIn, waitForPath } from "../support/browser.mjs";
import { demoPassword } from "./mfa-sign-in-api.mjs";

const carol = { email: "carol@globex.test", password: demoPassword, name: "Carol Chen" };
const setupKeyPattern = /^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/;

/**
 * The code an authenticator app shows now for the key read off the screen.
 * @param {string} setupKey base32, grouped in fours
 */
function currentTotpCode(setupKey) {
  const secret = setupKey.replace(/\s+/g, "");
  return execFileSync("oathtool", ["--totp", "-b", secret], { encoding: "utf8" }).trim();
}

/**
 * Carol's company requires MFA and she has none: she is held at set-up until it is done, then
 * carries on to the page she asked for.
 * @param {import("../support/checks.mjs").Check} check
 * @param {import("playwright-core").Browser} browser
 * @param {{ baseUrl: string, artifactsDir: string }} options
 */
export async function forcedSetupJourney(check, browser, options) {
  const { context, page, pageErrors, screenshot } = await openJourneyPage(browser, {
    ...options,
    journeySlug: "mfa-setup",
  });
  const main = page.getByRole("main");

  try {
    await check("after the password, Carol lands on the MFA set-up", async () => {
      await page.goto("/settings/profile");
      await waitForPath(page, /^\/sign-in$/);
      await submitSignIn(page, carol);
      await waitForPath(page, /^\/setup-mfa$/);
      await main.getByRole("heading", { name: "Set up multifactor authentication" }).waitFor();
      await main.getByRole("heading", { name: "Scan the QR code" }).waitFor();
      await main.getByRole("img", { name: /QR code/ }).waitFor();
      await screenshot("forced");
    });

    await check("the set-up page has no serious or critical axe violations", async () => {
      await assertNoSeriousAxeViolations(page);
    });

    await check("the set-up page offers Sign out and no way into the app", async () => {
      await page.getByRole("button", { name: "Sign out" }).waitFor();
      const userMenuCount = await page.getByRole("button", { name: carol.name }).count();
      assert(userMenuCount === 0, "The set-up page shows the app's user menu.");
    });

    await check("opening a page of the app leads back to set-up", async () => {
      await page.goto("/settings/profile");
      await waitForPath(page, /^\/setup-mfa$/);
      await main.getByRole("heading", { name: "Scan the QR code" }).waitFor();
    });

    await check("the key from 'Can't scan?' and oathtool's code turn MFA on", async () => {
      await main.getByRole("button", { name: /Can't scan\?/ }).click();
      const setupKey = (await main.getByText(setupKeyPattern).textContent()) ?? "";
      await screenshot("setup-key");
      await main.getByRole("button", { name: "Continue" }).click();

      await main.getByLabel("Authenticator code").fill(currentTotpCode(setupKey));
      await main.getByRole("button", { name: "Turn on MFA" }).click();
      await main.getByRole("heading", { name: "Save your recovery codes" }).waitFor();
    });

    await check("after saving the codes, Carol lands on the page she asked for", async () => {
      await Promise.all([
        page.waitForEvent("download"),
        main.getByRole("button", { name: "Download" }).click(),
      ]);
      await main.getByRole("checkbox", { name: "I have saved these codes" }).check();
      await screenshot("recovery-codes");
      await main.getByRole("button", { name: "Done" }).click();

      await waitForPath(page, /^\/settings\/profile$/);
      await page.getByRole("button", { name: carol.name }).waitFor();
      await main.getByText("Globex", { exact: true }).waitFor();
      await screenshot("profile");
    });

    await check("the app shows no MFA banner once set-up is done", async () => {
      const bannerCount = await page.getByRole("status", { name: "MFA required soon" }).count();
      assert(bannerCount === 0, "The grace-period banner is still showing.");
    });

    await check("the page raised no uncaught errors", async () => {
      assert(pageErrors.length === 0, `Uncaught page errors: ${pageErrors.join("; ")}`);
    });
  } finally {
    await context.close();
  }
}
