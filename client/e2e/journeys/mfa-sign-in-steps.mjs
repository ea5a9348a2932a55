// Steps the MFA sign-in journeys share: the code step as a person meets it in the browser.
import { submitSignIn, waitForPath } from "../support/browser.mjs";

/** @typedef {import("playwright-core").Page} Page */

/**
 * Types a code into the six digit boxes the way a person does; the page submits by itself.
 * @param {Page} page
 * @param {string} code
 */
export async function typeAuthenticatorCode(page, code) {
  await page.getByLabel("Digit 1 of 6").click();
  await page.keyboard.type(code);
}

/**
 * @param {Page} page
 * @param {{ email: string, password: string }} person
 */
export async function reachCodeStep(page, person) {
  await submitSignIn(page, person);
  await waitForPath(page, /^\/sign-in\/verify$/);
  await page.getByRole("heading", { name: "Verify your sign-in" }).waitFor();
}

/** @param {Page} page */
export async function signOutThroughUserMenu(page) {
  await page.getByRole("banner").getByRole("button").last().click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await waitForPath(page, /^\/sign-in$/);
}
