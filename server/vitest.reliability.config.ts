import { defineConfig, mergeConfig } from "vitest/config";

import base from "./vitest.config.js";

// Faults such as pg_terminate_backend and a dropped connection only mean something against a
// real PostgreSQL server, so this suite defaults to the local one when no URL is given.
process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/test";

const config = mergeConfig(
  base,
  defineConfig({
    test: {
      testTimeout: 120_000,
      hookTimeout: 120_000,
      // Files start real server processes and cut real connections; one at a time keeps a
      // two-core machine from turning timing faults into flakes.
      fileParallelism: false,
    },
  }),
);

// mergeConfig concatenates arrays, so the base config's include and its exclusion of this very
// suite are replaced after the merge rather than overridden inside it.
config.test = {
  ...config.test,
  include: ["src/**/*.reliability.test.ts"],
  exclude: ["**/node_modules/**"],
};

export default config;
