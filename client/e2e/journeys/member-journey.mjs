import { assertNoSeriousAxeViolations } from "../support/axe.mjs";
import { assert, openJourneyPage, submitSignIn, waitForPath } from "../support/browser.mjs";

const alice = { email: "alice@acme.test", password: "demo-password-1", name: "Alice Anders" };

/**
 * A member signs in from the root URL, reads their profile and signs out again.
 * @param {import("../support/checks.mjs").Check} check
 * @param {import("playwright-core").Browser} browser
 * @param {{ baseUrl: string, artifactsDir: string }} options
 */
export async function memberJourney(check, browser, options) {
  const { context, page, pageErrors, screenshot } = await openJourneyPage(browser, {
    ...options,
    journeySlug: "member",
  });
  const userMenuButton = page.getByRole("button", { name: alice.name });

  try {
    await check("the root URL sends a signed-out visitor to /sign-in", async () => {
      await page.goto("/");
      await waitForPath(page, /^\/sign-in$/);
      await page.getByRole("heading", { name: "Sign in" }).waitFor();
      await screenshot("sign-in");
    });

    await check("the sign-in page has no serious or critical axe violations", async () => {
      await assertNoSeriousAxeViolations(page);
    });

    await check("signing in as Alice shows her name in the user menu", async () => {
      await submitSignIn(page, alice);
      await userMenuButton.waitFor();
      await waitForPath(page, /^\/settings\/profile$/);
      await screenshot("signed-in");
    });

    await check("Settings > Profile shows Alice's email and company", async () => {
      await userMenuButton.click();
      const siteSettingsCount = await page.getByRole("menuitem", { name: "Site Settings" }).count();
      assert(siteSettingsCount === 0, "A member's user menu offers Site Settings.");
      await screenshot("user-menu");

      await page.getByRole("menuitem", { name: "Settings", exact: true }).click();
      await waitForPath(page, /^\/settings\/profile$/);
      const profile = page.getByRole("main");
      await profile.getByText(alice.email, { exact: true }).first().waitFor();
      await profile.getByText("Acme Corp", { exact: true }).waitFor();
      // The menu closes with a transition; axe must judge the settled page, not its last frame.
      await page.getByRole("menu").waitFor({ state: "detached" });
      await screenshot("profile");
    });

    await check("the profile page has no serious or critical axe violations", async () => {
      await assertNoSeriousAxeViolations(page);
    });

    await check("signing out returns to the sign-in page", async () => {
      await userMenuButton.click();
      await page.getByRole("menuitem", { name: "Sign out" }).click();
      await waitForPath(page, /^\/sign-in$/);
      await page.getByRole("heading", { name: "Sign in" }).waitFor();
      await screenshot("signed-out");
    });

    await check("after signing out, /settings/profile redirects to sign-in", async () => {
      await page.goto("/settings/profile");
      await waitForPath(page, /^\/sign-in$/);
      await page.getByRole("heading", { name: "Sign in" }).waitFor();
      await screenshot("profile-after-sign-out");
    });

    await check("the page raised no uncaught errors", async () => {
      assert(pageErrors.length === 0, `Uncaught page errors: ${pageErrors.join("; ")}`);
    });
  } finally {
    await context.close();
  }
}
