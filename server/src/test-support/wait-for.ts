import { setTimeout as delay } from "node:timers/promises";

/**
 * Polls until `check` returns something other than undefined or false. Only for waiting on the
 * outside world (a process starting, a query reaching a lock), never on the app's clock.
 */
export async function waitFor<T>(
  description: string,
  check: () => Promise<T | undefined | false>,
  timeoutInMilliseconds = 20_000,
): Promise<T> {
  const deadline = performance.now() + timeoutInMilliseconds;

  for (;;) {
    const result = await check();
    if (result !== undefined && result !== false) return result;
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${description}.`);
    await delay(25);
  }
}
