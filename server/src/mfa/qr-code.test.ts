import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it, vi } from "vitest";

import { buildOtpauthUri } from "./otpauth-uri.js";
import { renderQrCodeDataUrl } from "./qr-code.js";
import { generateTotpSecret } from "./totp.js";

const pngDataUrlPrefix = "data:image/png;base64,";

let temporaryDirectory: string | undefined;

afterEach(async () => {
  vi.restoreAllMocks();
  if (temporaryDirectory !== undefined) await rm(temporaryDirectory, { recursive: true });
  temporaryDirectory = undefined;
});

async function decodeWithZbar(dataUrl: string): Promise<string> {
  temporaryDirectory = await mkdtemp(path.join(tmpdir(), "mfa-qr-"));
  const pngPath = path.join(temporaryDirectory, "enrolment.png");
  await writeFile(pngPath, Buffer.from(dataUrl.slice(pngDataUrlPrefix.length), "base64"));

  // stderr is piped away: zbarimg warns about a missing D-Bus on headless machines.
  const output = execFileSync("zbarimg", ["--quiet", "--raw", pngPath], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return output.replace(/\n$/, "");
}

describe("renderQrCodeDataUrl", () => {
  it("draws a PNG that a scanner decodes to exactly the otpauth URI", async () => {
    const uri = buildOtpauthUri({
      issuer: "R&D: Société Générale",
      accountName: "jürgen@exämple.com",
      secret: generateTotpSecret(),
    });

    const dataUrl = await renderQrCodeDataUrl(uri);

    expect(dataUrl.startsWith(pngDataUrlPrefix)).toBe(true);
    await expect(decodeWithZbar(dataUrl)).resolves.toBe(uri);
  });

  /** Pins down the secret leaking to a third-party chart or QR service (ASVS 5.0 14.2.3). */
  it("renders without making any network request", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const uri = buildOtpauthUri({
      issuer: "3 Clicks Cloud",
      accountName: "alice@example.com",
      secret: generateTotpSecret(),
    });

    const dataUrl = await renderQrCodeDataUrl(uri);

    expect(dataUrl.length).toBeGreaterThan(pngDataUrlPrefix.length);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
