/**
 * Every question of the request form's registry (lib/applications/fields.ts), answered with a
 * hand-written value, reads the same on the web ("check your answers", the staff view) and in the
 * filled official form (the PDF's extracted text): a field whose display the two disagreed on, or a new
 * field nobody wrote an expectation for, fails here.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIELDS, FORM_STEPS, type FormStep } from "@/lib/applications/fields";
import { buildFieldDefs, displayValue } from "@/lib/applications/field-defs";
import type { ApplicationAnswers } from "@/lib/applications/types";
import { catalogueProcedure, makeApplicationView } from "@/tests/factories/application-view";
import { renderApplicationDocument } from "./render";

const dir = mkdtempSync(path.join(os.tmpdir(), "ventanilla-registry-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfText(bytes: Buffer, name: string): string {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

type Sample = { value: string; text: string };

/**
 * One answer per field and what a person reads, in Spanish: option labels, country and state names,
 * dates written out. The fee question shows the case chosen (the web adds its amount, the PDF its
 * fee table), so for it both must contain `text`.
 */
const SAMPLES: Record<keyof typeof FIELDS, Sample> = {
  givenNames: { value: "Xóchitl Berenice", text: "Xóchitl Berenice" },
  firstSurname: { value: "Quintanilla", text: "Quintanilla" },
  secondSurname: { value: "Ybarra", text: "Ybarra" },
  sex: { value: "F", text: "Mujer" },
  birthDate: { value: "1991-03-09", text: "9 de marzo de 1991" },
  birthCountry: { value: "PE", text: "Perú" },
  nationality: { value: "UY", text: "Uruguay" },
  curp: { value: "QUYX910309MNEXXX04", text: "QUYX910309MNEXXX04" },
  passportNumber: { value: "QZ7781234", text: "QZ7781234" },
  passportCountry: { value: "CL", text: "Chile" },
  passportExpiry: { value: "2031-08-14", text: "14 de agosto de 2031" },
  migrationDocument: { value: "fmm", text: "Forma Migratoria Múltiple (FMM)" },
  migrationDocumentNumber: { value: "FMM445566", text: "FMM445566" },
  state: { value: "YN", text: "Yucatán" },
  municipality: { value: "Mérida", text: "Mérida" },
  postalCode: { value: "97000", text: "97000" },
  neighborhood: { value: "Centro Histórico", text: "Centro Histórico" },
  street: { value: "Calle 60 número 491", text: "Calle 60 número 491" },
  email: { value: "xochitl.q@example.org", text: "xochitl.q@example.org" },
  phone: { value: "999 123 4567", text: "999 123 4567" },
  employerName: { value: "Tortillería Los Álamos", text: "Tortillería Los Álamos" },
  employerRegistration: { value: "CIE-2026-778899", text: "CIE-2026-778899" },
  jobTitle: { value: "Repartidora", text: "Repartidora" },
  consulate: { value: "Consulado de México en Lima", text: "Consulado de México en Lima" },
  workState: { value: "NL", text: "Nuevo León" },
  relativeName: { value: "Rosa Quintanilla", text: "Rosa Quintanilla" },
  relationship: { value: "parent", text: "Madre o padre" },
  relativeStatus: { value: "permanent-resident", text: "Residente permanente" },
  relativeDocument: { value: "RP5566778", text: "RP5566778" },
  humanitarianReason: { value: "health", text: "Salud" },
  reasonDescription: { value: "Tratamiento médico urgente", text: "Tratamiento médico urgente" },
  pendingApplication: { value: "26-AAAA-BBBB-1", text: "26-AAAA-BBBB-1" },
  travelReason: { value: "Funeral de mi abuela", text: "Funeral de mi abuela" },
  departureDate: { value: "2027-01-10", text: "10 de enero de 2027" },
  returnDate: { value: "2027-02-01", text: "1 de febrero de 2027" },
  previousValue: { value: "Calle 1, Mérida", text: "Calle 1, Mérida" },
  newValue: { value: "Calle 2, Progreso", text: "Calle 2, Progreso" },
  changeDate: { value: "2026-10-05", text: "5 de octubre de 2026" },
  currentCardExpiry: { value: "2026-12-20", text: "20 de diciembre de 2026" },
  replacementReason: { value: "lost", text: "Pérdida" },
  incidentDate: { value: "2026-09-30", text: "30 de septiembre de 2026" },
  residenceCountry: { value: "SV", text: "El Salvador" },
  companyName: { value: "Maquiladora Ñandú", text: "Maquiladora Ñandú" },
  rfc: { value: "MÑA260101AB1", text: "MÑA260101AB1" },
  activity: { value: "Costura industrial", text: "Costura industrial" },
  statusChangeBasis: { value: "pensioner", text: "Pensionado o jubilado" },
  basisDescription: { value: "Pensión de jubilación", text: "Pensión de jubilación" },
  expiredDocumentNumber: { value: "TR11223344", text: "TR11223344" },
  expiredOn: { value: "2026-06-30", text: "30 de junio de 2026" },
  destinationCountry: { value: "AR", text: "Argentina" },
  expectedReturnDate: { value: "2027-03-15", text: "15 de marzo de 2027" },
  travelsWith: { value: "other-adult", text: "Con otra persona mayor de edad" },
  companionName: { value: "Inés Quintanilla Ruiz", text: "Inés Quintanilla Ruiz" },
  authorizedBy: { value: "guardian", text: "La tutora o el tutor" },
  firstSignerName: { value: "Óscar Ybarra León", text: "Óscar Ybarra León" },
  firstSignerDocument: { value: "PASAPORTE G12345678", text: "PASAPORTE G12345678" },
  secondSignerName: { value: "Dalia Ruiz Peña", text: "Dalia Ruiz Peña" },
  secondSignerDocument: { value: "INE 9876543210123", text: "INE 9876543210123" },
  // For renovacion-de-documento-migratorio; other procedures offer other cases (FEE_CHOICES).
  feeChoice: { value: "1", text: "Residente temporal, 2 años" },
};

/** The fee question of the other procedures below that ask it: a fee position of their catalogue entry and its case. */
const FEE_CHOICES: Record<string, Sample> = {
  "visa-por-oferta-de-empleo": { value: "1", text: "Visa de residente temporal" },
  "reposicion-de-documento-migratorio": { value: "1", text: "Ministros de culto" },
  "regularizacion-por-documento-vencido": { value: "3", text: "Residente temporal, 2 años" },
};

/** A procedure of the catalogue for each kind of details, so every registry field is asked by one of them. */
const PROCEDURES = [
  "visa-por-oferta-de-empleo",
  "visa-por-unidad-familiar",
  "visa-por-razones-humanitarias",
  "permiso-de-salida-y-regreso",
  "permiso-para-trabajar",
  "notificacion-cambio-de-domicilio",
  "renovacion-de-documento-migratorio",
  "reposicion-de-documento-migratorio",
  "tarjeta-de-visitante-trabajador-fronterizo",
  "constancia-de-inscripcion-de-empleador",
  "cambio-de-residente-temporal-a-permanente",
  "regularizacion-por-documento-vencido",
  "autorizacion-de-salida-de-menores",
];

const sampleOf = (name: string, slug: string) =>
  (name === "feeChoice" ? FEE_CHOICES[slug] : undefined) ?? SAMPLES[name as keyof typeof FIELDS];

describe("every field of the request form reads the same on the web and in the PDF", () => {
  it("has a hand-written sample for every field of the registry, and no sample for a field it lacks", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(FIELDS).sort());
  });

  const asked = new Set<string>();
  for (const slug of PROCEDURES) {
    it(`${slug}: each answer on the web equals the sample's text, and the filled form prints it`, async () => {
      const procedure = catalogueProcedure(slug);
      const answers: Partial<Record<FormStep, Record<string, string>>> = {};
      for (const step of FORM_STEPS) {
        for (const def of buildFieldDefs(step, procedure, "es")) {
          asked.add(def.name);
          const sample = sampleOf(def.name, slug);
          (answers[step] ??= {})[def.name] = sample.value;
          const shown = displayValue(def, sample.value, "es");
          if (def.name === "feeChoice") expect(shown, def.name).toContain(sample.text);
          else expect(shown, def.name).toBe(sample.text);
        }
      }
      const view = makeApplicationView({
        slug,
        answers: answers as { [S in keyof ApplicationAnswers]?: Partial<ApplicationAnswers[S]> },
      });
      const text = pdfText(await renderApplicationDocument("solicitud", view, "A4"), slug);
      for (const step of FORM_STEPS) {
        for (const name of Object.keys(answers[step] ?? {}))
          expect(text, `${slug} ${name}`).toContain(sampleOf(name, slug).text);
      }
    });
  }

  it("covers every field of the registry with the procedures above", () => {
    expect([...asked].sort()).toEqual(Object.keys(FIELDS).sort());
  });
});
