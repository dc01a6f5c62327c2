import { describe, expect, it } from "vitest";
import { catalogueProcedure, catalogueSlugs } from "@/tests/factories/application-view";
import { ANCHOR_EVENTS, applicationClock, deadlineFacts } from "./clock";

const holidays = new Set(["2026-03-16", "2026-04-02", "2026-04-03"]);
const twenty = { resolution: { days: 20, unit: "business" as const, anchor: "complete_filing" as const } };
// Events are instants (UTC); 18:00 UTC is noon in Mexico City, so the local date is the same day.
const at = (date: string) => `${date}T18:00:00.000Z`;

describe("application clock", () => {
  it("does not start until the office receives the filing", () => {
    expect(
      applicationClock("submitted", [{ type: "submitted", at: at("2026-03-02") }], twenty, holidays, "2026-03-05"),
    ).toEqual({ state: "not-started", days: 20, unit: "business" });
  });
  it("counts 20 business days from reception, skipping weekends and holidays", () => {
    // Received Mon 2026-03-02. Business days from 03-03: March has 03-16 (holiday) off, so the 20th is Tue 03-31.
    const clock = applicationClock(
      "in_review",
      [{ type: "received", at: at("2026-03-02") }],
      twenty,
      holidays,
      "2026-03-10",
    );
    expect(clock).toMatchObject({ state: "counting", deadline: { due: "2026-03-31", state: "running" } });
  });
  it("pauses while requested documents are pending, then moves the due date", () => {
    const requested = [
      { type: "received", at: at("2026-03-02") },
      { type: "documents_requested", at: at("2026-03-09") },
    ];
    expect(applicationClock("documents_requested", requested, twenty, holidays, "2026-03-12")).toMatchObject({
      state: "counting",
      deadline: { state: "paused", due: null },
    });
    const answered = [...requested, { type: "documents_received", at: at("2026-03-13") }];
    const clock = applicationClock("in_review", answered, twenty, holidays, "2026-03-13");
    expect(clock.state).toBe("counting");
    // Paused Mon 03-09 to Fri 03-13 inclusive: 5 business days that do not count. Counted by hand: 03-03…03-06
    // (4), 03-17…03-20 (8), 03-23…03-27 (13), 03-30, 03-31, 04-01 (16), 04-02/03 holidays, 04-06…04-09 (20).
    if (clock.state === "counting") expect(clock.deadline.due).toBe("2026-04-09");
  });
  it("stops once resolved, and says so when a procedure has no deadline", () => {
    expect(applicationClock("approved", [{ type: "received", at: at("2026-03-02") }], twenty, holidays)).toEqual({
      state: "resolved",
    });
    expect(applicationClock("in_review", [], { resolution: null }, holidays)).toEqual({ state: "no-deadline" });
  });
});

describe("deadline facts stored for reports", () => {
  const received = { type: "received", at: at("2026-03-02") };
  it("records reception and the due date while the clock runs", () => {
    expect(
      deadlineFacts("in_review", [received, { type: "in_review", at: at("2026-03-03") }], twenty, holidays),
    ).toEqual({
      receivedAt: new Date(at("2026-03-02")),
      dueOn: "2026-03-31",
      resolvedAt: null,
      resolvedInTime: null,
    });
  });
  it("has no due date while a request for documents holds the clock", () => {
    expect(
      deadlineFacts(
        "documents_requested",
        [received, { type: "documents_requested", at: at("2026-03-09") }],
        twenty,
        holidays,
      ).dueOn,
    ).toBeNull();
  });
  it("counts a resolution on the due date as in time and the day after as late", () => {
    expect(
      deadlineFacts("approved", [received, { type: "approved", at: at("2026-03-31") }], twenty, holidays),
    ).toMatchObject({ dueOn: "2026-03-31", resolvedInTime: true });
    expect(
      deadlineFacts("denied", [received, { type: "denied", at: at("2026-04-01") }], twenty, holidays),
    ).toMatchObject({ dueOn: "2026-03-31", resolvedInTime: false, resolvedAt: new Date(at("2026-04-01")) });
  });
  it("moves the due date by the days a request for documents was pending", () => {
    // Paused Mon 03-09 … Fri 03-13 (5 business days), so the due date moves 5 business days: 03-31 → 04-09 (skipping the 04-02/03 holidays).
    const timeline = [
      received,
      { type: "documents_requested", at: at("2026-03-09") },
      { type: "documents_received", at: at("2026-03-13") },
      { type: "approved", at: at("2026-04-06") },
    ];
    expect(deadlineFacts("approved", timeline, twenty, holidays)).toMatchObject({
      dueOn: "2026-04-09",
      resolvedInTime: true,
    });
  });
  it("keeps the approval as the resolution once the document is issued; withdrawals have no 'in time'", () => {
    expect(
      deadlineFacts(
        "issued",
        [received, { type: "approved", at: at("2026-03-20") }, { type: "issued", at: at("2026-04-20") }],
        twenty,
        holidays,
      ),
    ).toMatchObject({ resolvedAt: new Date(at("2026-03-20")), resolvedInTime: true });
    expect(
      deadlineFacts("withdrawn", [received, { type: "withdrawn", at: at("2026-03-05") }], twenty, holidays),
    ).toMatchObject({ resolvedInTime: null, resolvedAt: new Date(at("2026-03-05")) });
  });
});

describe("what starts the clock comes from the catalogue", () => {
  it("starts every catalogue procedure's clock on an event the timeline records", () => {
    for (const slug of catalogueSlugs()) {
      const { resolution } = catalogueProcedure(slug).deadline;
      if (resolution) expect(ANCHOR_EVENTS[resolution.anchor], slug).toBeDefined();
    }
  });
  it("starts a complete-filing term on the office's reception, not on the online submission", () => {
    const timeline = [
      { type: "submitted", at: at("2026-02-23") },
      { type: "received", at: at("2026-03-02") },
    ];
    expect(applicationClock("received", timeline, twenty, holidays, "2026-03-03")).toMatchObject({
      deadline: { start: "2026-03-02", due: "2026-03-31" },
    });
  });
  it("refuses a term anchored on an event the portal never sees rather than guess its start", () => {
    const onEntry = { resolution: { days: 20, unit: "business" as const, anchor: "entry" as const } };
    expect(() =>
      applicationClock("in_review", [{ type: "received", at: at("2026-03-02") }], onEntry, holidays),
    ).toThrow(/entry/);
  });
});
