import { assertNoSeriousAxeViolations } from "../support/axe.mjs";
import { assert, openJourneyPage, submitSignIn, waitForPath } from "../support/browser.mjs";
import { demoPassword } from "./mfa-sign-in-api.mjs";

const staff003 = { email: "staff003@acme.test", password: demoPassword };
const gracePeriodInMilliseconds = 14 * 24 * 60 * 60 * 1000;

/**
 * No demo company is inside a grace period, so the browser is told one is: the answers about
 * the MFA rule say "required by <deadline>", and everything else reaches the real API.
 * @param {import("playwright-core").Page} page
 * @param {string} deadline
 */
async function pretendCompanyRequiresMfaBy(page, deadline) {
  const rule = { mfaEnabled: false, mfaRequired: true, mfaSetupDeadline: deadline };
  const ruledOperations = new Set(["MfaEnforcementNotice", "MfaSetupPage"]);

  await page.route("**/graphql", async (route) => {
    const operationName = route.request().postDataJSON()?.operationName;
    if (!ruledOperations.has(operationName)) return route.continue();

    const response = await route.fetch();
    const body = await response.json();
    body.data.securitySettings = { ...body.data.securitySettings, ...rule };
    return route.fulfill({ response, json: body });
  });
}

/**
 * Staff 003's company wants MFA within two weeks: every page says so, and set-up can wait.
 * @param {import("../support/checks.mjs").Check} check
 * @param {import("playwright-core").Browser} browser
 * @param {{ baseUrl: string, artifactsDir: string }} options
 */
export async function gracePeriodJourney(check, browser, options) {
  const { context, page, pageErrors, screenshot } = await openJourneyPage(browser, {
    ...options,
    journeySlug: "mfa-grace",
  });
  const deadline = new Date(Date.now() + gracePeriodInMilliseconds);
  const deadlineYear = String(deadline.getFullYear());
  const banner = page.getByRole("status", { name: "MFA required soon" });

  try {
    await check("every page shows the company's MFA deadline", async () => {
      await pretendCompanyRequiresMfaBy(page, deadline.toISOString());
      await page.goto("/settings/profile");
      await submitSignIn(page, staff003);
      await waitForPath(page, /^\/settings\/profile$/);
      await banner.getByText("Your company requires MFA by").waitFor();
      const text = (await banner.textContent()) ?? "";
      assert(text.includes(deadlineYear), `The banner does not name the deadline: "${text}"`);
      await screenshot("banner");
    });

    await check("the page with the banner has no serious or critical axe violations", async () => {
      await assertNoSeriousAxeViolations(page);
    });

    await check("Set up now opens the set-up, which can still be put off", async () => {
      await banner.getByRole("link", { name: "Set up now" }).click();
      await waitForPath(page, /^\/setup-mfa$/);
      await page.getByText(/for every user by/).waitFor();
      await page.getByRole("heading", { name: "Scan the QR code" }).waitFor();
      await screenshot("setup");

      await page.getByRole("button", { name: "Cancel" }).click();
      await waitForPath(page, /^\/settings\/profile$/);
      await banner.waitFor();
    });

    await check("the page raised no uncaught errors", async () => {
      assert(pageErrors.length === 0, `Uncaught page errors: ${pageErrors.join("; ")}`);
    });
  } finally {
    await context.close();
  }
}
