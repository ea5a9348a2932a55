import { defineConfig } from "vitest/config";

// The shared package resolves to its TypeScript source under this condition, so tests never
// need a build of it first.
const conditions = ["@app/source", "module", "node", "development|production"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ["src/**/*.test.ts"],
    // The reliability suite needs a real PostgreSQL server and runs on its own.
    exclude: ["src/**/*.reliability.test.ts", "**/node_modules/**"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
