import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, CODE_LENGTH, generateShortCode, normalizeShortCode } from "./codes";

describe("short codes", () => {
  it("are 7 characters without look-alike letters", () => {
    for (let i = 0; i < 200; i += 1) {
      const code = generateShortCode();
      expect(code).toHaveLength(CODE_LENGTH);
      expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
    }
    expect(CODE_ALPHABET).not.toMatch(/[01ilo]/);
  });

  it("accept what people type from the poster: capitals, spaces and dashes", () => {
    expect(normalizeShortCode("K7M-4QXP")).toBe("k7m4qxp");
    expect(normalizeShortCode(" k7m 4qxp ")).toBe("k7m4qxp");
    expect(normalizeShortCode("K7M-4QXPZ")).toBeNull(); // 8 characters
  });

  it("reject anything that is not a code, so no other input reaches a redirect", () => {
    for (const raw of [
      "",
      "abc",
      "a".repeat(8),
      "https://evil.example",
      "//evil.example",
      "abc%2f..",
      "1234567",
      "aaaaaa0",
      null,
      7,
      ["abcdefg"],
    ]) {
      expect(normalizeShortCode(raw), String(raw)).toBeNull();
    }
    expect(normalizeShortCode(" Abc-Defg ")).toBe("abcdefg");
  });
});
