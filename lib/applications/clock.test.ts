import { describe, expect, it } from "vitest";
import { applicationClock } from "./clock";

const holidays = new Set(["2026-03-16", "2026-04-02", "2026-04-03"]);
const twenty = { resolution: { days: 20, unit: "business" as const } };
// Events are instants (UTC); 18:00 UTC is noon in Mexico City, so the local date is the same day.
const at = (date: string) => `${date}T18:00:00.000Z`;

describe("application clock", () => {
  it("does not start until the office receives the filing", () => {
    expect(applicationClock("submitted", [{ type: "submitted", at: at("2026-03-02") }], twenty, holidays, "2026-03-05")).toEqual({ state: "not-started", days: 20, unit: "business" });
  });
  it("counts 20 business days from reception, skipping weekends and holidays", () => {
    // Received Mon 2026-03-02. Business days from 03-03: March has 03-16 (holiday) off, so the 20th is Tue 03-31.
    const clock = applicationClock("in_review", [{ type: "received", at: at("2026-03-02") }], twenty, holidays, "2026-03-10");
    expect(clock).toMatchObject({ state: "counting", deadline: { due: "2026-03-31", state: "running" } });
  });
  it("pauses while requested documents are pending, then moves the due date", () => {
    const requested = [
      { type: "received", at: at("2026-03-02") },
      { type: "documents_requested", at: at("2026-03-09") },
    ];
    expect(applicationClock("documents_requested", requested, twenty, holidays, "2026-03-12")).toMatchObject({ state: "counting", deadline: { state: "paused", due: null } });
    const answered = [...requested, { type: "documents_received", at: at("2026-03-13") }];
    const clock = applicationClock("in_review", answered, twenty, holidays, "2026-03-13");
    expect(clock.state).toBe("counting");
    if (clock.state === "counting") expect(clock.deadline.due! > "2026-03-31").toBe(true);
  });
  it("stops once resolved, and says so when a procedure has no deadline", () => {
    expect(applicationClock("approved", [{ type: "received", at: at("2026-03-02") }], twenty, holidays)).toEqual({ state: "resolved" });
    expect(applicationClock("in_review", [], { resolution: null }, holidays)).toEqual({ state: "no-deadline" });
  });
});
