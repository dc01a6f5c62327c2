import { describe, expect, it } from "vitest";
import { suppressSmallCounts } from "./public";
import type { StatisticsRow } from "./types";

const row = (overrides: Partial<StatisticsRow>): StatisticsRow => ({
  month: "2026-03",
  procedureSlug: "visa",
  officeSlug: null,
  stateCode: null,
  submitted: 0,
  received: 0,
  resolved: 0,
  approved: 0,
  denied: 0,
  withdrawn: 0,
  resolvedInTime: 0,
  medianDays: null,
  medianBusinessDays: null,
  ...overrides,
});

describe("small-count suppression", () => {
  it("marks every count under 5 as suppressed, keeps 5 and more exact", () => {
    const out = suppressSmallCounts(
      row({
        submitted: 4,
        received: 5,
        resolved: 12,
        approved: 9,
        denied: 3,
        withdrawn: 1,
        resolvedInTime: 10,
        medianDays: 14,
        medianBusinessDays: 10,
      }),
    );
    expect(out).toMatchObject({
      submitted: "suppressed",
      received: 5,
      resolved: 12,
      approved: 9,
      denied: "suppressed",
      withdrawn: "suppressed",
      resolvedInTime: 10,
    });
    expect(out.medianDays).toBe(14);
  });

  it("never writes a hidden count as 0: zero is fewer than 5 too", () => {
    expect(suppressSmallCounts(row({ submitted: 0, received: 7 })).submitted).toBe("suppressed");
  });

  it("hides the share in time when the number in time, or the number late, could be worked out from it", () => {
    expect(suppressSmallCounts(row({ resolved: 25, resolvedInTime: 20 })).resolvedInTimePct).toBe(80);
    expect(suppressSmallCounts(row({ resolved: 20, resolvedInTime: 16 })).resolvedInTimePct).toBe("suppressed");
    expect(suppressSmallCounts(row({ resolved: 20, resolvedInTime: 0 })).resolvedInTimePct).toBe(0);
    expect(suppressSmallCounts(row({ resolved: 20, resolvedInTime: 4 })).resolvedInTimePct).toBe("suppressed");
    expect(suppressSmallCounts(row({ resolved: 20, resolvedInTime: 18 })).resolvedInTimePct).toBe("suppressed");
    expect(suppressSmallCounts(row({ resolved: 20, resolvedInTime: 20 })).resolvedInTimePct).toBe(100);
    expect(suppressSmallCounts(row({ resolved: 3, resolvedInTime: 3 })).resolvedInTimePct).toBe("suppressed");
  });

  it("hides medians of fewer than 5 resolutions and says nothing when there were none", () => {
    expect(suppressSmallCounts(row({ resolved: 4, medianDays: 12 })).medianDays).toBe("suppressed");
    expect(suppressSmallCounts(row({ resolved: 0 })).medianDays).toBeNull();
    expect(suppressSmallCounts(row({ resolved: 0 })).resolvedInTimePct).toBeNull();
  });
});
