/**
 * The four documents and the blank checklist, rendered for real procedures of the catalogue and
 * checked by their extracted text (pdftotext -layout), embedded fonts (pdffonts) and page size (pdfinfo).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  addressStepSchema,
  detailsStepSchema,
  passportStepSchema,
  personalStepSchema,
} from "@/lib/applications/fields";
import type { ApplicationView } from "@/lib/applications/types";
import { feeAlternatives } from "@/lib/fees/select";
import type { Locale } from "@/lib/i18n/config";
import {
  catalogueInstitution,
  catalogueProcedure,
  catalogueSlugs,
  makeApplicationView,
} from "@/tests/factories/application-view";
import { renderApplicationDocument, renderBlankChecklist } from "./render";
import { DOCUMENT_KINDS, type DocumentKind, type PageSize } from "./types";

const dir = mkdtempSync(path.join(os.tmpdir(), "ventanilla-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Rendered = { file: string; text: string };
let fileCount = 0;

function extract(bytes: Buffer): Rendered {
  const file = path.join(dir, `${++fileCount}.pdf`);
  writeFileSync(file, bytes);
  // Collapse the layout's columns and line breaks so sentences that wrap can be searched.
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  return { file, text };
}

const rendered = new Map<string, Promise<Rendered>>();
const views = new Map<string, ApplicationView>();

function view(slug: string, locale: Locale): ApplicationView {
  const key = `${slug}|${locale}`;
  if (!views.has(key)) views.set(key, makeApplicationView({ slug, locale }));
  return views.get(key)!;
}

/** Renders each (procedure, language, document, page size) once for all the tests that read it. */
function doc(slug: string, locale: Locale, kind: DocumentKind, size: PageSize = "A4"): Promise<Rendered> {
  const key = `${slug}|${locale}|${kind}|${size}`;
  if (!rendered.has(key)) rendered.set(key, renderApplicationDocument(kind, view(slug, locale), size).then(extract));
  return rendered.get(key)!;
}

const pdfinfo = (file: string) => execFileSync("pdfinfo", [file], { encoding: "utf8" });

const SLUGS = [
  "renovacion-de-documento-migratorio",
  "notificacion-cambio-de-domicilio",
  "regularizacion-por-vinculo-familiar",
  "visa-por-razones-humanitarias",
  "permiso-de-salida-y-regreso",
];

describe("every document of an application", () => {
  for (const slug of SLUGS) {
    for (const locale of ["es", "en"] as const) {
      it(`names the applicant with accents, the number and the procedure: ${slug} (${locale})`, async () => {
        const app = view(slug, locale);
        for (const kind of DOCUMENT_KINDS) {
          const { text } = await doc(slug, locale, kind);
          expect(text, kind).toContain("José Ángel Muñoz Peña");
          expect(text, kind).toContain(app.number);
          expect(text, kind).toContain(app.procedure.title.es);
          // English help lines only for people who used the portal in English.
          if (locale === "en") expect(text, kind).toMatch(/Application number|Request letter|Page 1 of/);
          else expect(text, kind).not.toMatch(/Application number|Request letter|Page 1 of/);
        }
        // Four documents, the first run loading fonts: on a shared 2-core machine this took 5–7 s.
      }, 30_000);
    }
  }

  it("renders for every procedure of the catalogue, whatever its questions", async () => {
    for (const slug of catalogueSlugs().filter((s) => !SLUGS.includes(s))) {
      for (const kind of DOCUMENT_KINDS) {
        const { text } = await doc(slug, "es", kind);
        expect(text, `${slug} ${kind}`).toContain("José Ángel Muñoz Peña");
      }
    }
  }, 60_000);

  it("embeds Noto Sans in every document", async () => {
    for (const kind of DOCUMENT_KINDS) {
      const fonts = execFileSync("pdffonts", [(await doc(SLUGS[0]!, "es", kind)).file], { encoding: "utf8" });
      const noto = fonts.split("\n").filter((line) => line.includes("NotoSans"));
      expect(noto.length, kind).toBeGreaterThan(0);
      for (const line of noto) expect(line.split(/\s+/).slice(-5)[0], line).toBe("yes");
    }
  });

  it("prints on A4 or US Letter as asked", async () => {
    for (const kind of DOCUMENT_KINDS) {
      expect(pdfinfo((await doc(SLUGS[0]!, "es", kind, "A4")).file)).toMatch(/Page size:\s+595\.28 x 841\.89 pts/);
      const letter = await doc(SLUGS[0]!, "es", kind, "LETTER");
      expect(pdfinfo(letter.file)).toMatch(/Page size:\s+612 x 792 pts/);
      expect(letter.text).toContain("José Ángel Muñoz Peña");
    }
  });

  it("keeps every letter when documents are rendered one after another (fontkit glyph cache)", async () => {
    for (const slug of SLUGS) {
      const { text } = await doc(slug, "es", "escritos");
      expect(text).toContain("Asunto:");
      expect(text).toContain("INSTITUTO NACIONAL DE MIGRACIÓN");
    }
    expect((await doc("renovacion-de-documento-migratorio", "es", "requisitos")).text).toContain(
      "el oficio de la estación migratoria",
    );
  });
});

describe("solicitud", () => {
  it("is titled after the official form the procedure uses (catalogue data)", async () => {
    const visa = (await doc("visa-por-unidad-familiar", "es", "solicitud")).text;
    expect(visa).toContain("Formato para solicitar autorización de visa");
    expect(visa).not.toContain("Formato para solicitar trámite migratorio de estancia");
  });
  it("fills the official form with readable answers, the status QR caption and the signature box", async () => {
    const { text } = await doc("renovacion-de-documento-migratorio", "es", "solicitud");
    for (const expected of [
      "Formato para solicitar trámite migratorio de estancia",
      "Clave gob.mx: INM820",
      "Consulte el estado de su trámite",
      "12 de abril de 1988",
      "Hombre",
      "Colombia",
      "Tarjeta de residente temporal",
      "Ciudad de México",
      "Expedición del documento migratorio (tarjeta) — Residente temporal, 1 año",
      "Firma de la persona solicitante o de quien ejerce la patria potestad",
      "Declaro bajo protesta de decir verdad",
      "Cuauhtémoc, Ciudad de México,",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/CURP .{0,40}—/);
    // The status address may wrap anywhere in its narrow column; what matters is that it is all there.
    expect(text.replace(/\s+/g, "")).toContain("http://localhost:3000/es/seguimiento");
  });
  it("labels a notice's data as previous and new address", async () => {
    const { text } = await doc("notificacion-cambio-de-domicilio", "es", "solicitud");
    expect(text).toContain("Domicilio anterior");
    expect(text).toContain("Domicilio nuevo");
  });
  it("adds English help under the Spanish labels for English readers", async () => {
    const { text } = await doc("renovacion-de-documento-migratorio", "en", "solicitud");
    expect(text).toContain("Nombre(s) / Given name(s)");
    expect(text).toContain("Check the status of your application");
  });
});

/** Fails unless every expected text appears, each after the one before it (the order a reader meets them). */
function expectInOrder(text: string, expected: string[]) {
  let from = 0;
  for (const part of expected) {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

describe("solicitud laid out after the official form it stands for (layout = catalogue data)", () => {
  it("stay-procedure form: the foreigner's data, passport, address, the procedure; the foreigner signs", async () => {
    const { text } = await doc("renovacion-de-documento-migratorio", "es", "solicitud");
    expectInOrder(text, [
      "Formato para solicitar trámite migratorio de estancia",
      "En «Formato para solicitar trámite migratorio de estancia», elija: Trámite: Expedición de documento migratorio · Especifique: por renovación (por verificar)",
      "1. Datos personales",
      "José Ángel",
      "2. Pasaporte y documento migratorio",
      "AV4821973",
      "3. Domicilio en México y contacto",
      "Calle Córdoba 45, int. 3",
      "4. Datos del trámite",
      "Fecha de vencimiento de su tarjeta actual",
      "Declaro bajo protesta de decir verdad que los datos asentados en esta solicitud son ciertos",
      "Firma de la persona solicitante o de quien ejerce la patria potestad",
      "José Ángel Muñoz Peña",
    ]);
  });

  it("visa-authorisation form: the relative in Mexico applies and signs, the foreigner is the beneficiary", async () => {
    const { text } = await doc("visa-por-unidad-familiar", "es", "solicitud");
    expectInOrder(text, [
      "Formato para solicitar autorización de visa",
      "Nombre de la persona extranjera beneficiaria José Ángel Muñoz Peña",
      "En «Formato para solicitar autorización de visa», elija: Autorización de visa por unidad familiar · Condición de estancia: la que corresponde al vínculo (residente temporal o residente permanente) (por verificar)",
      "1. Datos de quien solicita (empleador o familiar en México)",
      "María Fernanda Núñez Ortiz",
      "Cónyuge",
      "2. Domicilio en México y contacto de quien solicita",
      "Calle Córdoba 45, int. 3",
      "3. Persona extranjera beneficiaria",
      "José Ángel",
      "4. Pasaporte de la persona extranjera",
      "AV4821973",
      "Firma de quien solicita",
      "María Fernanda Núñez Ortiz",
    ]);
    expect(text).not.toContain("Datos personales");
    expect(text).not.toContain("Firma de la persona solicitante");
  });

  it("visa-authorisation form for a job offer: the employer applies and signs; the visa asked for comes last", async () => {
    const { text } = await doc("visa-por-oferta-de-empleo", "es", "solicitud");
    expectInOrder(text, [
      "1. Datos de quien solicita (empleador o familiar en México)",
      "Cafetería La Ñapa, S.A. de C.V.",
      "CIE-2026-004512",
      "3. Persona extranjera beneficiaria",
      "José Ángel",
      "5. Visa que se solicita",
      "Jefe de cocina",
      "Consulado General de México en Bogotá",
      "Firma de quien solicita",
      "Cafetería La Ñapa, S.A. de C.V.",
    ]);
  });

  it("employer registration: the company's data and address first, its legal representative signs", async () => {
    const { text } = await doc("constancia-de-inscripcion-de-empleador", "es", "solicitud");
    expectInOrder(text, [
      "Solicitud de constancia de inscripción de empleador (en línea)",
      "1. Datos del empleador (empresa o persona física)",
      "Cafetería La Ñapa, S.A. de C.V.",
      "LÑA260101AB1",
      "Preparación y venta de alimentos",
      "2. Domicilio y contacto del empleador",
      "Calle Córdoba 45, int. 3",
      "3. Representante legal",
      "José Ángel",
      "4. Identificación del representante legal",
      "Declaro bajo protesta de decir verdad que los datos del empleador asentados en esta solicitud son ciertos y que tengo facultades para representarlo.",
      "Firma del empleador o de su representante legal",
      "José Ángel Muñoz Peña",
    ]);
  });

  it("SAM: the child, the trip, who authorises with their IDs; both parents sign", async () => {
    const { text } = await doc("autorizacion-de-salida-de-menores", "es", "solicitud");
    expectInOrder(text, [
      "Formato de autorización de salida de niñas, niños y adolescentes (SAM)",
      "Nombre de la niña, niño o adolescente José Ángel Muñoz Peña",
      "1. Datos de la niña, niño o adolescente",
      "José Ángel",
      "2. Pasaporte y documento migratorio de la niña, niño o adolescente",
      "AV4821973",
      "3. Datos del viaje",
      "País de destino",
      "Colombia",
      "Con uno de los padres o con quien ejerce la patria potestad",
      "Lucía Peña Álvarez",
      "4. Quienes autorizan la salida",
      "Ambos padres (quienes ejercen la patria potestad)",
      "Lucía Peña Álvarez",
      "PASAPORTE AQ1234567",
      "Ramón Muñoz Ibáñez",
      "INE 1234567890123",
      "5. Domicilio en México y contacto",
      "Autorizamos la salida del país de la niña, niño o adolescente cuyos datos se indican",
      "Firma de la madre, el padre o el tutor",
      "Lucía Peña Álvarez",
      "Firma de la otra persona que ejerce la patria potestad",
      "Ramón Muñoz Ibáñez",
    ]);
    expect(text).not.toContain("Firma de la persona solicitante");
    expect(text).not.toContain("Fecha de vencimiento de su tarjeta actual");
  });

  it("SAM signed by a guardian: one signature line, the guardian's", async () => {
    const guardian = makeApplicationView({
      slug: "autorizacion-de-salida-de-menores",
      answers: {
        details: {
          authorizedBy: "guardian",
          firstSignerName: "Óscar Ybarra León",
          secondSignerName: undefined,
          secondSignerDocument: undefined,
        },
      },
    });
    const { text } = extract(await renderApplicationDocument("solicitud", guardian, "A4"));
    expectInOrder(text, ["La tutora o el tutor", "Firma de la madre, el padre o el tutor", "Óscar Ybarra León"]);
    expect(text).not.toContain("Firma de la otra persona que ejerce la patria potestad");
  });
});

describe("what to select in the official form, on the checklists", () => {
  it("the personal checklist names the selection of the person's case only", async () => {
    const { text } = await doc("renovacion-de-documento-migratorio", "es", "requisitos");
    expect(text).toContain(
      "En «Formato para solicitar trámite migratorio de estancia», elija: Trámite: Expedición de documento migratorio · Especifique: por renovación (por verificar)",
    );
  });
  it("the blank checklist lists every selection with its condition, in English for English readers", async () => {
    const { text } = extract(
      await renderBlankChecklist({
        procedure: catalogueProcedure("permiso-para-trabajar"),
        institution: catalogueInstitution(),
        locale: "en",
        pageSize: "A4",
      }),
    );
    expectInOrder(text, [
      "En «Formato para solicitar trámite migratorio de estancia», elija: ¿Qué desea hacer?: Obtener permiso para trabajar con empleador Solo si solicita por la vía «con un empleador». (por verificar)",
      "In «Application form for stay procedures (Formato para solicitar trámite migratorio de estancia)», select: What do you want to do?: Obtener permiso para trabajar con empleador (work permit with an employer) Only if you apply through «with an employer».",
      "En «Formato para solicitar trámite migratorio de estancia», elija: ¿Qué desea hacer?: Obtener permiso para trabajar · Especifique: actividades independientes Solo si solicita por la vía «actividades independientes». (por verificar)",
    ]);
  });
});

describe("hoja de pago", () => {
  it("shows the chosen fee, the reference and honest payment instructions", async () => {
    const { text } = await doc("renovacion-de-documento-migratorio", "es", "hoja-de-pago");
    expect(text).toContain("RF18VT267KQ4M9PX3");
    expect(text).toContain("Pago 1");
    expect(text).toMatch(/Residente temporal, 1 año \(por .*verificar\)/);
    expect(text).toContain("$11,141.00");
    expect(text).not.toContain("$16,693.00");
    expect(text).toContain("Total de los montos conocidos $11,141.00");
    expect(text).toContain("hoja de ayuda e5cinco");
    expect(text).toContain("no es una clave e5cinco");
    expect(text).toContain("Conserve el recibo original");
  });
  it("lists payments in order and never counts an unknown amount as zero", async () => {
    const { text } = await doc("regularizacion-por-vinculo-familiar", "es", "hoja-de-pago");
    expect(text.indexOf("Pago 1")).toBeLessThan(text.indexOf("Pago 2"));
    expect(text.indexOf("Pago 2")).toBeLessThan(text.indexOf("Pago 3"));
    expect(text).toContain("Monto por confirmar");
    expect(text).toContain("$11,141.00 más montos por confirmar");
    expect((await doc("permiso-de-salida-y-regreso", "es", "hoja-de-pago")).text).toContain("Monto por confirmar");
    const visa = (await doc("visa-por-razones-humanitarias", "es", "hoja-de-pago")).text;
    expect(visa).toContain("Sin costo");
    expect(visa).toContain("Monto por confirmar");
  });
  it("says plainly when the procedure is free", async () => {
    const { text } = await doc("notificacion-cambio-de-domicilio", "es", "hoja-de-pago");
    expect(text).toContain("Este trámite no tiene costo");
    expect(text).toContain("RF18VT267KQ4M9PX3");
    expect(text).not.toContain("Cómo pagar");
  });
});

describe("escritos", () => {
  it("writes the notice with the old and new address, the date and the documents to attach", async () => {
    const { text, file } = await doc("notificacion-cambio-de-domicilio", "es", "escritos");
    const details = view("notificacion-cambio-de-domicilio", "es").answers.details;
    expect(text).toContain("Escrito libre de solicitud");
    expect(text).toContain("Aviso de cambio de domicilio");
    expect(text).toContain("DECLARO BAJO PROTESTA DE DECIR VERDAD");
    expect(text).toContain(details.previousValue);
    expect(text).toContain(details.newValue);
    expect(text).toContain("Documentos que anexo");
    expect(text).toContain("Tarjeta de residente (Original y copia)");
    expect(pdfinfo(file)).toMatch(/Pages:\s+2/);
  });
  it("adds the carta responsiva for a humanitarian visa only", async () => {
    const visa = (await doc("visa-por-razones-humanitarias", "es", "escritos")).text;
    expect(visa).toContain("Carta responsiva");
    expect(visa).toContain("Firma de quien pide la visa");
    const renewal = (await doc("renovacion-de-documento-migratorio", "es", "escritos")).text;
    expect(renewal).toContain("solicito atentamente el trámite «Renovación de documento migratorio»");
    expect(renewal).not.toContain("Carta responsiva");
    expect(renewal).not.toContain("Aviso de cambio");
  });
});

describe("requisitos", () => {
  it("lists what applies to an adult with tick boxes, presentation and the fees of the case", async () => {
    const { text } = await doc("renovacion-de-documento-migratorio", "es", "requisitos");
    expect(text).toContain("Se llena en línea e imprime");
    expect(text).toContain("Original y copia");
    expect(text).toContain("Si aplica a su caso: Solo si su documento migratorio actual es la FMM.");
    expect(text).not.toContain("Firma de la madre, el padre o la persona tutora");
    expect(text).toContain("Requisitos omitidos porque, según sus respuestas, no aplican a su caso");
    expect(text).toContain("$11,141.00");
  });
  it("includes the guardian's signature for a minor", async () => {
    const minor = makeApplicationView({
      slug: "renovacion-de-documento-migratorio",
      answers: { personal: { birthDate: "2012-03-04" } },
    });
    const { text } = extract(await renderApplicationDocument("requisitos", minor, "A4"));
    expect(text).toContain("Firma de la madre, el padre o la persona tutora en el formato");
    expect(text).not.toContain("Requisitos omitidos");
  });
});

describe("blank checklist", () => {
  it("lists every requirement and fee option of the procedure without any personal data", async () => {
    for (const locale of ["es", "en"] as const) {
      const bytes = await renderBlankChecklist({
        procedure: catalogueProcedure("regularizacion-por-vinculo-familiar"),
        institution: catalogueInstitution(),
        locale,
        pageSize: "LETTER",
      });
      const { text, file } = extract(bytes);
      expect(pdfinfo(file)).toMatch(/Page size:\s+612 x 792 pts/);
      expect(text).toContain("Lista de requisitos");
      expect(text).toContain("Regularización por vínculo familiar");
      expect(text).toContain("Firma de la madre, el padre o la persona tutora en el formato");
      expect(text).toContain("Si aplica a su caso");
      expect(text).toContain("de $11,141.00 a $25,058.00, según su caso");
      for (const personal of [
        "José",
        "Muñoz",
        "26-7KQ4-M9PX-3",
        "RF18VT267KQ4M9PX3",
        "Número de solicitud",
        "Colombia",
      ]) {
        expect(text).not.toContain(personal);
      }
    }
  });
});

describe("test applications (tests/factories/application-view.ts)", () => {
  it("answer every procedure of the catalogue validly, fee choice included", () => {
    for (const slug of catalogueSlugs()) {
      const { answers, procedure, form } = makeApplicationView({ slug });
      const options = feeAlternatives(procedure.fees)?.options.map((f) => f.position) ?? null;
      for (const [step, result] of [
        ["personal", personalStepSchema.safeParse(answers.personal)],
        ["passport", passportStepSchema.safeParse(answers.passport)],
        ["address", addressStepSchema.safeParse(answers.address)],
        ["details", detailsStepSchema(form, options).safeParse(answers.details)],
      ] as const) {
        expect(result.error?.issues ?? [], `${slug} ${step}`).toEqual([]);
      }
    }
  });
});
