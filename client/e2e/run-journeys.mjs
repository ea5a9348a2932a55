// Browser journeys against the real API on an in-memory database and the production build of
// the SPA. Starts everything it needs on free ports and stops it again, even on failure.
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { build, preview } from "vite";

import { adminJourney } from "./journeys/admin-journey.mjs";
import { adminMfaJourney } from "./journeys/admin-mfa-journey.mjs";
import { apiAccessJourney } from "./journeys/api-access-journey.mjs";
import { memberJourney } from "./journeys/member-journey.mjs";
import { mfaSignInJourneys } from "./journeys/mfa-sign-in-journey.mjs";
import { notificationsJourney } from "./journeys/notifications-journey.mjs";
import { securityJourney } from "./journeys/security-journey.mjs";
import { launchChromium } from "./support/browser.mjs";
import { createCheckRecorder } from "./support/checks.mjs";
import { findFreePort, startApiServer, waitForOk } from "./support/processes.mjs";

const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const serverDir = path.resolve(clientDir, "../server");
const artifactsDir = path.join(clientDir, "e2e", "artifacts");
const bundleDir = path.join(artifactsDir, "dist");
const apiReadyTimeoutInMilliseconds = 90_000;
const spaReadyTimeoutInMilliseconds = 30_000;

/** @type {Array<() => Promise<void>>} */
const cleanups = [];

async function stopEverything() {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup().catch((/** @type {unknown} */ error) => {
      process.stderr.write(`e2e: clean-up step failed: ${String(error)}\n`);
    });
  }
}

/** @param {string} logPath */
async function printLogTail(logPath) {
  const log = await readFile(logPath, "utf8").catch(() => "");
  const tail = log.trimEnd().split("\n").slice(-40).join("\n");
  process.stderr.write(`\nLast lines of ${logPath}:\n${tail}\n`);
}

async function run() {
  const recorder = createCheckRecorder();
  await rm(artifactsDir, { recursive: true, force: true });
  await mkdir(artifactsDir, { recursive: true });

  const apiPort = await findFreePort();
  const clientPort = await findFreePort();
  // vite.config.ts reads both when it loads, for the /graphql proxy and the preview port.
  process.env.PORT = String(apiPort);
  process.env.CLIENT_PORT = String(clientPort);
  const baseUrl = `http://localhost:${clientPort}`;

  const api = startApiServer({
    serverDir,
    apiPort,
    clientPort,
    logPath: path.join(artifactsDir, "api-server.log"),
  });
  cleanups.push(api.stop);

  const startedAt = performance.now();
  const elapsedInSeconds = () => ((performance.now() - startedAt) / 1000).toFixed(1);
  try {
    await build({
      root: clientDir,
      logLevel: "warn",
      build: { outDir: bundleDir, emptyOutDir: true },
    });
    const spa = await preview({ root: clientDir, logLevel: "warn", build: { outDir: bundleDir } });
    cleanups.push(() => spa.close());
    process.stdout.write(`e2e: SPA built and served after ${elapsedInSeconds()} s\n`);

    await waitForOk(`http://localhost:${apiPort}/readyz`, {
      timeoutInMilliseconds: apiReadyTimeoutInMilliseconds,
      exited: api.exited,
    });
    await waitForOk(baseUrl, { timeoutInMilliseconds: spaReadyTimeoutInMilliseconds });
    process.stdout.write(`e2e: API ready after ${elapsedInSeconds()} s\n`);
  } catch (error) {
    recorder.recordSetupFailure();
    process.stderr.write(`e2e: setup failed: ${error instanceof Error ? error.message : error}\n`);
    await printLogTail(api.logPath);
    return recorder.summary();
  }

  const browser = await launchChromium();
  cleanups.push(() => browser.close());

  const options = { baseUrl, artifactsDir };
  await recorder.journey("Member journey (alice@acme.test)", (check) =>
    memberJourney(check, browser, options),
  );
  await recorder.journey("Administrator journey (admin@acme.test)", (check) =>
    adminJourney(check, browser, options),
  );
  await recorder.journey("API access journey (staff004@acme.test)", (check) =>
    apiAccessJourney(check, browser, options),
  );
  // Before the MFA sign-in journeys, which give Bob MFA; it puts Acme's policy back when done.
  await recorder.journey("Administrator MFA journey (admin@acme.test)", (check) =>
    adminMfaJourney(check, browser, options),
  );
  await recorder.journey("Security settings journey (alice@acme.test)", (check) =>
    securityJourney(check, browser, options),
  );
  await recorder.journey("Notifications journey (staff005@acme.test)", (check) =>
    notificationsJourney(check, browser, options),
  );
  await mfaSignInJourneys(recorder, browser, options);

  const summary = recorder.summary();
  if (summary.failedCount > 0) await printLogTail(api.logPath);
  return summary;
}

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.once(signal, () => {
    void stopEverything().finally(() => process.exit(130));
  });
}

let exitCode = 1;
try {
  const { passedCount, failedCount, skippedCount } = await run();
  process.stdout.write(`\nScreenshots and the API log are in ${artifactsDir}\n`);
  if (skippedCount > 0) process.stdout.write(`e2e: ${skippedCount} skipped after a failure\n`);
  process.stdout.write(`e2e: ${passedCount} passed, ${failedCount} failed\n`);
  exitCode = failedCount === 0 && passedCount > 0 ? 0 : 1;
} catch (error) {
  process.stderr.write(
    `e2e: the runner itself failed: ${error instanceof Error ? error.stack : error}\n`,
  );
  process.stdout.write("e2e: 0 passed, 1 failed\n");
} finally {
  await stopEverything();
}
process.exit(exitCode);
