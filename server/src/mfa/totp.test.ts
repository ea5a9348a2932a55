import { execFileSync } from "node:child_process";

import { generateSync, verifySync } from "otplib";
import { afterEach, describe, expect, it, vi } from "vitest";

import { totpPeriodInSeconds } from "@app/shared";

import { encodeBase32 } from "./base32.js";
import { computeHotp } from "./hotp.js";
import {
  computeTotp,
  generateTotpSecret,
  matchTotpCode,
  normalizeTotpCode,
  timeStepAt,
} from "./totp.js";

const rfc6238Seed = Buffer.from("12345678901234567890", "ascii");

/** RFC 6238 Appendix B (SHA-1 rows) and the 6-digit values derived from them. */
const appendixB: [number, string, string][] = [
  [59, "94287082", "287082"],
  [1111111109, "07081804", "081804"],
  [1111111111, "14050471", "050471"],
  [1234567890, "89005924", "005924"],
  [2000000000, "69279037", "279037"],
  [20000000000, "65353130", "353130"],
];

/** A fixed instant 15 s into its step, so neighbouring steps are unambiguous. */
const nowInSeconds = 1_750_000_005;
const currentStep = timeStepAt(nowInSeconds);

function codeAtOffset(secret: Uint8Array, stepOffset: number): string {
  return computeTotp(secret, currentStep + stepOffset);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("RFC 6238 test vectors", () => {
  it.each(appendixB)("gives the 8-digit Appendix B value at T=%i", (time, eightDigits) => {
    expect(computeHotp(rfc6238Seed, timeStepAt(time), 8)).toBe(eightDigits);
  });

  it.each(appendixB)(
    "gives the 6-digit value at T=%i, leading zeros kept",
    (time, _, sixDigits) => {
      expect(computeTotp(rfc6238Seed, timeStepAt(time))).toBe(sixDigits);
    },
  );

  it("matches the RFC code 005924 only as a six-character string", () => {
    expect(matchTotpCode(rfc6238Seed, "005924", 1234567890, null)).toBe(timeStepAt(1234567890));
    expect(matchTotpCode(rfc6238Seed, "5924", 1234567890, null)).toBeNull();
    expect(matchTotpCode(rfc6238Seed, 5924 as unknown as string, 1234567890, null)).toBeNull();
  });

  /** Pins down a 32-bit overflow of the step counter (RFC 6238 §4.2). */
  it("verifies at T=20000000000, past 2^32 seconds", () => {
    expect(matchTotpCode(rfc6238Seed, "353130", 20000000000, null)).toBe(666666666);
  });
});

describe("timeStepAt", () => {
  it.each([
    [0, 0],
    [29.999, 0],
    [30, 1],
    [59.999, 1],
    [60, 2],
  ])("puts %f seconds into step %i", (epochInSeconds, step) => {
    expect(timeStepAt(epochInSeconds)).toBe(step);
  });

  it("reads a Date the same way as its epoch seconds", () => {
    expect(timeStepAt(new Date(59_999))).toBe(1);
    expect(timeStepAt(new Date(nowInSeconds * 1000))).toBe(timeStepAt(nowInSeconds));
  });

  it("refuses an invalid Date or a negative time instead of inventing a step", () => {
    expect(() => timeStepAt(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => timeStepAt(-1)).toThrow(RangeError);
  });
});

describe("generateTotpSecret", () => {
  /** Pins down a weak or repeating secret source (RFC 4226 §4 R6, NIST SP 800-63B §5.1.4.1). */
  it("returns 1,000 distinct 20-byte secrets without touching Math.random", () => {
    const mathRandom = vi.spyOn(Math, "random");

    const secrets = Array.from({ length: 1000 }, () => generateTotpSecret());

    expect(secrets.every((secret) => secret.length === 20)).toBe(true);
    expect(new Set(secrets.map((secret) => secret.toString("hex"))).size).toBe(1000);
    expect(mathRandom).not.toHaveBeenCalled();
  });
});

describe("matchTotpCode window", () => {
  /** Pins down the RFC 6238 §5.2 tolerance: one step of drift, no more. */
  it.each([
    [-2, false],
    [-1, true],
    [0, true],
    [1, true],
    [2, false],
  ])("at step offset %i accepts the code: %s", (stepOffset, isAccepted) => {
    const secret = generateTotpSecret();

    const matchedStep = matchTotpCode(secret, codeAtOffset(secret, stepOffset), nowInSeconds, null);

    expect(matchedStep).toBe(isAccepted ? currentStep + stepOffset : null);
  });

  it.each([
    [29.999, 1, true],
    [29.999, 2, false],
    [30, 0, true],
    [30, 3, false],
    [59.999, 0, true],
    [60, 0, false],
  ])("at %f s, the code of step %i is accepted: %s", (epochInSeconds, step, isAccepted) => {
    const secret = generateTotpSecret();

    const matchedStep = matchTotpCode(secret, computeTotp(secret, step), epochInSeconds, null);

    expect(matchedStep).toBe(isAccepted ? step : null);
  });

  it("refuses a code made with another secret", () => {
    const secret = generateTotpSecret();
    const otherSecret = generateTotpSecret();

    const code = codeAtOffset(otherSecret, 0);

    expect(codeAtOffset(secret, 0)).not.toBe(code);
    expect(matchTotpCode(secret, code, nowInSeconds, null)).toBeNull();
  });
});

describe("matchTotpCode replay ledger", () => {
  /** Pins down replay of an observed code within its window (RFC 6238 §5.2, CVE-2024-5658). */
  it("refuses the same code again once its step is recorded", () => {
    const secret = generateTotpSecret();
    const code = codeAtOffset(secret, 0);

    const firstStep = matchTotpCode(secret, code, nowInSeconds, null);
    const secondStep = matchTotpCode(secret, code, nowInSeconds, firstStep);

    expect(firstStep).toBe(currentStep);
    expect(secondStep).toBeNull();
  });

  /** Pins down a ledger keyed on the last code only: an older, still-valid code must die too. */
  it("refuses the previous step's code after the current step was accepted", () => {
    const secret = generateTotpSecret();

    const previousCode = codeAtOffset(secret, -1);

    expect(matchTotpCode(secret, previousCode, nowInSeconds, null)).toBe(currentStep - 1);
    expect(matchTotpCode(secret, previousCode, nowInSeconds, currentStep)).toBeNull();
  });

  it("still accepts the next step's code after the current step was accepted", () => {
    const secret = generateTotpSecret();

    const matchedStep = matchTotpCode(secret, codeAtOffset(secret, 1), nowInSeconds, currentStep);

    expect(matchedStep).toBe(currentStep + 1);
  });

  /** Pins down a corrupt ledger (NaN compares false) silently switching replay protection off. */
  it("throws rather than accept anything when the ledger value is not an integer", () => {
    const secret = generateTotpSecret();
    const code = codeAtOffset(secret, 0);

    expect(() => matchTotpCode(secret, code, nowInSeconds, Number.NaN)).toThrow(TypeError);
    expect(() => matchTotpCode(secret, code, nowInSeconds, "1" as unknown as number)).toThrow(
      TypeError,
    );
  });
});

describe("matchTotpCode input handling", () => {
  it("accepts the code with spaces inside and around it", () => {
    const secret = generateTotpSecret();
    const code = codeAtOffset(secret, 0);

    const spaced = ` ${code.slice(0, 3)} ${code.slice(3)} `;

    expect(matchTotpCode(secret, spaced, nowInSeconds, null)).toBe(currentStep);
    expect(matchTotpCode(secret, `${code}\t`, nowInSeconds, null)).toBe(currentStep);
  });

  it("accepts a code whose leading zeros are part of it", () => {
    const secret = findSecretWithLeadingZero();
    const code = codeAtOffset(secret, 0);

    expect(code.startsWith("0")).toBe(true);
    expect(matchTotpCode(secret, code, nowInSeconds, null)).toBe(currentStep);
    expect(matchTotpCode(secret, code.slice(1), nowInSeconds, null)).toBeNull();
  });

  /** Pins down a 500 from timingSafeEqual on unequal lengths, and loose parsing of codes. */
  it.each([
    ["5 digits", (code: string) => code.slice(0, 5)],
    ["7 digits", (code: string) => `${code}0`],
    ["a letter", (code: string) => `${code.slice(0, 5)}a`],
    ["a sign", (code: string) => `+${code.slice(1)}`],
    ["a decimal point", (code: string) => `${code.slice(0, 5)}.`],
    ["full-width digits", (code: string) => code.replace(/[0-9]/g, fullWidthDigit)],
    ["nothing", () => ""],
    ["only spaces", () => "      "],
    ["a huge padded string", (code: string) => `${" ".repeat(100_000)}${code}`],
  ])("refuses input with %s without throwing", (_, mutate) => {
    const secret = generateTotpSecret();
    const code = codeAtOffset(secret, 0);

    const mutated = mutate(code);

    expect(matchTotpCode(secret, code, nowInSeconds, null)).toBe(currentStep);
    expect(() => matchTotpCode(secret, mutated, nowInSeconds, null)).not.toThrow();
    expect(matchTotpCode(secret, mutated, nowInSeconds, null)).toBeNull();
  });

  it.each<unknown>([123456, null, undefined, ["123456"], { code: "123456" }])(
    "refuses the non-string %j without throwing",
    (value) => {
      const secret = generateTotpSecret();

      expect(normalizeTotpCode(value)).toBeNull();
      expect(matchTotpCode(secret, value as string, nowInSeconds, null)).toBeNull();
    },
  );
});

describe("interoperability", () => {
  /** Pins down drift from what real authenticator apps compute (Debian oathtool). */
  it("matches codes that oathtool computes for the same secret and time", () => {
    for (const epochInSeconds of [59, 1_111_111_109, nowInSeconds, 2_000_000_000]) {
      const secret = generateTotpSecret();

      const oathtoolCode = execFileSync(
        "oathtool",
        ["--totp", "-b", encodeBase32(secret), "--now", `@${epochInSeconds}`],
        { encoding: "utf8" },
      ).trim();

      expect(oathtoolCode).toMatch(/^[0-9]{6}$/);
      expect(matchTotpCode(secret, oathtoolCode, epochInSeconds, null)).toBe(
        timeStepAt(epochInSeconds),
      );
    }
  });

  it("computes the same codes as otplib, whose verifier accepts ours at the same instant", () => {
    for (let round = 0; round < 50; round += 1) {
      const secret = generateTotpSecret();
      const epochInSeconds = nowInSeconds + round * totpPeriodInSeconds;

      const ourCode = computeTotp(secret, timeStepAt(epochInSeconds));

      expect(generateSync({ secret, epoch: epochInSeconds })).toBe(ourCode);
      expect(verifySync({ secret, token: ourCode, epoch: epochInSeconds }).valid).toBe(true);
    }
  });
});

function fullWidthDigit(digit: string): string {
  return String.fromCharCode(0xff10 + Number(digit));
}

function findSecretWithLeadingZero(): Buffer {
  for (;;) {
    const secret = generateTotpSecret();
    if (codeAtOffset(secret, 0).startsWith("0")) return secret;
  }
}
