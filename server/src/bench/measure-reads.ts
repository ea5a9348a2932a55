import type { BenchContext } from "./bench-context.js";
import { BenchBrowser } from "./graphql-client.js";
import { goalLine, type GoalLine } from "./goal-line.js";
import {
  graphqlBody,
  securitySettingsQuery,
  signInMutation,
  typenameQuery,
  verifyMfaMutation,
} from "./graphql-requests.js";
import { measureRate } from "./measure.js";
import { median } from "./median.js";
import { computeTotp, timeStepAt } from "../mfa/totp.js";

/**
 * P3: what Settings > Security costs over the server's own per-request floor (a session and
 * `{ __typename }`), and that floor over graphql-js alone on node:http.
 */
export async function measureReads(context: BenchContext): Promise<GoalLine[]> {
  const { options, fixture, server } = context;
  const person = new BenchBrowser(server.url);
  await person.post(signInMutation, {
    input: { email: fixture.settingsPerson.email, password: fixture.password },
  });
  await person.post(verifyMfaMutation, {
    input: { code: computeTotp(fixture.settingsPerson.secret, timeStepAt(new Date())) },
  });
  const headers = { cookie: person.cookieHeader };
  const rate = (url: string, query: string, withSession: boolean) =>
    measureRate({
      url,
      connections: options.connections,
      durationInSeconds: options.roundSeconds,
      next: () => ({ body: graphqlBody(query), headers: withSession ? headers : {} }),
    });

  const settingsRates: number[] = [];
  const typenameRates: number[] = [];
  const bareRates: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    settingsRates.push(await rate(server.url, securitySettingsQuery, true));
    typenameRates.push(await rate(server.url, typenameQuery, true));
    bareRates.push(await rate(context.bareGraphql.url, typenameQuery, false));
  }

  return [
    goalLine(
      "P3",
      "securitySettings ÷ { __typename } with a session",
      settingsRates.map((value, index) => value / (typenameRates[index] ?? Number.NaN)),
      { kind: "atLeast", value: 0.7 },
      `securitySettings ${median(settingsRates).toFixed(0)}/s, { __typename } ` +
        `${median(typenameRates).toFixed(0)}/s`,
    ),
    goalLine(
      "P3",
      "{ __typename } with a session ÷ bare graphql-js",
      typenameRates.map((value, index) => value / (bareRates[index] ?? Number.NaN)),
      { kind: "atLeast", value: 0.35 },
      `{ __typename } ${median(typenameRates).toFixed(0)}/s, graphql-js on node:http ` +
        `${median(bareRates).toFixed(0)}/s`,
    ),
  ];
}
