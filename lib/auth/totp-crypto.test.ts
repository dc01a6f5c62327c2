import { describe, expect, it } from "vitest";
import {
  decryptTotpSecret,
  encryptTotpSecret,
  generateTotpKeySpec,
  needsReencryption,
  parseTotpKey,
  totpKeyring,
} from "./totp-crypto";

const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const staff = "7f1c8a4e-0000-4000-8000-000000000001";

describe("TOTP secrets at rest (AES-256-GCM)", () => {
  it("round-trips under the configured key and keeps no plaintext", () => {
    const env = { TOTP_ENCRYPTION_KEY: generateTotpKeySpec("k1"), NODE_ENV: "production" };
    const stored = encryptTotpSecret(secret, staff, env);
    expect(stored).toMatch(/^v1:k1:[\w-]{16}:[\w-]+:[\w-]{22}$/);
    expect(stored).not.toContain(secret);
    expect(decryptTotpSecret(stored, staff, env)).toBe(secret);
    // A fresh IV each time.
    expect(encryptTotpSecret(secret, staff, env)).not.toBe(stored);
  });

  it("refuses a ciphertext moved to another account, a tampered one, or one under an unknown key", () => {
    const env = { TOTP_ENCRYPTION_KEY: generateTotpKeySpec("k1"), NODE_ENV: "production" };
    const stored = encryptTotpSecret(secret, staff, env);
    expect(() => decryptTotpSecret(stored, "7f1c8a4e-0000-4000-8000-000000000002", env)).toThrow();
    const parts = stored.split(":");
    parts[3] = (() => {
      const bytes = Buffer.from(parts[3]!, "base64url");
      bytes[0] = bytes[0]! ^ 1;
      return bytes.toString("base64url");
    })();
    expect(() => decryptTotpSecret(parts.join(":"), staff, env)).toThrow();
    expect(() =>
      decryptTotpSecret(stored, staff, { TOTP_ENCRYPTION_KEY: generateTotpKeySpec("k2"), NODE_ENV: "production" }),
    ).toThrow(/k1/);
  });

  it("rotates: the previous key still decrypts, new secrets use the current one, and stale ones are flagged", () => {
    const old = generateTotpKeySpec("k1");
    const stored = encryptTotpSecret(secret, staff, { TOTP_ENCRYPTION_KEY: old, NODE_ENV: "production" });
    const rotated = {
      TOTP_ENCRYPTION_KEY: generateTotpKeySpec("k2"),
      TOTP_ENCRYPTION_KEYS_PREVIOUS: old,
      NODE_ENV: "production",
    };
    expect(decryptTotpSecret(stored, staff, rotated)).toBe(secret);
    expect(needsReencryption(stored, rotated)).toBe(true);
    const again = encryptTotpSecret(secret, staff, rotated);
    expect(again.startsWith("v1:k2:")).toBe(true);
    expect(needsReencryption(again, rotated)).toBe(false);
    // A secret stored before encryption existed is read, and flagged for re-encryption.
    expect(decryptTotpSecret(secret, staff, rotated)).toBe(secret);
    expect(needsReencryption(secret, rotated)).toBe(true);
  });

  it("has no key on a production server unless one is configured; development and tests get a fixed one", () => {
    expect(() => totpKeyring({ NODE_ENV: "production" })).toThrow(/TOTP_ENCRYPTION_KEY/);
    expect(totpKeyring({ NODE_ENV: "test" }).current.id).toBe("dev");
    expect(() => parseTotpKey("k1:c2hvcnQ=")).toThrow(/32 bytes/);
    expect(parseTotpKey(`k9:${"ab".repeat(32)}`).key).toHaveLength(32);
  });
});
