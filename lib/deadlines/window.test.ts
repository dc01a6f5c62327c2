import { describe, expect, it } from "vitest";
import { checkAnswersWindow, checkApplicantWindow } from "./window";

const text = { es: "x", en: "x" };
const renewal = {
  days: 30,
  unit: "calendar" as const,
  anchor: "document_expiry" as const,
  direction: "before" as const,
  text,
};
const notice = {
  days: 90,
  unit: "calendar" as const,
  anchor: "change_of_circumstances" as const,
  direction: "after" as const,
  text,
};

describe("checkApplicantWindow", () => {
  it("opens a renewal 30 calendar days before expiry and closes it on the expiry day", () => {
    // card expires 2026-12-31: the window opens 2026-12-01
    expect(checkApplicantWindow(renewal, "2026-12-31", "2026-11-30")).toEqual({
      state: "too-early",
      opens: "2026-12-01",
      closes: "2026-12-31",
    });
    expect(checkApplicantWindow(renewal, "2026-12-31", "2026-12-01")?.state).toBe("open");
    expect(checkApplicantWindow(renewal, "2026-12-31", "2026-12-31")?.state).toBe("open");
    expect(checkApplicantWindow(renewal, "2026-12-31", "2027-01-01")?.state).toBe("late");
  });

  it("gives a notice 90 calendar days after the change", () => {
    // change on 2026-09-01 + 90 days = 2026-11-30
    expect(checkApplicantWindow(notice, "2026-09-01", "2026-11-30")).toEqual({
      state: "open",
      opens: "2026-09-01",
      closes: "2026-11-30",
    });
    expect(checkApplicantWindow(notice, "2026-09-01", "2026-12-01")?.state).toBe("late");
  });

  it("does not guess business-day windows, and reads the date from the answer that holds the anchor", () => {
    expect(checkApplicantWindow({ ...notice, unit: "business" }, "2026-09-01", "2026-09-02")).toBeNull();
    expect(checkAnswersWindow(renewal, { currentCardExpiry: "2027-06-30" }, "2026-12-02")?.state).toBe("too-early");
    expect(checkAnswersWindow(renewal, {}, "2026-12-02")).toBeNull();
  });
});
