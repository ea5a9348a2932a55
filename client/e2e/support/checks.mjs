/** @typedef {(name: string, run: () => Promise<void>) => Promise<void>} Check */

/**
 * Records named checks. A journey stops at its first failed check, because every later step
 * depends on the page that step should have reached; the skipped ones are reported too.
 */
export function createCheckRecorder() {
  let passedCount = 0;
  let failedCount = 0;
  let skippedCount = 0;

  /**
   * @param {string} journeyName
   * @param {(check: Check) => Promise<void>} body
   */
  async function journey(journeyName, body) {
    let hasFailed = false;
    process.stdout.write(`\n${journeyName}\n`);

    /** @type {Check} */
    async function check(name, run) {
      if (hasFailed) {
        skippedCount += 1;
        process.stdout.write(`  - skipped: ${name}\n`);
        return;
      }
      const startedAt = performance.now();
      try {
        await run();
        passedCount += 1;
        const durationInMilliseconds = Math.round(performance.now() - startedAt);
        process.stdout.write(`  ✓ ${name} (${durationInMilliseconds} ms)\n`);
      } catch (error) {
        hasFailed = true;
        failedCount += 1;
        const message = error instanceof Error ? error.message : String(error);
        process.stdout.write(`  ✗ ${name}\n    ${message}\n`);
      }
    }

    await body(check);
  }

  return {
    journey,
    /** Counts a failure outside any journey, such as a server that never became ready. */
    recordSetupFailure() {
      failedCount += 1;
    },
    summary: () => ({ passedCount, failedCount, skippedCount }),
  };
}
