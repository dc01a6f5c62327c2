import { describe, expect, it } from "vitest";
import { makeApplicationView } from "@/tests/factories/application-view";
import {
  inSentence,
  letterPlaceAndDate,
  needsResponsiva,
  notificationLetterParagraphs,
  requestDetails,
  requestLegalBasis,
  requestLetterParagraphs,
  requestLetterSigner,
  responsivaParagraphs,
} from "./letters";

const submittedAt = "2026-11-23T18:00:00.000Z";

describe("request letter", () => {
  it("identifies the applicant and asks for the procedure in formal Spanish", () => {
    const text = requestLetterParagraphs(
      makeApplicationView({ slug: "renovacion-de-documento-migratorio", submittedAt }),
    ).join("\n");
    expect(text).toContain(
      "José Ángel Muñoz Peña, nacional de Colombia, por mi propio derecho, con pasaporte número AV4821973",
    );
    expect(text).toContain("titular de tarjeta de residente temporal número TR0012345678");
    expect(text).toContain("Calle Córdoba 45, int. 3, Col. Roma Norte, C.P. 06700, Cuauhtémoc, Ciudad de México");
    expect(text).toContain("solicito atentamente el trámite «Renovación de documento migratorio» (clave INM820)");
    expect(text).toContain(
      "el caso que aplica es: Expedición del documento migratorio (tarjeta) — Residente temporal, 1 año.",
    );
    expect(text).toContain("bajo protesta de decir verdad");
    expect(letterPlaceAndDate(makeApplicationView({ submittedAt }))).toBe(
      "Cuauhtémoc, Ciudad de México, a 23 de noviembre de 2026.",
    );
  });
  it("states the data specific to each kind of procedure", () => {
    expect(requestDetails(makeApplicationView({ slug: "regularizacion-por-vinculo-familiar" }))).toBe(
      "Lo solicito por mi vínculo familiar con María Fernanda Núñez Ortiz (cónyuge), quien es persona mexicana, con documento número NUOM850312MDFXRR09.",
    );
    expect(
      requestDetails(
        makeApplicationView({
          slug: "permiso-de-salida-y-regreso",
          answers: { details: { departureDate: "2026-12-01", returnDate: "2026-12-20" } },
        }),
      ),
    ).toBe(
      "Tengo en curso el trámite migratorio número 26-3HJ7-X2QW-8 y necesito salir del país por el siguiente motivo: Visitar a mi padre, internado en un hospital de Medellín. Saldré el 1 de diciembre de 2026 y regresaré a más tardar el 20 de diciembre de 2026.",
    );
    expect(
      requestDetails(
        makeApplicationView({
          slug: "reposicion-de-documento-migratorio",
          answers: { details: { incidentDate: "2026-11-02" } },
        }),
      ),
    ).toBe("Solicito la reposición de mi documento migratorio por robo, ocurrida el 2 de noviembre de 2026.");
    expect(requestDetails(makeApplicationView({ slug: "permiso-para-trabajar" }))).toContain(
      "como Panadero con Panadería El Ñandú, S. de R.L. (constancia",
    );
  });
  it("for a child's exit authorisation, is asked and signed by the parent, not by the child", () => {
    const sam = makeApplicationView({ slug: "autorizacion-de-salida-de-menores", submittedAt });
    const text = requestLetterParagraphs(sam).join("\n");
    expect(text).toContain(
      "Lucía Peña Álvarez, con identificación oficial PASAPORTE AQ1234567, en ejercicio de la patria potestad o la tutela de José Ángel Muñoz Peña, nacional de Colombia, con pasaporte número AV4821973",
    );
    expect(text).not.toContain("por mi propio derecho");
    expect(text).toContain(
      "Solicito la autorización de salida del país de la persona menor de edad con destino a Colombia",
    );
    expect(requestLetterSigner(sam)).toBe("Lucía Peña Álvarez");
    expect(requestLetterSigner(makeApplicationView({ slug: "renovacion-de-documento-migratorio" }))).toBe(
      "José Ángel Muñoz Peña",
    );
  });

  it("cites the legal basis of the request, not the penalty for not filing it", () => {
    expect(requestLegalBasis(["Ley de Migración, art. 63", "Ley de Migración, art. 158 (sanción por no avisar)"])).toBe(
      "Ley de Migración, art. 63",
    );
    expect(requestLegalBasis([])).toBe("Ley de Migración y su Reglamento");
  });
});

describe("notice letter", () => {
  it("declares the change with its date and subject", () => {
    const letter = notificationLetterParagraphs(
      makeApplicationView({
        slug: "notificacion-cambio-de-domicilio",
        answers: { details: { changeDate: "2026-11-01" } },
      }),
    );
    expect(letter.declaration).toBe(
      "DECLARO BAJO PROTESTA DE DECIR VERDAD que el día 1 de noviembre de 2026 cambié de domicilio, conforme a los datos siguientes:",
    );
    expect(letter.intro).toContain("(fundamento legal: Ley de Migración, art. 63)");
    const civil = notificationLetterParagraphs(makeApplicationView({ slug: "notificacion-cambio-de-estado-civil" }));
    expect(civil.declaration).toContain("cambié de estado civil");
  });
});

describe("carta responsiva", () => {
  it("is needed for the humanitarian and family-unity visas only", () => {
    expect(needsResponsiva("visa-por-razones-humanitarias")).toBe(true);
    expect(needsResponsiva("visa-por-unidad-familiar")).toBe(true);
    expect(needsResponsiva("renovacion-de-documento-migratorio")).toBe(false);
  });
  it("fills the relative in Mexico for family unity and leaves blanks when the petitioner is unknown", () => {
    const family = responsivaParagraphs(makeApplicationView({ slug: "visa-por-unidad-familiar" }));
    expect(family.petitioner).toEqual({
      name: "María Fernanda Núñez Ortiz",
      nationality: "Mexicana",
      idDocument: "NUOM850312MDFXRR09",
      relationship: "Cónyuge",
    });
    expect(family.body).toContain(
      "conozco a José Ángel Muñoz Peña, nacional de Colombia, nacida(o) el 12 de abril de 1988",
    );
    const humanitarian = responsivaParagraphs(makeApplicationView({ slug: "visa-por-razones-humanitarias" }));
    expect(humanitarian.petitioner).toEqual({ name: null, nationality: null, idDocument: null, relationship: null });
    expect(humanitarian.reason).toBe(
      "Motivo de la solicitud de visa: Autorización de visa por razones humanitarias (salud).",
    );
  });
});

describe("inSentence", () => {
  it("lowercases an option label inside a sentence but keeps acronyms", () => {
    expect(inSentence("Cónyuge")).toBe("cónyuge");
    expect(inSentence("FMM")).toBe("FMM");
  });
});
