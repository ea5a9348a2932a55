import path from "node:path";

import { chromium } from "playwright-core";

export const stepTimeoutInMilliseconds = 10_000;

/** Debian's chromium, driven headless; no browser download is needed. */
export function launchChromium() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A fresh browser context (no cookies) whose page remembers uncaught errors and JS requests.
 * @param {import("playwright-core").Browser} browser
 * @param {{ baseUrl: string, artifactsDir: string, journeySlug: string }} options
 */
export async function openJourneyPage(browser, { baseUrl, artifactsDir, journeySlug }) {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1280, height: 800 },
  });
  context.setDefaultTimeout(stepTimeoutInMilliseconds);
  const page = await context.newPage();

  /** @type {string[]} */
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  /** @type {string[]} */
  const scriptUrls = [];
  /** @type {string[]} */
  const operationNames = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scriptUrls.push(request.url());
    if (new URL(request.url()).pathname === "/graphql") {
      operationNames.push(String(request.postDataJSON()?.operationName));
    }
  });

  let screenshotCount = 0;
  /** @param {string} slug */
  async function screenshot(slug) {
    screenshotCount += 1;
    const fileName = `${journeySlug}-${String(screenshotCount).padStart(2, "0")}-${slug}.png`;
    // Finishing CSS transitions first keeps menus from being captured half faded in.
    await page.screenshot({
      path: path.join(artifactsDir, fileName),
      fullPage: true,
      animations: "disabled",
    });
  }

  return { context, page, pageErrors, scriptUrls, operationNames, screenshot };
}

/**
 * @param {import("playwright-core").Page} page
 * @param {{ email: string, password: string }} credentials
 */
export async function submitSignIn(page, { email, password }) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * @param {import("playwright-core").Page} page
 * @param {RegExp} pathPattern matched against the path only
 */
export async function waitForPath(page, pathPattern) {
  await page.waitForURL((url) => pathPattern.test(url.pathname));
}

/**
 * @param {boolean} condition
 * @param {string} message
 */
export function assert(condition, message) {
  if (!condition) throw new Error(message);
}
