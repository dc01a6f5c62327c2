import { describe, expect, it } from "vitest";
import { catalogueInstitution, catalogueSlugs, makeApplicationView } from "@/tests/factories/application-view";
import { answerSections } from "./answers";
import { formLayoutOf, layOutSections } from "./form-layouts";

describe("formLayoutOf: the filled form's layout comes from the catalogue's official form", () => {
  it("chooses each layout from the procedure's first form that has one (hand-written table)", () => {
    const expected: Record<string, string> = {
      "renovacion-de-documento-migratorio": "stay",
      "permiso-para-trabajar": "stay",
      "visa-por-oferta-de-empleo": "visa-authorization",
      "visa-por-unidad-familiar": "visa-authorization",
      "visa-por-razones-humanitarias": "visa-authorization",
      "constancia-de-inscripcion-de-empleador": "employer-registration",
      "autorizacion-de-salida-de-menores": "minor-exit",
      // The border cards are asked for at the port of entry: no form of their own, printed as a stay form.
      "tarjeta-de-visitante-regional": "stay",
    };
    for (const [slug, layout] of Object.entries(expected))
      expect(formLayoutOf(makeApplicationView({ slug })), slug).toBe(layout);
  });
  it("follows the data, not the slug: the same procedure with a form of another layout is printed in that one", () => {
    const view = makeApplicationView({ slug: "renovacion-de-documento-migratorio" });
    const institution = catalogueInstitution();
    const forms = institution.rules!.forms.map((f) =>
      f.id === "formato-estancia" ? { ...f, layout: "minor-exit" as const } : f,
    );
    expect(formLayoutOf({ ...view, institution: { ...institution, rules: { ...institution.rules!, forms } } })).toBe(
      "minor-exit",
    );
  });
});

describe("layOutSections", () => {
  it("prints every answer of every procedure exactly once, whatever the layout", () => {
    for (const slug of catalogueSlugs()) {
      const view = makeApplicationView({ slug });
      const sections = answerSections(view.answers, view.form, view.procedure.fees, "es");
      const laidOut = layOutSections(formLayoutOf(view), sections);
      const fields = (rows: { field: string }[]) => rows.map((r) => r.field).sort();
      expect(fields(laidOut.flatMap((s) => s.rows)), slug).toEqual(fields(sections.flatMap((s) => s.rows)));
      expect(
        laidOut.every((s) => s.rows.length > 0),
        slug,
      ).toBe(true);
    }
  });
  it("puts the SAM's trip and its signers in sections of their own, the sponsor first on a visa form", () => {
    const sam = makeApplicationView({ slug: "autorizacion-de-salida-de-menores" });
    const samSections = layOutSections("minor-exit", answerSections(sam.answers, sam.form, sam.procedure.fees, "es"));
    expect(samSections.map((s) => [s.title, s.rows.map((r) => r.field)])).toEqual([
      [
        "pdf.layouts.child",
        ["givenNames", "firstSurname", "secondSurname", "sex", "birthDate", "birthCountry", "nationality", "curp"],
      ],
      [
        "pdf.layouts.childPassport",
        ["passportNumber", "passportCountry", "passportExpiry", "migrationDocument", "migrationDocumentNumber"],
      ],
      [
        "pdf.layouts.trip",
        ["destinationCountry", "departureDate", "expectedReturnDate", "travelsWith", "companionName"],
      ],
      [
        "pdf.layouts.authorizers",
        ["authorizedBy", "firstSignerName", "firstSignerDocument", "secondSignerName", "secondSignerDocument"],
      ],
      ["pdf.layouts.childAddress", ["state", "municipality", "postalCode", "neighborhood", "street", "email", "phone"]],
    ]);
    const visa = makeApplicationView({ slug: "visa-por-oferta-de-empleo" });
    const visaSections = layOutSections(
      "visa-authorization",
      answerSections(visa.answers, visa.form, visa.procedure.fees, "es"),
    );
    expect(visaSections.map((s) => s.title)).toEqual([
      "pdf.layouts.visaApplicant",
      "pdf.layouts.visaContact",
      "pdf.layouts.visaBeneficiary",
      "pdf.layouts.visaPassport",
      "pdf.layouts.visaRequested",
    ]);
    expect(visaSections[0]!.rows.map((r) => r.field)).toEqual(["employerName", "employerRegistration"]);
  });
});
