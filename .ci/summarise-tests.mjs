// Adds up the vitest and browser-journey counts from the logs into one closing line, so CI
// reports how many tests ran across every suite and database.
import { readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;

for (const file of process.argv.slice(2)) {
  // Colour codes would split the counts vitest prints.
  const text = readFileSync(file, "utf8").replace(new RegExp(`${"\u001b"}\\[[0-9;]*m`, "g"), "");
  for (const line of text.split("\n")) {
    // pnpm -r prefixes each line with the package and script ("server test: ").
    const vitest = /\bTests\s+(\d+ (?:passed|failed).*)$/.exec(line);
    const journeys = /^e2e: (\d+) passed, (\d+) failed/.exec(line);
    if (vitest) {
      passed += Number(/(\d+) passed/.exec(vitest[1])?.[1] ?? 0);
      failed += Number(/(\d+) failed/.exec(vitest[1])?.[1] ?? 0);
      skipped += Number(/(\d+) skipped/.exec(vitest[1])?.[1] ?? 0);
    } else if (journeys) {
      passed += Number(journeys[1]);
      failed += Number(journeys[2]);
    }
  }
}

if (passed === 0) {
  process.stderr.write("No test results were found in the logs.\n");
  process.exit(1);
}
process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(failed > 0 ? 1 : 0);
