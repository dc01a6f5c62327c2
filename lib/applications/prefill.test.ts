import { describe, expect, it } from "vitest";
import { catalogueProcedure } from "@/tests/factories/application-view";
import { stepStartValues } from "./answers";
import { procedureForm } from "./fields";
import { cleanPrefill, hasPrefill } from "./prefill";

const exchange = procedureForm(catalogueProcedure("expedicion-de-documento-migratorio-por-canje"));

describe("cleanPrefill", () => {
  it("keeps values the form asks and its fields accept, trimmed as the field stores them", () => {
    expect(
      cleanPrefill(
        { passport: { migrationDocument: " visitor " }, details: { route: "oferta-de-empleo" } },
        exchange,
        null,
      ),
    ).toEqual({ passport: { migrationDocument: "visitor" }, details: { route: "oferta-de-empleo" } });
  });

  it("drops an unknown option, a route the procedure does not offer, a field it does not ask and non-strings", () => {
    expect(
      cleanPrefill(
        {
          passport: { migrationDocument: "alien", passportNumber: 12345 },
          details: { route: "cuatro-anos", relationship: "spouse", currentCardExpiry: "2026-02-30" },
          personal: "Ana",
          review: { office: "cdmx" },
        },
        exchange,
        null,
      ),
    ).toEqual({});
  });

  it("never proposes which fee case applies, and reads nothing from a value that is not an object", () => {
    const student = catalogueProcedure("cambio-de-residente-temporal-estudiante-a-residente-temporal");
    expect(cleanPrefill({ details: { feeChoice: "0" } }, procedureForm(student), [0, 1])).toEqual({});
    expect(cleanPrefill(null, exchange, null)).toEqual({});
    expect(cleanPrefill([{ details: {} }], exchange, null)).toEqual({});
  });
});

describe("hasPrefill", () => {
  it("is false for no step or only empty steps", () => {
    expect(hasPrefill({})).toBe(false);
    expect(hasPrefill({ details: {} })).toBe(false);
    expect(hasPrefill({ details: { route: "otra" } })).toBe(true);
  });
});

describe("stepStartValues", () => {
  const prefill = { details: { route: "otra" } };

  it("starts an unsaved step with the prefill and says so", () => {
    expect(stepStartValues({}, prefill, "details")).toEqual({ values: { route: "otra" }, prefilled: true });
    expect(stepStartValues({}, prefill, "personal")).toEqual({ values: {}, prefilled: false });
  });

  it("shows only the saved answers once the step is saved, even a choice the person left empty", () => {
    expect(stepStartValues({ details: { currentCardExpiry: "2027-01-31" } }, prefill, "details")).toEqual({
      values: { currentCardExpiry: "2027-01-31" },
      prefilled: false,
    });
  });
});
