import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { ConfigError } from "../config/config.js";
import { parseEncryptionKeyRing } from "./encryption-key-ring.js";
import { loadOrCreateLocalKeyRing, localKeyFileName } from "./local-key-file.js";

let baseDirectory: string;

beforeEach(async () => {
  baseDirectory = await mkdtemp(path.join(tmpdir(), "mfa-key-file-"));
});

afterEach(async () => {
  await rm(baseDirectory, { recursive: true, force: true });
});

async function fileModeOf(filePath: string): Promise<number> {
  return (await stat(filePath)).mode & 0o777;
}

describe("loadOrCreateLocalKeyRing", () => {
  /** Pins down the local key being readable by other accounts on a shared machine. */
  it("creates the directory and an owner-only key file holding a valid key ring", async () => {
    const directoryPath = path.join(baseDirectory, "nested", ".data");

    const keyRingText = await loadOrCreateLocalKeyRing(directoryPath);

    const keyFilePath = path.join(directoryPath, localKeyFileName);
    expect(await fileModeOf(keyFilePath)).toBe(0o600);
    expect(parseEncryptionKeyRing(keyRingText).keys.size).toBe(1);
    expect((await readFile(keyFilePath, "utf8")).trim()).toBe(keyRingText);
  });

  it("returns the same key on every later start", async () => {
    const first = await loadOrCreateLocalKeyRing(baseDirectory);

    const second = await loadOrCreateLocalKeyRing(baseDirectory);

    expect(second).toBe(first);
  });

  /** Pins down two processes starting together each writing their own key. */
  it("agrees on one key when callers race to create it, leaving no temporary files", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () => loadOrCreateLocalKeyRing(baseDirectory)),
    );

    expect(new Set(results).size).toBe(1);
    expect(await readdir(baseDirectory)).toEqual([localKeyFileName]);
  });

  it("tightens an existing key file that others could read", async () => {
    const keyRingText = await loadOrCreateLocalKeyRing(baseDirectory);
    const keyFilePath = path.join(baseDirectory, localKeyFileName);
    await chmod(keyFilePath, 0o644);

    const reloaded = await loadOrCreateLocalKeyRing(baseDirectory);

    expect(reloaded).toBe(keyRingText);
    expect(await fileModeOf(keyFilePath)).toBe(0o600);
  });

  it("refuses a damaged key file, naming the file but never its content", async () => {
    const keyFilePath = path.join(baseDirectory, localKeyFileName);
    const damagedContent = "local1:c2hvcnQta2V5LW1hdGVyaWFs";
    await writeFile(keyFilePath, damagedContent, { mode: 0o600 });

    const loading = loadOrCreateLocalKeyRing(baseDirectory);

    await expect(loading).rejects.toBeInstanceOf(ConfigError);
    await expect(loading).rejects.toThrow(keyFilePath);
    await expect(loading).rejects.not.toThrow("c2hvcnQta2V5");
  });
});
