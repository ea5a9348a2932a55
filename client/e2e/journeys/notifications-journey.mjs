import { assertNoSeriousAxeViolations } from "../support/axe.mjs";
import { assert, openJourneyPage, submitSignIn, waitForPath } from "../support/browser.mjs";
import { demoPassword } from "./mfa-sign-in-api.mjs";
import {
  confirmCodesSaved,
  currentTotpCode,
  downloadAndCheckCodes,
  readRecoveryCodes,
  setupKeyPattern,
} from "./security-journey-steps.mjs";

/**
 * Seeded without MFA and used by no other journey, so turning MFA on for good disturbs nobody:
 * the member and security journeys both expect Alice without MFA.
 */
const staffMember = { email: "staff005@acme.test", password: demoPassword };

/** The server words subjects itself; these only need to recognise them. */
const mfaTurnedOnSubject = /MFA.*(turned on|enabled)|(turned on|enabled).*MFA/i;
const testSubject = /test/i;

/**
 * A member turns MFA on in Settings > Security, finds the notice about it in Settings >
 * Notifications, changes the optional new-browser notice and sends a test email twice, the
 * second time within the minute the API allows.
 * @param {import("../support/checks.mjs").Check} check
 * @param {import("playwright-core").Browser} browser
 * @param {{ baseUrl: string, artifactsDir: string }} options
 */
export async function notificationsJourney(check, browser, options) {
  const journeyPage = await openJourneyPage(browser, { ...options, journeySlug: "notifications" });
  const { context, page, pageErrors } = journeyPage;
  // A full-page capture of a scrolled page draws the fixed header in the middle of it.
  const screenshot = async (/** @type {string} */ slug) => {
    await page.evaluate("window.scrollTo(0, 0)");
    await journeyPage.screenshot(slug);
  };
  const main = page.getByRole("main");
  const recentSection = main.getByRole("region", { name: "Recent notifications" });
  const bodyRows = recentSection
    .getByRole("table")
    .getByRole("row")
    .filter({
      has: page.getByRole("rowheader"),
    });
  const newBrowserSwitch = main.getByRole("switch", { name: "Sign-in from a new browser" });

  try {
    await check("the member signs in on Settings > Security with MFA off", async () => {
      await page.goto("/settings/security");
      await waitForPath(page, /^\/sign-in$/);
      await submitSignIn(page, staffMember);
      await waitForPath(page, /^\/settings\/security$/);
      await main.getByText("MFA off", { exact: true }).waitFor();
    });

    await check("a code from oathtool turns MFA on", async () => {
      await main.getByRole("button", { name: "Enable MFA", exact: true }).click();
      await main.getByRole("button", { name: /Can't scan\?/ }).click();
      const setupKey = (await main.getByText(setupKeyPattern).textContent()) ?? "";
      await main.getByRole("button", { name: "Continue", exact: true }).click();
      await main.getByLabel("Authenticator code").fill(currentTotpCode(setupKey));
      await main.getByRole("button", { name: "Turn on MFA", exact: true }).click();
      await main.getByRole("heading", { name: "Save your recovery codes" }).waitFor();

      await downloadAndCheckCodes(page, main, await readRecoveryCodes(main));
      await confirmCodesSaved(main);
      await main.getByRole("button", { name: "Done", exact: true }).click();
      await main.getByText("MFA enabled", { exact: true }).waitFor();
    });

    await check("Settings lists Notifications next to Security and opens it", async () => {
      const navigation = page.getByRole("navigation", { name: "Settings" });
      const labels = (await navigation.getByRole("link").allTextContents()).map((text) =>
        text.trim(),
      );
      const securityIndex = labels.indexOf("Security");
      assert(
        securityIndex >= 0 && labels[securityIndex + 1] === "Notifications",
        `The Settings navigation reads: ${labels.join(", ")}`,
      );

      await navigation.getByRole("link", { name: "Notifications" }).click();
      await waitForPath(page, /^\/settings\/notifications$/);
      await main.getByRole("heading", { name: "Notifications", exact: true }).waitFor();
      await main.getByText(staffMember.email, { exact: true }).waitFor();
    });

    await check("the recent list holds the notice that MFA was turned on", async () => {
      await bodyRows.filter({ hasText: mfaTurnedOnSubject }).first().waitFor();
      const rowCount = await bodyRows.count();
      await recentSection.getByText(new RegExp(`^Showing ${rowCount} of ${rowCount} `)).waitFor();

      const mfaRow = bodyRows.filter({ hasText: mfaTurnedOnSubject }).first();
      const deliveryText = (await mfaRow.getByRole("cell").last().textContent()) ?? "";
      assert(/Queued|Sent|Failed/.test(deliveryText), `The delivery cell read "${deliveryText}".`);
      await screenshot("recent-notifications");
    });

    await check("Settings > Notifications has no serious or critical axe violations", async () => {
      // The pointer still rests on the link just clicked; axe would judge its hover colours.
      await page.mouse.move(0, 0);
      await assertNoSeriousAxeViolations(page);
    });

    await check("the new-browser notice can be switched, and stays switched", async () => {
      const wasOn = await newBrowserSwitch.isChecked();
      await newBrowserSwitch.click();
      await main.getByText(/^Saved\./).waitFor();
      assert((await newBrowserSwitch.isChecked()) === !wasOn, "The switch did not change.");
      await screenshot("new-browser-switched");

      await page.reload();
      await newBrowserSwitch.waitFor({ state: "attached" });
      assert((await newBrowserSwitch.isChecked()) === !wasOn, "The change was not kept.");
    });

    await check("Send me a test email adds a test notice to the list", async () => {
      const rowCountBefore = await bodyRows.count();
      await recentSection.getByRole("button", { name: "Send me a test email" }).click();
      await recentSection.getByText(/^(Test email on its way|Test notice added)/).waitFor();
      await recentSection
        .getByText(new RegExp(`^Showing ${rowCountBefore + 1} of ${rowCountBefore + 1} `))
        .waitFor();
      const subject = (await bodyRows.first().getByRole("rowheader").textContent()) ?? "";
      assert(testSubject.test(subject), `The newest notice is "${subject}".`);
      await screenshot("test-email-sent");
    });

    await check("a second test email within the minute says how long to wait", async () => {
      await recentSection.getByRole("button", { name: "Send me a test email" }).click();
      await recentSection.getByText(/Try again in (\d+ seconds?|a minute)\.$/).waitFor();
      await screenshot("test-email-too-soon");
      await assertNoSeriousAxeViolations(page);
    });

    await check("the page raised no uncaught errors", async () => {
      assert(pageErrors.length === 0, `Uncaught page errors: ${pageErrors.join("; ")}`);
    });
  } finally {
    await context.close();
  }
}
