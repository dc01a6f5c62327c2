import { describe, expect, it } from "vitest";
import { FIELDS, procedureForm } from "@/lib/applications/fields";
import { catalogueProcedure, catalogueSlugs } from "@/tests/factories/application-view";
import { conditionFields, type Condition, type FactField } from "./conditions";
import { personFacts } from "./person-facts";

const FILING = "2026-11-20";

describe("personFacts", () => {
  it("reads the card a person holds as their current status, students and humanitarian visitors included", () => {
    const status = (migrationDocument: string) =>
      personFacts({ passport: { migrationDocument } }, FILING).currentStatus;
    expect(status("temporary-resident")).toBe("temporary_resident");
    expect(status("temporary-resident-student")).toBe("temporary_resident_student");
    expect(status("permanent-resident")).toBe("permanent_resident");
    expect(status("visitor")).toBe("visitor");
    expect(status("humanitarian-visitor")).toBe("humanitarian_visitor");
    expect(status("fmm")).toBe("visitor");
    // "none" could be abroad or irregular, "other" anything: the portal does not guess.
    expect(status("none")).toBeNull();
    expect(status("other")).toBeNull();
  });

  it("reads where the documents were issued", () => {
    expect(personFacts({ details: { documentIssued: "abroad" } }, FILING).documentIssued).toBe("abroad");
    expect(personFacts({ details: { documentIssued: "domestic" } }, FILING).documentIssued).toBe("domestic");
    expect(personFacts({ details: {} }, FILING).documentIssued).toBeNull();
    expect(personFacts({ details: { documentIssued: "mars" } }, FILING).documentIssued).toBeNull();
  });

  it("takes the route the person chose, and the status-change basis as a route", () => {
    expect(personFacts({ details: { route: "oferta-de-empleo" } }, FILING).route).toBe("oferta-de-empleo");
    expect(personFacts({ details: { statusChangeBasis: "pensioner" } }, FILING).route).toBe("pensionado");
    expect(personFacts({ details: { statusChangeBasis: "other" } }, FILING).route).toBeNull();
  });

  it("counts age in whole years on the filing date", () => {
    expect(personFacts({ personal: { birthDate: "2008-11-20" } }, FILING).age).toBe(18);
    expect(personFacts({ personal: { birthDate: "2008-11-21" } }, FILING).age).toBe(17);
  });
});

/**
 * Which facts each part of the request form gives, written by hand from the registry
 * (lib/applications/fields.ts) and personFacts: the personal and passport steps give age, nationality and
 * current status to every procedure; the details of some kinds give more; `facts` adds route and origin.
 */
const ALWAYS: FactField[] = ["age", "nationality", "currentStatus"];
const BY_KIND: Record<string, FactField[]> = {
  family: ["relationship", "sponsorStatus"],
  "status-change": ["route"],
  "work-permit": ["route"],
};

function conditionsOf(procedure: ReturnType<typeof catalogueProcedure>): Condition[] {
  return [
    ...procedure.requirements.map((r) => r.appliesWhen),
    ...procedure.fees.flatMap((f) => [f.appliesWhen, ...f.discounts.map((d) => d.appliesWhen)]),
  ].filter((c): c is Condition => Boolean(c));
}

function valuesOf(condition: Condition, field: FactField): string[] {
  if ("all" in condition) return condition.all.flatMap((c) => valuesOf(c, field));
  if ("any" in condition) return condition.any.flatMap((c) => valuesOf(c, field));
  if ("not" in condition) return valuesOf(condition.not, field);
  return condition.field === field && Array.isArray(condition.value) ? condition.value.map(String) : [];
}

describe("the form asks every fact the catalogue's conditions read, and no fact question they do not need", () => {
  for (const slug of catalogueSlugs()) {
    it(slug, () => {
      const procedure = catalogueProcedure(slug);
      const form = procedureForm(procedure);
      const read = new Set(conditionsOf(procedure).flatMap((c) => [...conditionFields(c)]));
      const given = new Set<FactField>([...ALWAYS, ...(BY_KIND[form.kind] ?? []), ...(form.facts ?? [])]);
      for (const fact of read)
        expect(given.has(fact), `${slug} reads "${fact}" but its form does not ask it`).toBe(true);
      for (const fact of form.facts ?? [])
        expect(read.has(fact), `${slug} asks "${fact}" but no condition reads it`).toBe(true);
      // Each route a condition names can be chosen (or comes from the status-change basis / the employer question).
      if (form.facts?.includes("route"))
        for (const c of conditionsOf(procedure))
          for (const route of valuesOf(c, "route")) expect(form.routes?.map((r) => r.id)).toContain(route);
    });
  }

  it("every current status a condition reads is one a card of the form gives", () => {
    const statuses = new Set(
      (FIELDS.migrationDocument.options as readonly string[]).map(
        (migrationDocument) => personFacts({ passport: { migrationDocument } }, FILING).currentStatus,
      ),
    );
    for (const slug of catalogueSlugs())
      for (const c of conditionsOf(catalogueProcedure(slug)))
        for (const status of valuesOf(c, "currentStatus"))
          expect(statuses.has(status as never), `${slug} reads currentStatus "${status}"`).toBe(true);
  });
});
