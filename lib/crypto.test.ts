import { describe, expect, it } from "vitest";
import { hashPassword, seal, tokenId, unseal, verifyPassword } from "@/lib/crypto";

describe("passwords", () => {
  it("are stored as argon2id with OWASP parameters and verify only the right password", async () => {
    const stored = await hashPassword("7KQ4M9PX3HRT");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, "7KQ4M9PX3HRT")).toBe(true);
    expect(await verifyPassword(stored, "7KQ4M9PX3HRS")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
  });
});

describe("sealing", () => {
  it("opens only with the token that sealed it", () => {
    const sealed = seal("token-a", "7KQ4-M9PX-3HRT");
    expect(unseal("token-a", sealed)).toBe("7KQ4-M9PX-3HRT");
    expect(unseal("token-b", sealed)).toBeNull();
    expect(unseal("token-a", Buffer.from("short"))).toBeNull();
  });
  it("stores token ids, not tokens", () => {
    expect(tokenId("abc")).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenId("abc")).not.toContain("abc");
  });
});
