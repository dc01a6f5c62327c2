import { describe, expect, it } from "vitest";
import { getMessages } from "@/lib/i18n/messages";
import { PROCEDURE_PROBLEM_CODES, procedureProblems } from "./check-procedure";
import { loadCatalogue } from "./validate";

const catalogue = loadCatalogue();
const context = {
  sourceIds: new Set(catalogue.sources.map((s) => s.id)),
  categorySlugs: new Set(catalogue.categories.map((c) => c.slug)),
  rules: catalogue.institution.rules,
};

describe("cross-reference rules of a procedure", () => {
  it("every rule has a message for the editor in Spanish and English", () => {
    for (const locale of ["es", "en"] as const) {
      const errors = (getMessages(locale) as unknown as { catalogue: { errors: Record<string, string> } }).catalogue
        .errors;
      for (const code of PROCEDURE_PROBLEM_CODES) expect(errors[code], `${locale} ${code}`).toBeTruthy();
    }
  });

  it("refuses to drop a route the guide leads to, and accepts the procedure as it is", () => {
    const p = catalogue.procedures.find((candidate) => (candidate.routes ?? []).length > 1)!;
    const [kept, dropped] = p.routes!;
    const guideRoutes = new Set([kept!.id, dropped!.id]);
    expect(procedureProblems(p, { ...context, guideRoutes })).toEqual([]);
    const withoutOne = { ...p, routes: p.routes!.filter((r) => r.id !== dropped!.id) };
    // Conditions naming the dropped route are reported too; the guide's rule is the one this test is about.
    expect(procedureProblems(withoutOne, { ...context, guideRoutes })).toContainEqual({
      path: ["routes"],
      code: "routeInGuide",
      value: dropped!.id,
    });
  });
});
