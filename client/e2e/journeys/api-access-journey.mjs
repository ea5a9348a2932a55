import { assertNoSeriousAxeViolations } from "../support/axe.mjs";
import { assert, openJourneyPage, submitSignIn, waitForPath } from "../support/browser.mjs";

const staffMember = { email: "staff004@acme.test", password: "demo-password-1" };
const tokenName = "Journey compliance report";
const tokenPattern = /^3cc_pat_[A-Za-z0-9_-]{43}$/;

/**
 * @typedef {object} ViewerAnswer
 * @property {{ viewer?: { email?: string } | null }} [data]
 * @property {Array<{ extensions?: { code?: string } }>} [errors]
 */

/**
 * Asks the API who the token belongs to, the way an integrator's script would: from Node, with
 * the token in the Authorization header and no cookie.
 * @param {string} baseUrl
 * @param {string} token
 * @returns {Promise<{ email: string | null, code: string | null }>}
 */
async function askWhoHoldsToken(baseUrl, token) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: "{ viewer { email } }" }),
  });
  const body = /** @type {ViewerAnswer} */ (await response.json());
  return {
    email: body.data?.viewer?.email ?? null,
    code: body.errors?.[0]?.extensions?.code ?? null,
  };
}

/**
 * A member creates a personal access token, uses it from outside the browser, then revokes it
 * and sees the API refuse it.
 * @param {import("../support/checks.mjs").Check} check
 * @param {import("playwright-core").Browser} browser
 * @param {{ baseUrl: string, artifactsDir: string }} options
 */
export async function apiAccessJourney(check, browser, options) {
  const journeyPage = await openJourneyPage(browser, { ...options, journeySlug: "api-access" });
  const { context, page, pageErrors } = journeyPage;
  // Focus moves scroll the page, and a full-page capture then draws the fixed header mid-page.
  const screenshot = async (/** @type {string} */ slug) => {
    await page.evaluate("window.scrollTo(0, 0)");
    await journeyPage.screenshot(slug);
  };
  const main = page.getByRole("main");
  const tokenField = main.getByLabel(`Token for “${tokenName}”`);
  const tokenRow = main.getByRole("row", { name: new RegExp(tokenName) });
  let token = "";

  try {
    await check("signing in from /settings/api-access lands on Settings > API access", async () => {
      await page.goto("/settings/api-access");
      await waitForPath(page, /^\/sign-in$/);
      await submitSignIn(page, staffMember);
      await waitForPath(page, /^\/settings\/api-access$/);
      await main.getByRole("heading", { name: "API access" }).waitFor();
      await main.getByText("No tokens yet", { exact: true }).waitFor();
      await screenshot("empty");
    });

    await check("Settings > API access has no serious or critical axe violations", async () => {
      await assertNoSeriousAxeViolations(page);
    });

    await check("a blank name is refused before anything is sent", async () => {
      await main.getByRole("button", { name: "Create token" }).click();
      await main.getByText("Give the token a name, such as what will use it.").waitFor();
      await screenshot("name-missing");
    });

    await check("creating a token shows it once and lists it", async () => {
      await main.getByLabel("Name").fill(tokenName);
      await main.getByRole("button", { name: "Create token" }).click();
      await tokenField.waitFor();
      token = await tokenField.inputValue();
      assert(tokenPattern.test(token), `The page showed something that is not a token: ${token}`);
      await main.getByText("You will not see this token again").waitFor();
      await tokenRow.getByText("Never", { exact: true }).waitFor();
      await screenshot("token-shown");
    });

    await check("the page with the token shown has no serious axe violations", async () => {
      await assertNoSeriousAxeViolations(page);
    });

    await check("the token reads the API from Node as its owner", async () => {
      const answer = await askWhoHoldsToken(options.baseUrl, token);
      assert(
        answer.email === staffMember.email,
        `Expected ${staffMember.email}, got ${answer.email ?? answer.code}.`,
      );
    });

    await check("Done hides the token for good", async () => {
      await main.getByRole("button", { name: "Done", exact: true }).click();
      await tokenField.waitFor({ state: "detached" });
      const pageText = await page.content();
      assert(!pageText.includes(token), "The token is still somewhere in the page.");
      await tokenRow.waitFor();
      await screenshot("listed");
    });

    await check("revoking asks for confirmation, then removes the token", async () => {
      await main.getByRole("button", { name: `Revoke ${tokenName}` }).click();
      const dialog = page.getByRole("dialog", { name: "Revoke this token?" });
      await dialog.waitFor();
      await screenshot("revoke-confirm");

      await dialog.getByRole("button", { name: "Revoke token" }).click();
      await dialog.waitFor({ state: "hidden" });
      await tokenRow.waitFor({ state: "detached" });
      await main.getByText("No tokens yet", { exact: true }).waitFor();
      await screenshot("revoked");
    });

    await check("the revoked token is refused as UNAUTHENTICATED", async () => {
      const answer = await askWhoHoldsToken(options.baseUrl, token);
      assert(
        answer.code === "UNAUTHENTICATED" && answer.email === null,
        `Expected UNAUTHENTICATED, got ${answer.email ?? answer.code}.`,
      );
    });

    await check("the page raised no uncaught errors", async () => {
      assert(pageErrors.length === 0, `Uncaught page errors: ${pageErrors.join("; ")}`);
    });
  } finally {
    await context.close();
  }
}
