import { describe, expect, it } from "vitest";
import { documentPathInWords, problemLines } from "./path-words";

describe("a draft's problem paths in words", () => {
  it("names list entries by their position counted from one, and the language of a text", () => {
    expect(documentPathInWords("requirements.2.name.es", "es")).toBe("Requisito 3 › Nombre › español");
    expect(documentPathInWords("fees.0.discounts.1.percent", "en")).toBe("Fee 1 › Discount 2 › Percentage");
    expect(documentPathInWords("deadline.resolution.days", "es")).toBe("Plazo › Plazo para resolver › Días");
  });

  it("keeps a part it has no words for as written", () => {
    expect(documentPathInWords("codes.somethingNew", "en")).toBe("Official codes › somethingNew");
    expect(documentPathInWords("extras.4", "en")).toBe("extras 5");
  });

  it("falls back to a general message when a problem's key has no text", () => {
    expect(problemLines({ "title.en": "catalogue.errors.doesNotExist" }, "en")).toEqual([
      { path: "title.en", where: "Procedure name › English", message: "Check this entry." },
    ]);
  });
});
