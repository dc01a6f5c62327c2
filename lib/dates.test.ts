import { describe, expect, it } from "vitest";
import { ageOn, localDateOf, localTimeIn } from "@/lib/dates";

describe("ageOn", () => {
  it("reaches the new age on the birthday itself, not the day after", () => {
    expect(ageOn("2008-05-10", "2026-05-09")).toBe(17);
    expect(ageOn("2008-05-10", "2026-05-10")).toBe(18);
    expect(ageOn("2008-05-10", "2026-12-31")).toBe(18);
  });
  it("counts a 29 February birthday from 1 March in common years", () => {
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
    expect(ageOn("2008-02-29", "2028-02-29")).toBe(20);
  });
  it("is zero for a baby and follows month boundaries", () => {
    expect(ageOn("2026-01-31", "2026-11-23")).toBe(0);
    expect(ageOn("1988-12-01", "2026-11-30")).toBe(37);
  });
});

describe("localDateOf", () => {
  it("uses the date in Mexico City, not UTC, for late-evening submissions", () => {
    expect(localDateOf("2026-11-24T03:30:00.000Z")).toBe("2026-11-23");
    expect(localDateOf("2026-11-24T07:00:00.000Z")).toBe("2026-11-24");
  });
});

describe("localTimeIn", () => {
  it("gives the instant a day starts where the authority is (UTC-6 in Mexico City since 2022)", () => {
    expect(localTimeIn("2026-03-10").toISOString()).toBe("2026-03-10T06:00:00.000Z");
    expect(localTimeIn("2026-03-12", 9).toISOString()).toBe("2026-03-12T15:00:00.000Z");
  });
  it("follows another zone's daylight saving on each side of the change", () => {
    // New York: UTC-5 in winter, UTC-4 from 8 March 2026.
    expect(localTimeIn("2026-03-07", 0, "America/New_York").toISOString()).toBe("2026-03-07T05:00:00.000Z");
    expect(localTimeIn("2026-03-09", 0, "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(localTimeIn("2026-07-01", 9, "America/Guatemala").toISOString()).toBe("2026-07-01T15:00:00.000Z");
  });
});
