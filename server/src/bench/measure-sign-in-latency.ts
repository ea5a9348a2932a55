import { randomUUID } from "node:crypto";

import type { BenchContext } from "./bench-context.js";
import { BenchBrowser } from "./graphql-client.js";
import { goalLine, type GoalLine } from "./goal-line.js";
import { signInMutation, verifyMfaMutation } from "./graphql-requests.js";
import { sampleLatencies } from "./measure.js";
import { median } from "./median.js";
import { computeTotp, timeStepAt } from "../mfa/totp.js";

/**
 * P5 and P8, one request at a time. P5 times the whole sign-in a person waits for: password,
 * then a code from the app or a recovery code. P8 compares a sign-in with an unknown email to
 * one that succeeds, because a gap between them tells an attacker who has an account.
 */
export async function measureSignInLatency(context: BenchContext): Promise<GoalLine[]> {
  const { options, fixture, server } = context;
  const totpPeople = [...fixture.totpPeople];
  const recoveryCodes = [...fixture.recoveryCodes];
  const samples = options.latencySamplesPerRound;

  const totpSignIn = async () => {
    const person = totpPeople.shift();
    if (!person) throw new Error("The run ran out of people for TOTP sign-ins.");
    const browser = new BenchBrowser(server.url);
    await browser.post(signInMutation, {
      input: { email: person.email, password: fixture.password },
    });
    await browser.post(verifyMfaMutation, {
      input: { code: computeTotp(person.secret, timeStepAt(new Date())) },
    });
  };
  const recoverySignIn = async () => {
    const entry = recoveryCodes.shift();
    if (!entry) throw new Error("The run ran out of recovery codes.");
    const browser = new BenchBrowser(server.url);
    await browser.post(signInMutation, {
      input: { email: entry.email, password: fixture.password },
    });
    await browser.post(verifyMfaMutation, { input: { recoveryCode: entry.code } });
  };
  const knownSignIn = async () => {
    await new BenchBrowser(server.url).post(signInMutation, {
      input: { email: fixture.plainEmail, password: fixture.password },
    });
  };
  const unknownSignIn = async () => {
    const answer = await new BenchBrowser(server.url).send(signInMutation, {
      input: { email: `nobody-${randomUUID()}@people.bench.test`, password: fixture.password },
    });
    if (!answer.errors?.length) throw new Error("An unknown email must not sign in.");
  };

  const totp: number[] = [];
  const recovery: number[] = [];
  const known: number[] = [];
  const unknown: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    totp.push(median(await sampleLatencies(samples, totpSignIn)));
    recovery.push(median(await sampleLatencies(samples, recoverySignIn)));
    known.push(median(await sampleLatencies(samples, knownSignIn)));
    unknown.push(median(await sampleLatencies(samples, unknownSignIn)));
  }

  const ms = (values: number[]) => `${median(values).toFixed(1)} ms`;
  return [
    goalLine(
      "P5",
      "recovery-code sign-in ÷ TOTP sign-in",
      recovery.map((value, index) => value / (totp[index] ?? Number.NaN)),
      { kind: "atMost", value: 2 },
      `password + recovery code ${ms(recovery)}, password + TOTP ${ms(totp)}`,
    ),
    goalLine(
      "P8",
      "unknown-email ÷ known-email sign-in",
      unknown.map((value, index) => value / (known[index] ?? Number.NaN)),
      { kind: "between", low: 0.8, high: 1.25 },
      `unknown email ${ms(unknown)}, known email ${ms(known)}`,
    ),
  ];
}
