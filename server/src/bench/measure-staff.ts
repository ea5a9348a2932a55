import type { BenchContext } from "./bench-context.js";
import { BenchBrowser } from "./graphql-client.js";
import { goalLine, type GoalLine } from "./goal-line.js";
import { signInMutation, staffQuery } from "./graphql-requests.js";
import { sampleLatencies } from "./measure.js";
import { median } from "./median.js";
import { staffPageSize } from "./seed-bench-data.js";

/**
 * P4: the Staff page as administrators use it (50 rows, filtered to people without MFA, with
 * the total), in a company of 1,000 and one of 100,000; the last page; and a surname search.
 */
export async function measureStaff(context: BenchContext): Promise<GoalLine[]> {
  const { options, fixture, server } = context;
  const small = await signedIn(server.url, fixture.smallAdminEmail, fixture.password);
  const large = await signedIn(server.url, fixture.largeAdminEmail, fixture.password);
  const withoutMfa = { mfaEnabled: false };
  const page = (browser: BenchBrowser, variables: Record<string, unknown>) => async () => {
    await browser.post(staffQuery, { first: staffPageSize, ...variables });
  };
  const samples = options.latencySamplesPerRound;
  const medians = { small: [], large: [], last: [], searchSmall: [], searchLarge: [] } as Record<
    "small" | "large" | "last" | "searchSmall" | "searchLarge",
    number[]
  >;

  for (let round = 0; round < options.rounds; round++) {
    medians.small.push(median(await sampleLatencies(samples, page(small, { filter: withoutMfa }))));
    medians.large.push(median(await sampleLatencies(samples, page(large, { filter: withoutMfa }))));
    medians.last.push(
      median(
        await sampleLatencies(
          samples,
          page(large, { filter: withoutMfa, after: fixture.largeLastPageCursor }),
        ),
      ),
    );
    const search = { filter: { search: fixture.searchTerm } };
    medians.searchSmall.push(median(await sampleLatencies(samples, page(small, search))));
    medians.searchLarge.push(median(await sampleLatencies(samples, page(large, search))));
  }

  const ms = (values: number[]) => `${median(values).toFixed(2)} ms`;
  const ratios = (top: number[], bottom: number[]) =>
    top.map((value, index) => value / (bottom[index] ?? Number.NaN));
  return [
    goalLine(
      "P4",
      "staff page at 100,000 ÷ at 1,000",
      ratios(medians.large, medians.small),
      { kind: "atMost", value: 1.5 },
      `first page ${ms(medians.large)} vs ${ms(medians.small)}`,
    ),
    goalLine(
      "P4",
      "last staff page ÷ first, at 100,000",
      ratios(medians.last, medians.large),
      { kind: "atMost", value: 1.5 },
      `last page ${ms(medians.last)} vs first ${ms(medians.large)}`,
    ),
    goalLine(
      "P4",
      "staff search at 100,000 ÷ at 1,000",
      ratios(medians.searchLarge, medians.searchSmall),
      { kind: "atMost", value: 2 },
      `search "${fixture.searchTerm}" ${ms(medians.searchLarge)} vs ${ms(medians.searchSmall)}`,
    ),
  ];
}

async function signedIn(url: string, email: string, password: string): Promise<BenchBrowser> {
  const browser = new BenchBrowser(url);
  await browser.post(signInMutation, { input: { email, password } });
  return browser;
}
