import { describe, expect, it } from "vitest";
import { formsUsedBy } from "./institution";
import { abbreviationsOf, formatLegalRefs } from "./rules";

const stayForm = { id: "formato-estancia", name: { es: "Formato de estancia", en: "Stay form" }, sources: [] };
const entryForm = { id: "formato-internacion", name: { es: "Formato de internación", en: "Entry form" }, sources: [] };

describe("formsUsedBy", () => {
  it("lists the procedure's forms in the procedure's order, each with what to select in it", () => {
    const selection = { es: "Cambio de condición", en: "Change of status" };
    const used = formsUsedBy(
      { forms: [{ form: "formato-internacion" }, { form: "formato-estancia", selection }] },
      { rules: { forms: [stayForm, entryForm] } },
    );
    expect(used.map((u) => u.form.name.en)).toEqual(["Entry form", "Stay form"]);
    expect(used.map((u) => u.use.selection)).toEqual([undefined, selection]);
  });
  it("leaves out a form the institution does not list instead of showing it without a name", () => {
    const used = formsUsedBy(
      { forms: [{ form: "formato-retirado" }, { form: "formato-estancia" }] },
      { rules: { forms: [stayForm] } },
    );
    expect(used.map((u) => u.form.id)).toEqual(["formato-estancia"]);
  });
  it("shows no form when the institution has no rules loaded", () => {
    expect(formsUsedBy({ forms: [{ form: "formato-estancia" }] }, { rules: null })).toEqual([]);
  });
});

describe("abbreviationsOf", () => {
  it("cites a law by the institution's short name", () => {
    const abbreviations = abbreviationsOf({
      rules: {
        legalInstruments: [
          { id: "lfd", abbreviation: "LFD" },
          { id: "lm", abbreviation: "LM" },
        ],
      },
    });
    expect(
      formatLegalRefs(
        [
          { instrument: "lfd", article: "8" },
          { instrument: "lm", article: "52" },
        ],
        abbreviations,
      ),
    ).toBe("LFD art. 8; LM art. 52");
  });
  it("cites a law by its id when the institution lists no instruments", () => {
    expect(formatLegalRefs([{ instrument: "lfd", article: "8" }], abbreviationsOf({ rules: null }))).toBe("lfd art. 8");
  });
});
