import { assertNoSeriousAxeViolations } from "../support/axe.mjs";
import { assert, openJourneyPage, submitSignIn, waitForPath } from "../support/browser.mjs";

const ada = { email: "admin@acme.test", password: "demo-password-1", name: "Ada Admin" };

/**
 * An administrator stumbles over the form, signs in, and opens the lazily loaded Site Settings.
 * @param {import("../support/checks.mjs").Check} check
 * @param {import("playwright-core").Browser} browser
 * @param {{ baseUrl: string, artifactsDir: string }} options
 */
export async function adminJourney(check, browser, options) {
  const journeyPage = await openJourneyPage(browser, { ...options, journeySlug: "admin" });
  const { context, page, pageErrors, scriptUrls, operationNames, screenshot } = journeyPage;
  const isSiteSettingsChunk = (/** @type {string} */ url) => url.includes("SiteSettings");

  try {
    await check("an empty form is answered with field messages, not a request", async () => {
      await page.goto("/sign-in");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByText("Enter your email address.").waitFor();
      await page.getByText("Enter your password.").waitFor();
      assert(!operationNames.includes("SignIn"), "The empty form was sent to the API.");
      await screenshot("empty-form");
    });

    await check("the sign-in page with field errors has no serious axe violations", async () => {
      await assertNoSeriousAxeViolations(page);
    });

    await check("a wrong password shows the incorrect-credentials message", async () => {
      await submitSignIn(page, { ...ada, password: "not-the-password" });
      const alert = page.getByRole("alert");
      await alert.waitFor();
      const text = (await alert.textContent())?.trim();
      assert(text === "The email or password is incorrect.", `The alert said "${text}".`);
      await screenshot("wrong-password");
    });

    await check("the sign-in route does not load the Site Settings code", async () => {
      assert(!scriptUrls.some(isSiteSettingsChunk), "The Site Settings chunk loaded early.");
    });

    await check("the administrator's user menu offers Site Settings", async () => {
      await submitSignIn(page, ada);
      await page.getByRole("button", { name: ada.name }).click();
      await page.getByRole("menuitem", { name: "Site Settings" }).waitFor();
      await screenshot("user-menu");
    });

    await check("Site Settings > Company loads on demand and names the company", async () => {
      await page.getByRole("menuitem", { name: "Site Settings" }).click();
      await waitForPath(page, /^\/site-settings\/company\/general$/);
      await page.getByRole("heading", { name: "Company", level: 1 }).waitFor();
      await page.getByRole("main").getByText("Acme Corp", { exact: true }).waitFor();
      assert(scriptUrls.some(isSiteSettingsChunk), "The Site Settings chunk was never fetched.");
      await screenshot("site-settings-company");
    });

    await check("the page raised no uncaught errors", async () => {
      assert(pageErrors.length === 0, `Uncaught page errors: ${pageErrors.join("; ")}`);
    });
  } finally {
    await context.close();
  }
}
