import { describe, expect, it } from "vitest";
import { documentsDeliverBy, reminderDate, reminderInstant } from "./dates";

describe("documents deadline and reminder", () => {
  it("counts 10 business days from the day after the request, skipping weekends and holidays", () => {
    // Monday 2026-03-02; Monday 2026-03-16 is a holiday (Benito Juárez, third Monday of March).
    expect(documentsDeliverBy("2026-03-02", new Set())).toBe("2026-03-16");
    expect(documentsDeliverBy("2026-03-02", new Set(["2026-03-16"]))).toBe("2026-03-17");
  });

  it("reminds two business days before the date, over a weekend", () => {
    expect(reminderDate("2026-03-17", new Set(["2026-03-16"]))).toBe("2026-03-12");
    expect(reminderDate("2026-03-11", new Set())).toBe("2026-03-09");
  });

  it("sends the reminder at 09:00 in Mexico City", () => {
    expect(reminderInstant("2026-03-12").toISOString()).toBe("2026-03-12T15:00:00.000Z");
  });
});
