import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, matchTotp, totpCode, totpStep } from "./totp";

// RFC 6238 appendix B, SHA-1 key "12345678901234567890"; the RFC prints 8 digits, 6 are the last six.
const rfcKey = Buffer.from("12345678901234567890");
const vectors: [number, string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

describe("TOTP", () => {
  it("matches the RFC 6238 test vectors", () => {
    for (const [seconds, code] of vectors) expect(totpCode(rfcKey, totpStep(seconds * 1000), 8)).toBe(code);
  });
  it("round-trips base32 secrets and accepts a code 30 s early or late, not 60 s", () => {
    const secret = base32Encode(rfcKey);
    expect(secret).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(base32Decode(secret).equals(rfcKey)).toBe(true);
    const now = 1_800_000_000_000;
    const step = totpStep(now);
    expect(matchTotp(secret, totpCode(secret, step), now)).toBe(step);
    expect(matchTotp(secret, totpCode(secret, step - 1), now)).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, step + 1), now)).toBe(step + 1);
    expect(matchTotp(secret, totpCode(secret, step - 2), now)).toBeNull();
    expect(matchTotp(secret, "12345", now)).toBeNull();
    expect(matchTotp(secret, "abcdef", now)).toBeNull();
  });
});
