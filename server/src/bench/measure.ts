import autocannon from "autocannon";

export interface LoadRequest {
  body: string;
  headers?: Record<string, string>;
}

export interface RateOptions {
  url: string;
  connections: number;
  /** Either run for this long… */
  durationInSeconds?: number;
  /** …or send exactly this many requests, each built when it is sent. */
  amount?: number;
  next: () => LoadRequest;
}

const jsonHeaders = { "content-type": "application/json" };

/** Completed requests per second under a closed loop of `connections` clients (autocannon). */
export async function measureRate(options: RateOptions): Promise<number> {
  let failedAnswers = 0;
  let firstFailure = "";
  // autocannon ends a run, and stamps its duration, only on its one-second sampling tick, so a
  // fixed-amount run of 2.1 s reads as 3 s. The rate is timed here, from the first request sent
  // to the last answer received.
  let firstSentAt: number | undefined;
  let lastAnsweredAt = 0;
  let answered = 0;
  const result = await autocannon({
    url: `${options.url}/graphql`,
    connections: options.connections,
    // autocannon refuses a `duration` key that is present but undefined.
    ...(options.amount === undefined
      ? { duration: options.durationInSeconds }
      : { amount: options.amount }),
    requests: [
      {
        method: "POST",
        setupRequest: (request) => {
          firstSentAt ??= performance.now();
          const next = options.next();
          return { ...request, body: next.body, headers: { ...jsonHeaders, ...next.headers } };
        },
        // GraphQL reports failures inside a 200, so a rate of errors would pass for speed.
        onResponse: (_status, body) => {
          answered++;
          lastAnsweredAt = performance.now();
          if (!body.includes('"errors"')) return;
          failedAnswers++;
          firstFailure ||= body.slice(0, 300);
        },
      },
    ],
  });

  if (result.errors > 0 || result.non2xx > 0 || failedAnswers > 0) {
    throw new Error(
      `Load run failed: ${result.errors} connection errors, ${result.non2xx} non-2xx answers, ` +
        `${failedAnswers} GraphQL errors.${firstFailure ? ` First: ${firstFailure}` : ""}`,
    );
  }
  if (firstSentAt === undefined || answered === 0) throw new Error("The load run got no answer.");

  const elapsedInSeconds = (lastAnsweredAt - firstSentAt) / 1000;
  return answered / Math.max(elapsedInSeconds, 0.001);
}

/** One request at a time, timed end to end; answers the duration of each in milliseconds. */
export async function sampleLatencies(count: number, send: () => Promise<void>): Promise<number[]> {
  const durations: number[] = [];

  for (let index = 0; index < count; index++) {
    const startedAt = performance.now();
    await send();
    durations.push(performance.now() - startedAt);
  }
  return durations;
}
