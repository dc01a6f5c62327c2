import { describe, expect, it } from "vitest";
import { DEFAULT_SEND_INTERVAL_SECONDS, sendIntervalSeconds } from "./schedule";

describe("sender timer interval", () => {
  it("reads NOTIFICATIONS_INTERVAL_SECONDS: 0 turns the timer off, bad values fall back to the default", () => {
    expect(sendIntervalSeconds(undefined)).toBe(DEFAULT_SEND_INTERVAL_SECONDS);
    expect(sendIntervalSeconds("")).toBe(DEFAULT_SEND_INTERVAL_SECONDS);
    expect(sendIntervalSeconds("5")).toBe(5);
    expect(sendIntervalSeconds("0")).toBeNull();
    expect(sendIntervalSeconds("-3")).toBe(DEFAULT_SEND_INTERVAL_SECONDS);
    expect(sendIntervalSeconds("soon")).toBe(DEFAULT_SEND_INTERVAL_SECONDS);
  });
});
