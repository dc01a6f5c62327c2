import { describe, expect, it } from "vitest";
import { catalogueProcedure } from "@/tests/factories/application-view";
import { makeProcedure } from "@/tests/factories/procedure";
import { buildFieldDefs, displayValue } from "./field-defs";
import { FORM_STEPS } from "./fields";

const SLUGS = [
  "visa-por-oferta-de-empleo",
  "visa-por-unidad-familiar",
  "visa-por-razones-humanitarias",
  "permiso-de-salida-y-regreso",
  "permiso-para-trabajar",
  "notificacion-cambio-de-domicilio",
  "renovacion-de-documento-migratorio",
  "reposicion-de-documento-migratorio",
  "regularizacion-por-documento-vencido",
  "cambio-de-residente-temporal-a-permanente",
  "tarjeta-de-visitante-regional",
  "constancia-de-inscripcion-de-empleador",
];

describe("field definitions", () => {
  it("give every field of every procedure a translated label, in both languages", () => {
    for (const slug of SLUGS) {
      const procedure = catalogueProcedure(slug);
      for (const locale of ["es", "en"] as const) {
        for (const step of FORM_STEPS) {
          for (const def of buildFieldDefs(step, procedure, locale)) {
            expect(def.label, `${slug} ${step} ${def.name}`).not.toBe(def.name);
            for (const option of def.options ?? []) expect(option.label, `${def.name}=${option.value}`).not.toBe("");
          }
        }
      }
    }
  });
  it("ask a procedure added as data the questions its catalogue entry names, whatever its slug", () => {
    const added = makeProcedure({
      slug: "aviso-de-cambio-de-empleador",
      requestForm: { kind: "notification", subject: "workplace" },
    });
    expect(buildFieldDefs("details", added, "es").map((d) => d.label)).toEqual([
      "Lugar de trabajo anterior",
      "Lugar de trabajo nuevo",
      "Fecha del cambio",
    ]);
    expect(() => buildFieldDefs("details", makeProcedure({ requestForm: { kind: "visa-de-turista" } }), "es")).toThrow(
      /no valid requestForm/,
    );
    expect(() => buildFieldDefs("details", makeProcedure({ requestForm: {} }), "es")).toThrow(/no valid requestForm/);
  });
  it("label notification fields by what changes", () => {
    const defs = buildFieldDefs("details", catalogueProcedure("notificacion-cambio-de-domicilio"), "en");
    expect(defs.map((d) => d.label)).toEqual(["Previous address", "New address", "Date of the change"]);
  });
  it("write answers the way people read them", () => {
    const [, , , , birthDate, birthCountry] = buildFieldDefs("personal", makeProcedure(), "es");
    expect(displayValue(birthDate!, "1990-05-17", "es")).toBe("17 de mayo de 1990");
    expect(displayValue(birthCountry!, "GT", "en")).toBe("Guatemala");
    expect(displayValue(birthCountry!, undefined, "en")).toBe("—");
  });
});
