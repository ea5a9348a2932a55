/** How long and how wide a benchmark run is. Every goal is a ratio, so only noise depends on it. */
export interface BenchOptions {
  isQuick: boolean;
  rounds: number;
  /** Each throughput measurement of a round, for each side of its ratio. */
  roundSeconds: number;
  /** Requests in flight at once for throughput; twice the cores keeps every core busy. */
  connections: number;
  /** verifyMfa requests per round: each needs its own user, challenge and fresh code. */
  verifyRequestsPerRound: number;
  /** Sequential samples per round for the latency goals. */
  latencySamplesPerRound: number;
  smallCompanyStaff: number;
  largeCompanyStaff: number;
  skipBuild: boolean;
}

export function readBenchOptions(env: NodeJS.ProcessEnv, cores: number): BenchOptions {
  const isQuick = env.BENCH_QUICK === "1" || env.BENCH_QUICK === "true";

  return {
    isQuick,
    rounds: isQuick ? 3 : 5,
    roundSeconds: isQuick ? 3 : 8,
    connections: cores * 2,
    verifyRequestsPerRound: isQuick ? 1_000 : 3_000,
    latencySamplesPerRound: isQuick ? 15 : 40,
    smallCompanyStaff: 1_000,
    largeCompanyStaff: 100_000,
    skipBuild: env.BENCH_SKIP_BUILD === "1",
  };
}
