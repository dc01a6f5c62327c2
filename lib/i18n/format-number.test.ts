import { describe, expect, it } from "vitest";
import { formatMonth, formatNumber, formatPercent } from "./format-number";

describe("numbers as people read them", () => {
  it("groups thousands and keeps at most the decimals asked for", () => {
    expect(formatNumber(1234567, "es")).toBe("1,234,567");
    expect(formatNumber(12345.67, "en", 1)).toBe("12,345.7");
    expect(formatNumber(3, "es", 1)).toBe("3");
  });
  it("writes a percentage on the 0–100 scale with one decimal and a spaced sign, the same in both languages", () => {
    expect(formatPercent(87.5, "es")).toBe("87.5 %");
    expect(formatPercent(80, "en")).toBe("80 %");
    expect(formatPercent(0.875 * 100, "es")).toBe("87.5 %");
    expect(formatPercent(66.666, "es")).toBe("66.7 %");
    expect(formatPercent(66.666, "es", 0)).toBe("67 %");
  });
  it("names a month short or long in the person's language", () => {
    expect(formatMonth("2026-03", "es")).toBe("mar 2026");
    expect(formatMonth("2026-03", "en")).toBe("Mar 2026");
    expect(formatMonth("2026-03", "es", "long")).toBe("marzo de 2026");
    expect(formatMonth("2026-12", "en", "long")).toBe("December 2026");
  });
});
