import type { BenchContext } from "./bench-context.js";
import { BenchBrowser } from "./graphql-client.js";
import { goalLine, type GoalLine } from "./goal-line.js";
import {
  graphqlBody,
  signInMutation,
  trivialMutation,
  verifyMfaMutation,
} from "./graphql-requests.js";
import { measureRate } from "./measure.js";
import { median } from "./median.js";
import { computeTotp, timeStepAt } from "../mfa/totp.js";

/**
 * P2: verifyMfa against a trivial authenticated mutation on the same server. An authenticator
 * takes one code per 30-second step, so each verification is a different person, with a
 * challenge opened for them by the seed and the code computed as the request leaves.
 */
export async function measureVerify(context: BenchContext): Promise<GoalLine> {
  const { options, fixture, server, cookieNames } = context;
  const plain = new BenchBrowser(server.url);
  await plain.post(signInMutation, {
    input: { email: fixture.plainEmail, password: fixture.password },
  });
  const sessionHeader = { cookie: plain.cookieHeader };
  const trivialBody = graphqlBody(trivialMutation);
  await plain.post(trivialMutation);

  const verifyRates: number[] = [];
  const trivialRates: number[] = [];
  for (const challenges of fixture.challengesByRound) {
    let next = 0;
    verifyRates.push(
      await measureRate({
        url: server.url,
        connections: options.connections,
        amount: challenges.length,
        next: () => {
          const challenge = challenges[next++ % challenges.length];
          if (!challenge) throw new Error("A round ran out of challenges.");
          const code = computeTotp(challenge.secret, timeStepAt(new Date()));
          return {
            body: graphqlBody(verifyMfaMutation, { input: { code } }),
            headers: {
              cookie:
                `${cookieNames.challenge}=${challenge.challengeToken}; ` +
                `${cookieNames.browser}=${fixture.browserId}`,
            },
          };
        },
      }),
    );
    trivialRates.push(
      await measureRate({
        url: server.url,
        connections: options.connections,
        amount: challenges.length,
        next: () => ({ body: trivialBody, headers: sessionHeader }),
      }),
    );
  }

  return goalLine(
    "P2",
    "verifyMfa (TOTP) ÷ trivial authenticated mutation",
    verifyRates.map((rate, index) => rate / (trivialRates[index] ?? Number.NaN)),
    { kind: "atLeast", value: 0.6 },
    `verifyMfa ${median(verifyRates).toFixed(0)}/s, updateNotificationPreferences ` +
      `${median(trivialRates).toFixed(0)}/s`,
  );
}
