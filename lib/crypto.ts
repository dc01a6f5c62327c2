import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

/** OWASP's first choice for argon2id: 19 MiB, 2 passes, 1 lane (~13 ms to hash here). */
const ARGON2_OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** Cookie tokens are stored as their sha256: a database leak does not hand out live sessions or drafts. */
export function tokenId(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function sealKey(token: string): Buffer {
  return Buffer.from(hkdfSync("sha256", token, "ventanilla-draft-seal", "password", 32));
}

/**
 * Encrypts a short secret with a key derived from the applicant's own cookie token (AES-256-GCM).
 * The server keeps only the sealed bytes and the token's hash, so it cannot read the secret alone.
 */
export function seal(token: string, secret: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealKey(token), iv);
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** Opens what `seal` produced with the same token; null when the token or the bytes are wrong. */
export function unseal(token: string, sealed: Uint8Array): string | null {
  try {
    const bytes = Buffer.from(sealed);
    const decipher = createDecipheriv("aes-256-gcm", sealKey(token), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
