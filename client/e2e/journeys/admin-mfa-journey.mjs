import { readFile } from "node:fs/promises";

import { assertNoSeriousAxeViolations } from "../support/axe.mjs";
import { assert, openJourneyPage, submitSignIn, waitForPath } from "../support/browser.mjs";
import {
  createApiCaller,
  demoPassword,
  enableMfaOverApi,
  nextTotpCode,
} from "./mfa-sign-in-api.mjs";

/** @typedef {import("playwright-core").Page} Page */
/** @typedef {{ secret: string, lastTimeStep: number, recoveryCodes: string[] }} Authenticator */

const ada = { email: "admin@acme.test", password: demoPassword, name: "Ada Admin" };
/** Seeded with MFA on and used by no other journey, so resetting it disturbs nobody. */
const resetTarget = { email: "staff020@acme.test" };
const resetReason = "Lost phone; identity confirmed on a video call";

/**
 * Signs Ada in over HTTP with one of her recovery codes, which needs no wait for a fresh time
 * step, unlike a second authenticator code within the same 30 seconds.
 * @param {string} baseUrl
 * @param {Authenticator} authenticator
 */
async function signInAdaOverApi(baseUrl, authenticator) {
  const api = createApiCaller(baseUrl);
  const { signIn } = await api.request(
    "mutation($input: SignInInput!) { signIn(input: $input) { status } }",
    { input: { email: ada.email, password: ada.password } },
  );
  assert(signIn.status === "MFA_REQUIRED", `Ada's sign-in answered ${signIn.status}.`);

  const recoveryCode = authenticator.recoveryCodes.shift();
  await api.request("mutation($input: VerifyMfaInput!) { verifyMfa(input: $input) { status } }", {
    input: { recoveryCode },
  });
  return api;
}

/**
 * The staff member's MFA state as the API reports it.
 * @param {{ request: (query: string, variables?: Record<string, unknown>) => Promise<any> }} api
 * @param {string} email
 * @returns {Promise<boolean>}
 */
async function hasMfaOverApi(api, email) {
  const { staff } = await api.request(
    `query($filter: StaffFilter) {
      staff(first: 1, filter: $filter) { edges { node { mfaEnabled } } }
    }`,
    { filter: { search: email } },
  );
  return Boolean(staff.edges[0]?.node.mfaEnabled);
}

/**
 * Puts Acme back as the seed left it (MFA optional, Ada without MFA), so the journeys that run
 * afterwards sign in as before.
 * @param {string} baseUrl
 * @param {Authenticator} authenticator
 */
async function restoreAcme(baseUrl, authenticator) {
  const api = await signInAdaOverApi(baseUrl, authenticator);
  await api.request(
    "mutation($input: MfaPolicyInput!) { updateMfaPolicy(input: $input) { staffCount } }",
    { input: { required: false, allowSelfServiceDisable: true, gracePeriodDays: 0 } },
  );
  await api.request(
    "mutation($input: ConfirmCodeInput!) { disableMfa(input: $input) { mfaEnabled } }",
    {
      input: { code: authenticator.recoveryCodes.shift() },
    },
  );
  await api.request("mutation { signOut }");
}

/**
 * @param {Page} page
 * @param {string} email
 */
function staffRow(page, email) {
  return page.getByRole("row").filter({ hasText: email });
}

/**
 * An administrator turns MFA enforcement on after seeing who it affects, finds a member without
 * MFA, resets another member's MFA with a reason and finds that reset in the security log.
 * @param {import("../support/checks.mjs").Check} check
 * @param {import("playwright-core").Browser} browser
 * @param {{ baseUrl: string, artifactsDir: string }} options
 */
export async function adminMfaJourney(check, browser, options) {
  const journeyPage = await openJourneyPage(browser, { ...options, journeySlug: "admin-mfa" });
  const { context, page, pageErrors, screenshot } = journeyPage;
  /** @type {Authenticator} */
  const authenticator = { secret: "", lastTimeStep: 0, recoveryCodes: [] };
  let resetTargetName = "";

  try {
    await check("Ada turns MFA on for her own account through the API", async () => {
      Object.assign(authenticator, await enableMfaOverApi(options.baseUrl, ada.email));
    });

    await check("the member chosen for the reset has MFA on", async () => {
      const api = await signInAdaOverApi(options.baseUrl, authenticator);
      const hasMfa = await hasMfaOverApi(api, resetTarget.email);
      await api.request("mutation { signOut }");
      if (!hasMfa) await enableMfaOverApi(options.baseUrl, resetTarget.email);
    });

    await check("Ada signs in with her password and a code from her app", async () => {
      await page.goto("/site-settings");
      await waitForPath(page, /^\/sign-in$/);
      await submitSignIn(page, ada);
      await waitForPath(page, /^\/sign-in\/verify$/);
      await page.getByLabel("Digit 1 of 6").click();
      await page.keyboard.type(await nextTotpCode(authenticator));
      await waitForPath(page, /^\/site-settings\/company\/general$/);
    });

    await check("General Settings > MFA shows the policy and how many use MFA", async () => {
      await page.getByRole("heading", { name: "Multifactor authentication (MFA)" }).waitFor();
      await page.getByText(/^\d+ of \d+ staff use MFA/).waitFor();
      const required = page.getByRole("switch", { name: "Require MFA for everyone" });
      assert(!(await required.isChecked()), "Acme already required MFA before the journey.");
      await screenshot("general-settings");
    });

    await check("turning enforcement on first lists the people without MFA", async () => {
      await page.getByRole("switch", { name: "Require MFA for everyone" }).click();
      await page.getByRole("button", { name: "Save", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Require MFA for everyone?" });
      await dialog.getByText(/^\d+ people do not use MFA yet:$/).waitFor();
      const affected = dialog.getByRole("list", { name: "People without MFA" });
      assert((await affected.getByRole("listitem").count()) > 0, "Nobody was listed.");
      await dialog.getByText(/^and \d+ more$/).waitFor();
      await screenshot("confirm-enforcement");
    });

    await check("the enforcement confirmation has no serious axe violations", async () => {
      await assertNoSeriousAxeViolations(page);
    });

    await check("confirming saves the policy and locks self-service disable", async () => {
      await page.getByRole("button", { name: "Require MFA" }).click();
      await page.getByText("Saved. MFA is now required for everyone.").waitFor();
      const selfService = page.getByRole("switch", {
        name: "Allow people to turn off their own MFA",
      });
      assert(await selfService.isDisabled(), "Self-service disable stayed available.");
      await screenshot("enforcement-on");
    });

    await check("Staff finds Bob, who has no MFA yet", async () => {
      await page.getByRole("link", { name: "Staff", exact: true }).click();
      await waitForPath(page, /^\/site-settings\/company\/staff$/);
      await page.getByText(/^\d+ of \d+ staff use MFA$/).waitFor();
      await page.getByLabel("Search staff").fill("bob");
      await page.getByText("Showing 1–1 of 1").waitFor();
      await staffRow(page, "bob@acme.test").getByText("MFA off", { exact: true }).waitFor();
      await screenshot("staff-search-bob");
    });

    await check("the staff list has no serious axe violations", async () => {
      await assertNoSeriousAxeViolations(page);
    });

    await check("Export CSV downloads the filtered list with a header row", async () => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Export CSV" }).click(),
      ]);
      assert(download.suggestedFilename() === "staff-mfa.csv", "The CSV had another name.");
      const lines = (await readFile(await download.path(), "utf8")).trim().split("\r\n");
      assert(lines[0]?.includes("Name,Email,Role,MFA") ?? false, `Header was "${lines[0]}".`);
      assert(
        lines.length === 2 && (lines[1]?.includes("bob@acme.test,Member,Off") ?? false),
        `The CSV held: ${lines.join(" | ")}`,
      );
    });

    await check("filtering by MFA on finds the member to reset", async () => {
      await page.getByLabel("Search staff").fill(resetTarget.email);
      const mfaStatus = page.getByRole("group", { name: "MFA status" });
      await mfaStatus.getByText("MFA on", { exact: true }).click();
      await page.getByText("Showing 1–1 of 1").waitFor();
      const row = staffRow(page, resetTarget.email);
      await row.getByText("MFA on", { exact: true }).waitFor();
      resetTargetName = (await row.getByRole("rowheader").textContent())?.trim() ?? "";
      assert(resetTargetName !== "", "The row has no name.");
    });

    await check("the reset asks for a reason before removing MFA", async () => {
      await page.getByRole("button", { name: `Reset MFA for ${resetTargetName}` }).click();
      const dialog = page.getByRole("dialog", { name: `Reset MFA for ${resetTargetName}?` });
      await dialog.getByRole("button", { name: "Reset MFA" }).click();
      await dialog.getByText("Give a reason; it is kept in the security log.").waitFor();
      await dialog.getByLabel("Reason").fill(resetReason);
      await screenshot("reset-dialog");
      await dialog.getByRole("button", { name: "Reset MFA" }).click();
      await page.getByText(`MFA was reset for ${resetTargetName}.`, { exact: false }).waitFor();
      await page.getByText("Showing 0 of 0").waitFor();
      await screenshot("reset-done");
    });

    await check("the security log shows the reset with its reason", async () => {
      await page.getByRole("link", { name: "Security log", exact: true }).click();
      await waitForPath(page, /^\/site-settings\/company\/security-log$/);
      await page.getByRole("combobox", { name: "Event types" }).click();
      await page.getByRole("option", { name: "MFA reset by administrator" }).click();
      await page.keyboard.press("Escape");
      const row = page.getByRole("row").filter({ hasText: resetReason });
      await row.getByText("MFA reset by administrator").waitFor();
      await row.getByText(resetTarget.email).waitFor();
      await row.getByText(ada.email).waitFor();
      await screenshot("security-log");
    });

    await check("the security log has no serious axe violations", async () => {
      await assertNoSeriousAxeViolations(page);
    });

    await check("the pages raised no uncaught errors", async () => {
      assert(pageErrors.length === 0, `Uncaught page errors: ${pageErrors.join("; ")}`);
    });
  } finally {
    await context.close();
    // Whatever failed above, Acme must not stay enforcing MFA: later journeys sign in there.
    if (authenticator.recoveryCodes.length > 0) await restoreAcme(options.baseUrl, authenticator);
  }
}
