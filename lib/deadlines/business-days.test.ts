import { describe, expect, it } from "vitest";
import institution from "@/prisma/catalogue/institution.json";
import {
  addBusinessDays,
  businessDaysUntil,
  computeDeadline,
  holidaySet,
  isBusinessDay,
  type Pause,
} from "./business-days";

const HOLIDAYS = holidaySet(institution.holidays);

/** Ley de Migración: 20 business days from a complete filing on Monday 2026-02-09; due Monday 2026-03-09. */
function deadline(today: string, pauses: Pause[] = [], overrides: Partial<Parameters<typeof computeDeadline>[0]> = {}) {
  return computeDeadline({
    start: "2026-02-09",
    businessDays: 20,
    unit: "business",
    holidays: HOLIDAYS,
    pauses,
    today,
    ...overrides,
  });
}

describe("the holiday catalogue", () => {
  it("holds the official rest days these tests rely on", () => {
    for (const date of ["2026-03-16", "2026-04-02", "2026-04-03", "2026-12-25", "2027-01-01"]) {
      expect(HOLIDAYS.has(date), date).toBe(true);
    }
  });
});

describe("isBusinessDay", () => {
  it("is false on weekends and holidays, true on other weekdays", () => {
    expect(isBusinessDay("2026-02-13", HOLIDAYS)).toBe(true); // Friday
    expect(isBusinessDay("2026-02-14", HOLIDAYS)).toBe(false); // Saturday
    expect(isBusinessDay("2026-02-15", HOLIDAYS)).toBe(false); // Sunday
    expect(isBusinessDay("2026-03-16", HOLIDAYS)).toBe(false); // Benito Juárez, third Monday of March
    expect(isBusinessDay("2026-03-17", HOLIDAYS)).toBe(true);
  });
});

describe("addBusinessDays", () => {
  it("skips weekends", () => {
    expect(addBusinessDays("2026-02-09", 5, HOLIDAYS)).toBe("2026-02-16");
    expect(addBusinessDays("2026-02-09", 20, HOLIDAYS)).toBe("2026-03-09");
  });
  it("moves the due date one day later for a holiday in the middle (2026-03-16)", () => {
    // From Mon 03-02: 03-03..06 (4), 09..13 (9), 16 is a holiday, 17..20 (13), 23..27 (18), 30, 31 (20).
    expect(addBusinessDays("2026-03-02", 20, HOLIDAYS)).toBe("2026-03-31");
    expect(addBusinessDays("2026-03-02", 20, new Set())).toBe("2026-03-30");
  });
  it("skips Holy Thursday and Good Friday 2026-04-02/03", () => {
    // From Mon 03-23: 24..27 (4), 30, 31 (6), 04-01 (7), 02 and 03 holidays, weekend, 06 (8), 07 (9), 08 (10).
    expect(addBusinessDays("2026-03-23", 10, HOLIDAYS)).toBe("2026-04-08");
    expect(addBusinessDays("2026-03-23", 20, HOLIDAYS)).toBe("2026-04-22");
  });
  it("crosses the year boundary over Christmas and New Year's Day", () => {
    // From Fri 2026-12-18: 21..24 (4), 25 holiday, 28..31 (8), 2027-01-01 holiday, 04..08 (13), 11..15 (18), 18, 19 (20).
    expect(addBusinessDays("2026-12-18", 20, HOLIDAYS)).toBe("2027-01-19");
  });
  it("never counts the start day, whatever it is", () => {
    expect(addBusinessDays("2026-02-13", 1, HOLIDAYS)).toBe("2026-02-16"); // Friday → Monday
    expect(addBusinessDays("2026-02-14", 1, HOLIDAYS)).toBe("2026-02-16"); // Saturday → Monday
    expect(addBusinessDays("2026-03-16", 1, HOLIDAYS)).toBe("2026-03-17"); // holiday → next day
    expect(addBusinessDays("2026-04-03", 1, HOLIDAYS)).toBe("2026-04-06"); // Good Friday → Monday
  });
});

describe("computeDeadline", () => {
  it("runs with elapsed and remaining business days before the due date", () => {
    expect(deadline("2026-02-13")).toEqual({
      start: "2026-02-09",
      due: "2026-03-09",
      paused: false,
      businessDaysElapsed: 4,
      businessDaysLeft: 16,
      overdueBy: 0,
      state: "running",
    });
    expect(deadline("2026-02-09")).toMatchObject({ businessDaysElapsed: 0, businessDaysLeft: 20, state: "running" });
    expect(deadline("2026-03-06")).toMatchObject({ businessDaysLeft: 1, state: "running" });
  });

  it("says due-today on the due date, with nothing left and nothing overdue", () => {
    expect(deadline("2026-03-09")).toMatchObject({
      due: "2026-03-09",
      businessDaysElapsed: 20,
      businessDaysLeft: 0,
      overdueBy: 0,
      state: "due-today",
    });
  });

  it("counts only business days overdue", () => {
    // After Tue 03-10: 10..13 (4), 16 holiday, 17..20 (8), 23 (9) — 14 calendar days, 9 business days.
    expect(deadline("2026-03-23")).toMatchObject({
      due: "2026-03-09",
      businessDaysLeft: 0,
      overdueBy: 9,
      state: "overdue",
    });
    expect(deadline("2026-03-14")).toMatchObject({ overdueBy: 4, state: "overdue" }); // Saturday adds nothing
  });

  it("pushes the due date by the business days a closed pause covers", () => {
    // Pause Thu 02-19..Tue 02-24 covers 19, 20, 23, 24: four business days, so 03-09 + 4 = 03-13.
    const status = deadline("2026-03-02", [{ from: "2026-02-19", to: "2026-02-24" }]);
    expect(status.due).toBe(addBusinessDays("2026-03-09", 4, HOLIDAYS));
    expect(status).toMatchObject({
      due: "2026-03-13",
      paused: false,
      businessDaysElapsed: 11,
      businessDaysLeft: 9,
      state: "running",
    });
  });

  it("freezes the count and hides the due date while documents are awaited", () => {
    const pauses = [{ from: "2026-02-19", to: null }];
    const frozen = {
      due: null,
      paused: true,
      businessDaysElapsed: 7,
      businessDaysLeft: 13,
      overdueBy: 0,
      state: "paused",
    };
    expect(deadline("2026-02-19", pauses)).toMatchObject(frozen);
    expect(deadline("2026-03-20", pauses)).toMatchObject(frozen); // long after the original due date
  });

  it("resumes with the frozen remainder once the applicant answers", () => {
    // 13 days left after Fri 03-20: 23..27 (5), 30, 31 (7), 04-01 (8), Holy Week holidays, 06..10 (13).
    const status = deadline("2026-03-23", [{ from: "2026-02-19", to: "2026-03-20" }]);
    expect(status).toMatchObject({
      due: "2026-04-10",
      paused: false,
      businessDaysElapsed: 8,
      businessDaysLeft: 12,
      state: "running",
    });
  });

  it("does not pause yet for a request dated after today, but no longer promises a date", () => {
    expect(deadline("2026-02-16", [{ from: "2026-02-19", to: null }])).toMatchObject({
      due: null,
      paused: false,
      businessDaysElapsed: 5,
      businessDaysLeft: 15,
      state: "running",
    });
  });

  it("stays overdue when documents are requested after the deadline", () => {
    expect(deadline("2026-03-13", [{ from: "2026-03-11", to: null }])).toMatchObject({
      due: "2026-03-09",
      paused: true,
      overdueBy: 4,
      state: "overdue",
    });
  });

  it("counts overlapping, unsorted pauses once", () => {
    const overlapping = deadline("2026-03-02", [
      { from: "2026-02-23", to: "2026-02-25" },
      { from: "2026-02-19", to: "2026-02-24" },
    ]);
    const single = deadline("2026-03-02", [{ from: "2026-02-19", to: "2026-02-25" }]);
    expect(overlapping).toEqual(single);
    expect(overlapping.due).toBe("2026-03-17"); // 5 business days paused, 03-09 + 5 skips the 03-16 holiday
  });

  it("counts a pause that began before the filing only from the filing on", () => {
    // Only 02-10 and 02-11 are both after the start and inside the pause.
    expect(deadline("2026-02-12", [{ from: "2026-02-02", to: "2026-02-11" }])).toMatchObject({
      due: "2026-03-11",
      businessDaysElapsed: 1,
    });
  });

  it("counts calendar days for calendar deadlines, still skipping pauses", () => {
    const calendar = { start: "2026-03-10", businessDays: 10, unit: "calendar" } as const;
    // Weekends and the 03-16 holiday count.
    expect(deadline("2026-03-16", [], calendar)).toMatchObject({
      due: "2026-03-20",
      businessDaysElapsed: 6,
      businessDaysLeft: 4,
      state: "running",
    });
    expect(deadline("2026-03-16", [{ from: "2026-03-12", to: "2026-03-13" }], calendar)).toMatchObject({
      due: "2026-03-22",
    });
    expect(deadline("2026-03-23", [], calendar)).toMatchObject({ overdueBy: 3, state: "overdue" });
  });

  it("rejects invalid input with a clear error", () => {
    expect(() => deadline("2026-03-01", [], { start: "2026-02-30" })).toThrow(/start must be a real YYYY-MM-DD date/);
    expect(() => deadline("26-03-01")).toThrow(/today must be a real/);
    expect(() => deadline("2026-03-01", [], { businessDays: 0 })).toThrow(/greater than 0/);
    expect(() => deadline("2026-03-01", [], { businessDays: 2.5 })).toThrow(/whole number/);
    expect(() => deadline("2026-03-01", [{ from: "2026-02-20", to: "2026-02-19" }])).toThrow(
      /ends \(2026-02-19\) before it begins/,
    );
    expect(() => deadline("2026-03-01", [{ from: "2026-02-31", to: null }])).toThrow(/pauses\[0\]\.from/);
    expect(() => deadline("2026-03-01", [], { unit: "weeks" as "calendar" })).toThrow(/unit must be/);
    expect(() => addBusinessDays("2026-02-09", 0, HOLIDAYS)).toThrow(/greater than 0/);
    expect(() => isBusinessDay("2026-13-01", HOLIDAYS)).toThrow(/real YYYY-MM-DD/);
    expect(() => holidaySet([{ date: "2026-02-29" }])).toThrow(/holiday date/);
  });
});

describe("business days until a due date", () => {
  const holidays = new Set(["2026-12-25"]);
  it("counts days left, the due day included, skipping weekends and holidays", () => {
    // Tue 12-22 → Mon 12-28: Wed 23, Thu 24, (Fri 25 holiday), Mon 28.
    expect(businessDaysUntil("2026-12-22", "2026-12-28", holidays)).toBe(3);
    expect(businessDaysUntil("2026-12-28", "2026-12-28", holidays)).toBe(0);
  });
  it("is negative when overdue, across a year boundary", () => {
    // Due Thu 2026-12-31; today Mon 2027-01-04: Fri 01-01 is not in this set, so Fri 1 and Mon 4.
    expect(businessDaysUntil("2027-01-04", "2026-12-31", holidays)).toBe(-2);
  });
});
