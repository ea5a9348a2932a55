import { cpus } from "node:os";

import type { BenchContext } from "./bench-context.js";
import { peakResidentBytesDuring } from "./child-process.js";
import { goalLine, type GoalLine } from "./goal-line.js";
import { graphqlBody, signInMutation } from "./graphql-requests.js";
import { measureRate } from "./measure.js";
import { median } from "./median.js";

export interface SignInFindings {
  lines: GoalLine[];
  signInsPerSecond: number;
  peakServerBytes: number;
}

/**
 * P1 and P7 share their rounds: in each, the server takes the sign-in load while its memory is
 * read, raw argon2 runs at the same concurrency, then hello-world Apollo takes the same load.
 */
export async function measureSignIn(context: BenchContext): Promise<SignInFindings> {
  const { options, fixture, cookieNames } = context;
  // autocannon forgets cookies; a person's browser does not, and a browser it has not seen
  // would make every sign-in mail its owner. The seed made this one known to everyone.
  const headers = { cookie: `${cookieNames.browser}=${fixture.browserId}` };
  const body = graphqlBody(signInMutation, {
    input: { email: fixture.plainEmail, password: fixture.password },
  });
  const load = (url: string) =>
    measureRate({
      url,
      connections: options.connections,
      durationInSeconds: options.roundSeconds,
      next: () => ({ body, headers }),
    });
  const signInRates: number[] = [];
  const argon2Rates: number[] = [];
  const serverPeaks: number[] = [];
  const helloPeaks: number[] = [];

  for (let round = 0; round < options.rounds; round++) {
    let rate = 0;
    serverPeaks.push(
      await peakResidentBytesDuring(context.server.pid, async () => {
        rate = await load(context.server.url);
      }),
    );
    signInRates.push(rate);

    const output = await context.runScript([
      "src/bench/baselines/argon2-verify-rate.ts",
      String(options.connections),
      String(options.roundSeconds),
    ]);
    argon2Rates.push((JSON.parse(output) as { perSecond: number }).perSecond);

    helloPeaks.push(
      await peakResidentBytesDuring(context.helloApollo.pid, () => load(context.helloApollo.url)),
    );
  }

  const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  const signInsPerSecond = median(signInRates);
  return {
    signInsPerSecond,
    peakServerBytes: median(serverPeaks),
    lines: [
      goalLine(
        "P1",
        "sign-in ÷ raw argon2 verify",
        signInRates.map((rate, index) => rate / (argon2Rates[index] ?? Number.NaN)),
        { kind: "atLeast", value: 0.9 },
        `sign-in ${signInsPerSecond.toFixed(1)}/s, argon2id verify ` +
          `${median(argon2Rates).toFixed(1)}/s, ${options.connections} at a time on ` +
          `${cpus().length} cores`,
      ),
      goalLine(
        "P7",
        "server memory under sign-in load ÷ hello-world Apollo",
        serverPeaks.map((peak, index) => peak / (helloPeaks[index] ?? Number.NaN)),
        { kind: "atMost", value: 1.5 },
        `peak resident ${megabytes(median(serverPeaks))} vs ${megabytes(median(helloPeaks))}`,
      ),
    ],
  };
}
