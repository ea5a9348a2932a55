import { randomBytes } from "node:crypto";
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

import { ConfigError } from "../config/config.js";
import { encryptionKeyLengthInBytes, parseEncryptionKeyRing } from "./encryption-key-ring.js";

export const localKeyFileName = "mfa-encryption-keys";

const ownerOnlyFileMode = 0o600;
const ownerOnlyDirectoryMode = 0o700;

/**
 * Local development only: production must supply MFA_ENCRYPTION_KEYS from a secrets manager.
 * Returns a key-ring string in the MFA_ENCRYPTION_KEYS format, creating a random key beside the
 * embedded database on first use so a fresh clone starts with nothing to configure. The key is
 * returned, never printed: whoever holds it can read every stored TOTP secret.
 */
export async function loadOrCreateLocalKeyRing(directoryPath: string): Promise<string> {
  const keyFilePath = path.join(directoryPath, localKeyFileName);
  await mkdir(directoryPath, { recursive: true, mode: ownerOnlyDirectoryMode });

  if (!(await fileExists(keyFilePath))) await createKeyFileOnce(keyFilePath);

  return readKeyFile(keyFilePath);
}

/**
 * Written under a temporary name and hard-linked into place: link() never overwrites, so when two
 * processes start together exactly one key wins and neither can read a half-written file.
 */
async function createKeyFileOnce(keyFilePath: string): Promise<void> {
  const keyRingText = `local1:${randomBytes(encryptionKeyLengthInBytes).toString("base64")}\n`;
  const temporaryPath = `${keyFilePath}.${randomBytes(8).toString("hex")}.tmp`;
  await writeFile(temporaryPath, keyRingText, { mode: ownerOnlyFileMode, flag: "wx" });

  try {
    await link(temporaryPath, keyFilePath);
  } catch (error) {
    if (!isErrorCode(error, "EEXIST")) throw error;
  } finally {
    await unlink(temporaryPath);
  }
}

async function readKeyFile(keyFilePath: string): Promise<string> {
  const { mode } = await stat(keyFilePath);
  if ((mode & 0o077) !== 0) await chmod(keyFilePath, ownerOnlyFileMode);

  const keyRingText = (await readFile(keyFilePath, "utf8")).trim();
  try {
    parseEncryptionKeyRing(keyRingText, localKeyFileName);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new ConfigError(
      `${error.message} Fix or delete ${keyFilePath}; deleting it makes every stored ` +
        "authenticator unreadable, so users would have to enrol again.",
    );
  }
  return keyRingText;
}

async function fileExists(filePath: string): Promise<boolean> {
  try {
    await stat(filePath);
    return true;
  } catch (error) {
    if (isErrorCode(error, "ENOENT")) return false;
    throw error;
  }
}

function isErrorCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}
