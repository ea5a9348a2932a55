import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const axeSourcePath = require.resolve("axe-core/axe.min.js");
const blockingImpacts = new Set(["serious", "critical"]);

/**
 * Runs axe-core in the page and throws if it finds serious or critical violations.
 * @param {import("playwright-core").Page} page
 */
export async function assertNoSeriousAxeViolations(page) {
  await page.addScriptTag({ path: axeSourcePath });

  /** @type {Array<{ id: string, impact: string, help: string, targets: string[] }>} */
  const violations = await page.evaluate(async () => {
    // This callback runs in the page, where axe-core has just been injected as a global.
    const browserGlobals = /** @type {any} */ (globalThis);
    const results = await browserGlobals.axe.run(browserGlobals.document, {
      resultTypes: ["violations"],
    });
    return results.violations.map((/** @type {any} */ violation) => ({
      id: String(violation.id),
      impact: String(violation.impact),
      help: String(violation.help),
      targets: violation.nodes.slice(0, 3).map((/** @type {any} */ node) => node.target.join(" ")),
    }));
  });

  const blocking = violations.filter((violation) => blockingImpacts.has(violation.impact));
  if (blocking.length === 0) return;

  const details = blocking
    .map(({ id, impact, help, targets }) => `${impact} ${id}: ${help} (${targets.join(", ")})`)
    .join("\n    ");
  throw new Error(`axe found ${blocking.length} serious or critical violation(s):\n    ${details}`);
}
