import { assertNoSeriousAxeViolations } from "../support/axe.mjs";
import { assert, openJourneyPage, submitSignIn, waitForPath } from "../support/browser.mjs";
import {
  confirmCodesSaved,
  currentTotpCode,
  downloadAndCheckCodes,
  readRecoveryCodes,
  setupKeyPattern,
} from "./security-journey-steps.mjs";

const alice = { email: "alice@acme.test", password: "demo-password-1" };

/**
 * Alice turns MFA on from Settings > Security, trusts this browser at her next sign-in and
 * revokes it, renews her recovery codes and turns MFA off again, so the demo data ends as it
 * began for the other journeys.
 * @param {import("../support/checks.mjs").Check} check
 * @param {import("playwright-core").Browser} browser
 * @param {{ baseUrl: string, artifactsDir: string }} options
 */
export async function securityJourney(check, browser, options) {
  const { context, page, pageErrors, screenshot } = await openJourneyPage(browser, {
    ...options,
    journeySlug: "security",
  });
  const main = page.getByRole("main");
  const statusBadge = (/** @type {string} */ text) => main.getByText(text, { exact: true });
  /** @type {string[]} */
  let recoveryCodes = [];
  /** @type {string[]} */
  let firstRecoveryCodes = [];

  try {
    await check("signing in from /settings/security lands on Settings > Security", async () => {
      await page.goto("/settings/security");
      await waitForPath(page, /^\/sign-in$/);
      await submitSignIn(page, alice);
      await waitForPath(page, /^\/settings\/security$/);
      await main.getByRole("heading", { name: "Multifactor authentication" }).waitFor();
      await statusBadge("MFA off").waitFor();
      await screenshot("mfa-off");
    });

    await check("Settings > Security has no serious or critical axe violations", async () => {
      await assertNoSeriousAxeViolations(page);
    });

    await check("Enable MFA shows a QR code and, on request, the setup key", async () => {
      await main.getByRole("button", { name: "Enable MFA", exact: true }).click();
      await main.getByRole("heading", { name: "Scan the QR code" }).waitFor();
      const qrCode = main.getByRole("img", { name: /QR code/ });
      await qrCode.waitFor();
      // The journey's tsconfig has no DOM library, so the image is read untyped.
      const qrWidthInPixels = await qrCode.evaluate(
        (image) => /** @type {any} */ (image).naturalWidth,
      );
      assert(qrWidthInPixels > 0, "The QR code image did not load.");
      await screenshot("scan");

      await main.getByRole("button", { name: /Can't scan\?/ }).click();
      await main.getByText(setupKeyPattern).waitFor();
      await screenshot("setup-key");
    });

    await check("a code from oathtool, typed with a space, turns MFA on", async () => {
      const setupKey = (await main.getByText(setupKeyPattern).textContent()) ?? "";
      await main.getByRole("button", { name: "Continue", exact: true }).click();
      await main.getByRole("heading", { name: "Enter the code from your app" }).waitFor();

      const code = currentTotpCode(setupKey);
      await main.getByLabel("Authenticator code").fill(`${code.slice(0, 3)} ${code.slice(3)}`);
      await screenshot("code");
      await main.getByRole("button", { name: "Turn on MFA", exact: true }).click();
      await main.getByRole("heading", { name: "Save your recovery codes" }).waitFor();
    });

    await check("the recovery codes download as a file and Done waits for the tick", async () => {
      recoveryCodes = await readRecoveryCodes(main);
      firstRecoveryCodes = recoveryCodes;
      await downloadAndCheckCodes(page, main, recoveryCodes);
      await confirmCodesSaved(main);
      await screenshot("recovery-codes");

      await page.emulateMedia({ media: "print" });
      await page.getByText("3 Clicks Cloud recovery codes").waitFor();
      assert(!(await main.isVisible()), "The rest of the page would be printed with the codes.");
      await screenshot("print");
      await page.emulateMedia({ media: "screen" });
    });

    await check("after Done the page says MFA enabled with 10 recovery codes left", async () => {
      await main.getByRole("button", { name: "Done", exact: true }).click();
      await statusBadge("MFA enabled").waitFor();
      await main.getByText("10 recovery codes left").waitFor();
      await main.getByRole("heading", { name: "Trusted browsers" }).waitFor();
      await screenshot("mfa-enabled");
    });

    await check("the page with MFA on has no serious or critical axe violations", async () => {
      await assertNoSeriousAxeViolations(page);
    });

    await check("signing in again with a recovery code can trust this browser", async () => {
      await page.getByRole("button", { name: "Alice Anders" }).click();
      await page.getByRole("menuitem", { name: "Sign out" }).click();
      await waitForPath(page, /^\/sign-in$/);
      await submitSignIn(page, alice);
      await page.getByRole("button", { name: "Use a recovery code instead" }).click();
      await page.getByLabel("Recovery code").fill(recoveryCodes[0] ?? "");
      await page.getByRole("checkbox", { name: /Trust this device for 30 days/ }).check();
      await page.getByRole("button", { name: "Verify", exact: true }).click();
      // A recovery-code sign-in first says how many codes are left, on its own page.
      await waitForPath(page, /^\/sign-in\/recovery-code-used$/);
      await screenshot("recovery-code-used");

      await page.goto("/settings/security");
      const table = main.getByRole("table");
      await table.getByRole("row", { name: /This browser/ }).waitFor();
      await main.getByText("9 recovery codes left").waitFor();
      await screenshot("trusted-browser");
      await assertNoSeriousAxeViolations(page);
    });

    await check("Revoke all asks first, then empties the trusted browsers", async () => {
      await main.getByRole("button", { name: "Revoke all", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Revoke all trusted browsers?" });
      await screenshot("revoke-all-confirm");
      await dialog.getByRole("button", { name: "Revoke all", exact: true }).click();
      await dialog.waitFor({ state: "detached" });
      await main.getByText(/No browsers are trusted\./).waitFor();
    });

    await check("a recovery code regenerates the codes, leaving 10 new ones", async () => {
      await main.getByRole("button", { name: "Regenerate recovery codes", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Regenerate recovery codes" });
      const unusedCode = recoveryCodes[1] ?? "";
      await dialog.getByLabel("Authenticator code or recovery code").fill(unusedCode);
      await screenshot("regenerate-confirm");
      await assertNoSeriousAxeViolations(page);
      await dialog.getByRole("button", { name: "Regenerate codes", exact: true }).click();

      const saveDialog = page.getByRole("dialog", { name: "Save your new recovery codes" });
      await saveDialog.waitFor();
      recoveryCodes = await readRecoveryCodes(saveDialog);
      assert(recoveryCodes[0] !== firstRecoveryCodes[0], "The regenerated codes are the old ones.");
      await downloadAndCheckCodes(page, saveDialog, recoveryCodes);
      await confirmCodesSaved(saveDialog);
      await screenshot("regenerate-codes");
      await saveDialog.getByRole("button", { name: "Done", exact: true }).click();
      await saveDialog.waitFor({ state: "detached" });
      await main.getByText("10 recovery codes left").waitFor();
    });

    await check("Disable MFA refuses an old recovery code, then accepts a new one", async () => {
      await main.getByRole("button", { name: "Disable MFA", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Disable MFA" });
      const codeField = dialog.getByLabel("Authenticator code or recovery code");
      await codeField.fill(firstRecoveryCodes[2] ?? "");
      await dialog.getByRole("button", { name: "Disable MFA", exact: true }).click();
      await dialog.getByRole("alert").getByText("That code did not work").waitFor();
      await screenshot("disable-wrong-code");

      await codeField.fill(recoveryCodes[1] ?? "");
      await dialog.getByRole("button", { name: "Disable MFA", exact: true }).click();
      await dialog.waitFor({ state: "detached" });
      await statusBadge("MFA off").waitFor();
      await main.getByRole("button", { name: "Enable MFA", exact: true }).waitFor();
      await screenshot("mfa-disabled");
    });

    await check("the page raised no uncaught errors", async () => {
      assert(pageErrors.length === 0, `Uncaught page errors: ${pageErrors.join("; ")}`);
    });
  } finally {
    await context.close();
  }
}
