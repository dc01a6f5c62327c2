import { describe, expect, it } from "vitest";
import { catalogueProcedure } from "@/tests/factories/application-view";
import { documentsDue, nextStepTerms } from "./status-deadlines";

// 2026 non-business days near the dates below: 16 Mar, Easter Thursday and Friday, 1 and 5 May.
const holidays = new Set(["2026-03-16", "2026-04-02", "2026-04-03", "2026-05-01", "2026-05-05"]);
// 18:00 UTC is noon in Mexico City, so the local date is the same day.
const at = (date: string) => `${date}T18:00:00.000Z`;
const received = { type: "received", at: at("2026-03-02") };
const renewal = catalogueProcedure("renovacion-de-documento-migratorio").deadline;
const visa = catalogueProcedure("visa-por-unidad-familiar").deadline;

describe("the applicant's deadline to deliver requested documents", () => {
  it("is 10 business days after the request, skipping a holiday", () => {
    // Requested Mon 03-09: 03-10…03-13 (4), 03-16 is a holiday, 03-17…03-20 (8), 03-23, 03-24 (10).
    expect(documentsDue(renewal, [received, { type: "documents_requested", at: at("2026-03-09") }], holidays)).toEqual({
      requestedOn: "2026-03-09",
      days: 10,
      unit: "business",
      due: "2026-03-24",
    });
  });
  it("skips Easter Thursday and Friday", () => {
    // Requested Thu 03-26: 03-27 (1), 03-30, 03-31, 04-01 (4), 04-02/03 holidays, 04-06…04-10 (9), 04-13 (10).
    expect(
      documentsDue(renewal, [received, { type: "documents_requested", at: at("2026-03-26") }], holidays)?.due,
    ).toBe("2026-04-13");
  });
  it("counts from the request's date in Mexico City, not in UTC", () => {
    // 04:00 UTC on the 10th is 22:00 on Mon 03-09 in Mexico City.
    expect(
      documentsDue(renewal, [received, { type: "documents_requested", at: "2026-03-10T04:00:00.000Z" }], holidays)
        ?.requestedOn,
    ).toBe("2026-03-09");
  });
  it("disappears once the documents are handed in, and comes back with a new request", () => {
    const answered = [
      received,
      { type: "documents_requested", at: at("2026-03-09") },
      { type: "documents_received", at: at("2026-03-12") },
    ];
    expect(documentsDue(renewal, answered, holidays)).toBeNull();
    expect(
      documentsDue(renewal, [...answered, { type: "documents_requested", at: at("2026-03-18") }], holidays)?.due,
    ).toBe("2026-04-01");
  });
  it("is absent before any request and for a procedure without such a term", () => {
    expect(documentsDue(renewal, [received], holidays)).toBeNull();
    expect(
      documentsDue({ more: [] }, [received, { type: "documents_requested", at: at("2026-03-09") }], holidays),
    ).toBeNull();
  });
});

describe("the step after the INM's approval of a visa", () => {
  it("names the applicant's time to go to the consulate and the consulate's term, in words before approval", () => {
    const terms = nextStepTerms(visa, "in_review", [received], holidays);
    expect(terms.map((t) => [t.rule.party, t.rule.authority ?? null, t.rule.days, t.rule.anchor, t.due])).toEqual([
      ["authority", "consulado", 10, "consulate_filing", null],
      ["applicant", null, 30, "authorisation_notified", null],
    ]);
  });
  it("dates the applicant's 30 business days from the approval, skipping 1 and 5 May", () => {
    // Approved Mon 04-20: 04-21…04-24 (4), 04-27…04-30 (8), 05-01 holiday, 05-04 (9), 05-05 holiday,
    // 05-06…05-08 (12), 05-11…05-15 (17), 05-18…05-22 (22), 05-25…05-29 (27), 06-01…06-03 (30).
    const terms = nextStepTerms(visa, "approved", [received, { type: "approved", at: at("2026-04-20") }], holidays);
    expect(terms.find((t) => t.rule.party === "applicant")).toMatchObject({
      startedOn: "2026-04-20",
      due: "2026-06-03",
    });
    // The consulate's term starts at the appointment, which the portal does not record.
    expect(terms.find((t) => t.rule.authority === "consulado")?.due).toBeNull();
  });
  it("has no next step after a denial, nor for a procedure with one authority", () => {
    expect(nextStepTerms(visa, "denied", [received, { type: "denied", at: at("2026-03-20") }], holidays)).toEqual([]);
    expect(
      nextStepTerms(renewal, "approved", [received, { type: "approved", at: at("2026-03-20") }], holidays),
    ).toEqual([]);
  });
});
