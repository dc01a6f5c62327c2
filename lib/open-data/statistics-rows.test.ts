import { describe, expect, it } from "vitest";
import { suppressSmallCounts } from "@/lib/statistics/public";
import { toMonthlyDataRow } from "./statistics-rows";

describe("monthly statistics file rows", () => {
  it("writes a published row under the file's column names, suppressed figures as the marker", () => {
    const row = suppressSmallCounts({
      month: "2026-03",
      procedureSlug: "visa",
      officeSlug: "cdmx-centro",
      stateCode: "DF",
      submitted: 12,
      received: 9,
      resolved: 8,
      approved: 6,
      denied: 2,
      withdrawn: 1,
      resolvedInTime: 8,
      medianDays: 20.25,
      medianBusinessDays: 14,
    });
    expect(toMonthlyDataRow(row)).toEqual({
      month: "2026-03",
      procedure_slug: "visa",
      office_slug: "cdmx-centro",
      state_code: "DF",
      submitted: 12,
      received: 9,
      resolved: 8,
      approved: 6,
      denied: "suppressed",
      withdrawn: "suppressed",
      resolved_in_time: 8,
      resolved_in_time_pct: 100,
      median_days: 20.3,
      median_business_days: 14,
    });
  });
});
