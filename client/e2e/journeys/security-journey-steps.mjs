import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";

import { assert } from "../support/browser.mjs";

export const recoveryCodePattern = /^[a-z2-7]{5}-[a-z2-7]{5}$/i;
export const setupKeyPattern = /^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/;
export const expectedRecoveryCodeCount = 10;

/**
 * The current TOTP code from Debian's oathtool, the same way an authenticator app computes it.
 * @param {string} setupKey base32, grouped in fours
 */
export function currentTotpCode(setupKey) {
  const secret = setupKey.replace(/\s+/g, "");
  return execFileSync("oathtool", ["--totp", "-b", secret], { encoding: "utf8" }).trim();
}

/**
 * @param {import("playwright-core").Locator} scope
 * @returns {Promise<string[]>}
 */
export async function readRecoveryCodes(scope) {
  const items = scope.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  const recoveryCodes = (await items.allTextContents()).map((text) => text.trim());
  assert(
    recoveryCodes.length === expectedRecoveryCodeCount &&
      recoveryCodes.every((code) => recoveryCodePattern.test(code)),
    `Expected ${expectedRecoveryCodeCount} recovery codes, saw: ${recoveryCodes.join(", ")}`,
  );
  return recoveryCodes;
}

/**
 * Downloads the codes and checks that the file holds exactly the codes on screen.
 * @param {import("playwright-core").Page} page
 * @param {import("playwright-core").Locator} scope
 * @param {string[]} shownCodes
 */
export async function downloadAndCheckCodes(page, scope, shownCodes) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    scope.getByRole("button", { name: "Download", exact: true }).click(),
  ]);
  assert(
    download.suggestedFilename() === "3-clicks-cloud-recovery-codes.txt",
    `Unexpected file name ${download.suggestedFilename()}`,
  );

  const fileText = await readFile(await download.path(), "utf8");
  const fileCodes = fileText.split("\n").filter((line) => recoveryCodePattern.test(line.trim()));
  assert(
    fileCodes.length === expectedRecoveryCodeCount &&
      fileCodes.every((code, index) => code.trim() === shownCodes[index]),
    `The downloaded file holds ${fileCodes.length} codes that differ from the ones shown.`,
  );
}

/**
 * Done must stay off until a copy is kept and the box is ticked.
 * @param {import("playwright-core").Locator} scope
 */
export async function confirmCodesSaved(scope) {
  const doneButton = scope.getByRole("button", { name: "Done", exact: true });
  assert(await doneButton.isDisabled(), "Done was enabled before the codes were confirmed saved.");

  await scope.getByRole("checkbox", { name: "I have saved these codes" }).check();
  assert(await doneButton.isEnabled(), "Done stayed disabled after saving and ticking the box.");
}
