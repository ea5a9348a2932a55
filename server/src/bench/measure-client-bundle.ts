import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

import { goalLine, type GoalLine } from "./goal-line.js";

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
  src?: string;
}

const budgetInKilobytes = 170;

/**
 * P6, from the production build's manifest: every script the sign-in page loads before it can
 * render is the entry plus its static imports; lazy chunks load only when a route asks. Sizes
 * are gzip at level 9, as a static server or CDN would send them.
 */
export async function measureClientBundle(clientDist: string): Promise<GoalLine[]> {
  const manifest = JSON.parse(
    await readFile(join(clientDist, ".vite", "manifest.json"), "utf8"),
  ) as Record<string, ManifestChunk>;
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) throw new Error("The client build has no entry in its manifest.");

  const eager = new Set<string>();
  const visit = (key: string) => {
    if (eager.has(key)) return;
    eager.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit(entryKey);

  let gzippedBytes = 0;
  for (const key of eager) {
    const file = manifest[key]?.file ?? "";
    if (file.endsWith(".js"))
      gzippedBytes += gzipSync(await readFile(join(clientDist, file)), {
        level: 9,
      }).length;
  }

  const adminChunks = Object.entries(manifest).filter(([key]) => /site-settings/i.test(key));
  const lazyAdmin = adminChunks.filter(([key]) => !eager.has(key)).length;
  const kilobytes = gzippedBytes / 1000;
  return [
    goalLine(
      "P6",
      "sign-in route JavaScript, gzipped kB",
      [kilobytes],
      { kind: "atMost", value: budgetInKilobytes },
      `${kilobytes.toFixed(1)} kB in ${eager.size} chunks`,
    ),
    goalLine(
      "P6",
      "admin screens outside the sign-in bundle (share)",
      [adminChunks.length === 0 ? 0 : lazyAdmin / adminChunks.length],
      { kind: "atLeast", value: 1 },
      `${lazyAdmin} of ${adminChunks.length} Site Settings modules load lazily`,
    ),
  ];
}
