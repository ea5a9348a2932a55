import type { BenchOptions } from "./bench-options.js";
import type { RunningProcess } from "./child-process.js";
import type { BenchFixture } from "./seed-bench-data.js";

/** What every goal's measurement may use during one database's run. */
export interface BenchContext {
  options: BenchOptions;
  fixture: BenchFixture;
  server: RunningProcess;
  helloApollo: RunningProcess;
  bareGraphql: RunningProcess;
  /**
   * Runs a TypeScript file with `node` from the server package, its thread pool sized as the
   * server's, and answers its stdout.
   */
  runScript(args: string[]): Promise<string>;
  cookieNames: { session: string; challenge: string; browser: string };
}
