import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * TOTP secrets at rest (security review L2): AES-256-GCM under a key kept outside the database, so a
 * database dump or backup holds no usable second factor. Stored as `v1:<key id>:<iv>:<ciphertext>:<tag>`
 * (base64url), with the staff id as associated data so a ciphertext cannot be moved to another account.
 *
 * Keys: `TOTP_ENCRYPTION_KEY` = `<id>:<32 bytes as base64 or 64 hex>` encrypts and decrypts;
 * `TOTP_ENCRYPTION_KEYS_PREVIOUS` = comma-separated `<id>:<key>` still decrypt during a rotation
 * (README, "Rotating the TOTP key"; `npm run staff:reencrypt-totp` moves every secret to the current key).
 * Without a key, development and tests (NODE_ENV other than production) use a fixed development key;
 * a production server refuses to encrypt or decrypt, and `npm start` refuses to start.
 */
export type TotpKey = { id: string; key: Buffer };
type Env = { TOTP_ENCRYPTION_KEY?: string; TOTP_ENCRYPTION_KEYS_PREVIOUS?: string; NODE_ENV?: string };

const PREFIX = "v1";
const DEV_KEY: TotpKey = {
  id: "dev",
  key: createHash("sha256").update("ventanilla-development-totp-key (never for a real server)").digest(),
};

export class TotpKeyError extends Error {}

/** Parses `<id>:<key>` (the key as base64/base64url of 32 bytes, or 64 hex characters). */
export function parseTotpKey(spec: string): TotpKey {
  const match = /^([A-Za-z0-9_-]{1,16}):(.+)$/.exec(spec.trim());
  if (!match)
    throw new TotpKeyError(
      "TOTP key must look like <id>:<32 bytes in base64 or hex>, e.g. k1:$(openssl rand -base64 32)",
    );
  const raw = match[2]!;
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, "hex") : Buffer.from(raw, "base64");
  if (key.length !== 32) throw new TotpKeyError(`TOTP key "${match[1]}" must be 32 bytes (got ${key.length})`);
  return { id: match[1]!, key };
}

/** A new key specification for the environment (`k<date>:<base64>`). */
export function generateTotpKeySpec(id = `k${new Date().toISOString().slice(0, 10).replace(/-/g, "")}`): string {
  return `${id}:${randomBytes(32).toString("base64")}`;
}

/** Whether this environment may fall back to the development key. */
export function allowsDevelopmentKey(env: Env = process.env): boolean {
  return env.NODE_ENV !== "production";
}

/** The current key and the ones that may still decrypt. */
export function totpKeyring(env: Env = process.env): { current: TotpKey; all: TotpKey[] } {
  const spec = env.TOTP_ENCRYPTION_KEY?.trim();
  if (!spec) {
    if (!allowsDevelopmentKey(env))
      throw new TotpKeyError("TOTP_ENCRYPTION_KEY is not set: a production server needs it (README, Settings)");
    return { current: DEV_KEY, all: [DEV_KEY] };
  }
  const current = parseTotpKey(spec);
  const previous = (env.TOTP_ENCRYPTION_KEYS_PREVIOUS ?? "")
    .split(",")
    .filter((s) => s.trim())
    .map(parseTotpKey);
  return { current, all: [current, ...previous] };
}

const aad = (staffId: string) => Buffer.from(`staff-totp:${staffId}`);

export function encryptTotpSecret(secret: string, staffId: string, env: Env = process.env): string {
  const { current } = totpKeyring(env);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", current.key, iv);
  cipher.setAAD(aad(staffId));
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [
    PREFIX,
    current.id,
    iv.toString("base64url"),
    ciphertext.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
  ].join(":");
}

/**
 * The base32 secret. A value without the `v1:` prefix is a secret stored before encryption existed
 * (re-encrypted by `npm run staff:reencrypt-totp`). Throws on an unknown key id or a tampered value.
 */
export function decryptTotpSecret(stored: string, staffId: string, env: Env = process.env): string {
  if (!stored.startsWith(`${PREFIX}:`)) {
    if (/^[A-Z2-7]+=*$/.test(stored)) return stored;
    throw new TotpKeyError("Unreadable TOTP secret");
  }
  const [, id, iv, ciphertext, tag] = stored.split(":");
  const key = totpKeyring(env).all.find((k) => k.id === id);
  if (!key || !iv || !ciphertext || !tag)
    throw new TotpKeyError(
      `TOTP secret encrypted with key "${id}", which is not configured (TOTP_ENCRYPTION_KEYS_PREVIOUS?)`,
    );
  const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"));
  decipher.setAAD(aad(staffId));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/** Whether a stored secret is plaintext or under another key than the current one. */
export function needsReencryption(stored: string, env: Env = process.env): boolean {
  return !stored.startsWith(`${PREFIX}:${totpKeyring(env).current.id}:`);
}
