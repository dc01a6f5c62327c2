import { describe, expect, it } from "vitest";
import { filtersFromQuery, handleFeedbackSchema, surveySchema } from "./schemas";

describe("surveySchema", () => {
  it("turns form strings into the stored answer", () => {
    expect(
      surveySchema.parse({
        satisfaction: "4",
        requirementsComplete: "no",
        askedExtra: "yes",
        extraDetail: "  una carta ",
        officeTime: "1_2h",
        comment: "",
      }),
    ).toEqual({
      satisfaction: 4,
      requirementsComplete: false,
      askedExtra: true,
      extraDetail: "una carta",
      officeTime: "1_2h",
      comment: undefined,
    });
  });

  it("names each missing or wrong answer with a message key", () => {
    const result = surveySchema.safeParse({ satisfaction: "0", officeTime: "forever", comment: "\u0007" });
    expect(result.success).toBe(false);
    const keys = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(keys).toEqual({
      satisfaction: "errors.choose",
      requirementsComplete: "errors.choose",
      askedExtra: "errors.choose",
      officeTime: "errors.choose",
      comment: "errors.invalidCharacters",
    });
  });
});

describe("handleFeedbackSchema", () => {
  it("asks the official to write what was done, and to keep it within the limit", () => {
    expect(
      handleFeedbackSchema.safeParse({ kind: "page", id: "3", version: "0", note: " " }).error?.issues[0]?.message,
    ).toBe("participation.staff.noteRequired");
    expect(
      handleFeedbackSchema.safeParse({ kind: "page", id: "3", version: "0", note: "x".repeat(1001) }).error?.issues[0]
        ?.message,
    ).toBe("participation.staff.noteTooLong");
  });
});

describe("filtersFromQuery", () => {
  it("keeps well-formed filters, maps the office slug to its id and drops the rest", () => {
    const offices = [{ id: 7, slug: "jalisco-guadalajara" }];
    expect(
      filtersFromQuery(
        { procedure: "visa-por-unidad-familiar", office: "jalisco-guadalajara", from: "2026-01", to: "2026-13" },
        offices,
      ),
    ).toEqual({
      procedureSlug: "visa-por-unidad-familiar",
      officeId: 7,
      from: "2026-01",
      to: undefined,
    });
    expect(
      filtersFromQuery({ procedure: "DROP TABLE", office: "nowhere", from: ["2026-01", "2026-02"] }, offices),
    ).toEqual({ procedureSlug: undefined, officeId: undefined, from: undefined, to: undefined });
  });
});
