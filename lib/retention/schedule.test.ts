import { describe, expect, it } from "vitest";
import { DEFAULT_PURGE_INTERVAL_MINUTES, purgeIntervalMinutes } from "./schedule";

describe("purge timer interval", () => {
  it("defaults to an hour, takes a positive number of minutes, and 0 turns it off", () => {
    expect(purgeIntervalMinutes(undefined)).toBe(DEFAULT_PURGE_INTERVAL_MINUTES);
    expect(purgeIntervalMinutes("")).toBe(DEFAULT_PURGE_INTERVAL_MINUTES);
    expect(purgeIntervalMinutes("15")).toBe(15);
    expect(purgeIntervalMinutes("0")).toBeNull();
  });

  it("falls back to the default on nonsense instead of purging in a tight loop", () => {
    for (const raw of ["-5", "soon", "NaN", "Infinity"])
      expect(purgeIntervalMinutes(raw), raw).toBe(DEFAULT_PURGE_INTERVAL_MINUTES);
  });
});
