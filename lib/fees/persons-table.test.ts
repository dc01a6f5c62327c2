/**
 * Quality bar of issue 14: a table of people × procedures with the requirements and the total each must get,
 * written by hand from the sources (INM 2026 fee list via Uno TV, LFD art. 8 as reformed DOF 07-11-2025,
 * consular tariffs of January 2026, the INM fichas), checked against what the portal computes from the
 * person's answers (lib/procedures/person-facts.ts → conditions → checklist and fees) and, for some rows,
 * against what the personal checklist PDF prints. Amounts still to be verified are printed as such; an
 * unverified 50 % discount is never taken off (so the hand totals are the full amounts).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/messages";
import { localDateOf } from "@/lib/dates";
import { formatCost } from "@/lib/fees/format";
import { renderApplicationDocument } from "@/lib/pdf/render";
import { buildChecklist } from "@/lib/procedures/checklist";
import { nationalityGroupsOf } from "@/lib/procedures/conditions";
import { personFacts } from "@/lib/procedures/person-facts";
import { catalogueProcedure, makeApplicationView } from "@/tests/factories/application-view";
import { costOfTotals } from "./compute";
import { personFees } from "./person-fees";

type Row = {
  who: string;
  slug: string;
  birthDate?: string;
  nationality?: string;
  migrationDocument?: string;
  details?: Record<string, string>;
  /** Spanish variant of the alternative the person chooses (1–4 years…). */
  choose?: string;
  includes?: string[];
  excludes?: string[];
  total: string;
  checkPdf?: boolean;
};

const ADULT = "1988-04-12";
const CHILD_10 = "2016-03-04";
const TODDLER = "2024-09-01";
const TEEN_16 = "2010-02-01";
const GUARDIAN = "Firma de la madre, el padre o la persona tutora";
const APOSTILLE = "Apostilla o legalización y traducción al español";

const ROWS: Row[] = [
  {
    who: "adult temporary resident renewing for 1 year",
    slug: "renovacion-de-documento-migratorio",
    choose: "Residente temporal, 1 año",
    excludes: [GUARDIAN],
    total: "$11,141.00",
    checkPdf: true,
  },
  {
    who: "10-year-old temporary resident renewing for 1 year",
    slug: "renovacion-de-documento-migratorio",
    birthDate: CHILD_10,
    choose: "Residente temporal, 1 año",
    includes: [GUARDIAN],
    total: "$11,141.00",
  },
  {
    who: "adult temporary resident renewing for 4 years",
    slug: "renovacion-de-documento-migratorio",
    choose: "Residente temporal, 4 años",
    total: "$25,058.00",
  },
  {
    who: "visitor with work permission renewing",
    slug: "renovacion-de-documento-migratorio",
    migrationDocument: "visitor",
    choose: "Visitante con permiso",
    total: "$4,341.00",
  },
  {
    who: "2-year-old permanent resident renewing",
    slug: "renovacion-de-documento-migratorio",
    birthDate: TODDLER,
    migrationDocument: "permanent-resident",
    choose: "Residente permanente menor",
    includes: [GUARDIAN],
    total: "$13,578.96",
  },
  {
    who: "adult exchanging a 2-year temporary resident visa",
    slug: "expedicion-de-documento-migratorio-por-canje",
    choose: "Residente temporal, 2 años",
    total: "$16,693.00",
    checkPdf: true,
  },
  {
    who: "adult exchanging an adoption visitor visa",
    slug: "expedicion-de-documento-migratorio-por-canje",
    choose: "Visitante con fines de adopción",
    total: "$4,211.00",
  },
  {
    who: "adult spouse of a Mexican regularising (1-year card)",
    slug: "regularizacion-por-vinculo-familiar",
    migrationDocument: "none",
    details: { relationship: "spouse", relativeStatus: "national" },
    choose: "Residente temporal, 1 año",
    includes: ["Acta de matrimonio o constancia de concubinato", "Escrito firmado por usted y su cónyuge"],
    excludes: ["Acta de nacimiento que pruebe el parentesco", GUARDIAN],
    total: "$11,141.00 más montos por confirmar",
    checkPdf: true,
  },
  {
    who: "adult child of a Mexican regularising (1-year card)",
    slug: "regularizacion-por-vinculo-familiar",
    migrationDocument: "none",
    details: { relationship: "child", relativeStatus: "national" },
    choose: "Residente temporal, 1 año",
    includes: ["Acta de nacimiento que pruebe el parentesco"],
    excludes: ["Acta de matrimonio o constancia de concubinato"],
    total: "$11,141.00 más montos por confirmar",
  },
  {
    who: "spouse of a Mexican asking for permanent residence",
    slug: "cambio-a-residente-permanente-por-vinculo-familiar",
    details: { relationship: "spouse", relativeStatus: "national" },
    includes: ["Tarjeta de residente temporal con al menos 2 años"],
    total: "$13,578.96 más montos por confirmar",
  },
  {
    who: "parent of a Mexican asking for permanent residence",
    slug: "cambio-a-residente-permanente-por-vinculo-familiar",
    details: { relationship: "parent", relativeStatus: "national" },
    excludes: ["Tarjeta de residente temporal con al menos 2 años"],
    total: "$13,578.96 más montos por confirmar",
  },
  {
    who: "temporary resident after four years",
    slug: "cambio-de-residente-temporal-a-permanente",
    details: { statusChangeBasis: "four-years" },
    includes: ["Indicación de la vía de cuatro años"],
    excludes: ["Comprobantes de ingresos o ahorros", "Documentos del sistema de puntos"],
    total: "$13,578.96 más montos por confirmar",
  },
  {
    who: "pensioner temporary resident",
    slug: "cambio-de-residente-temporal-a-permanente",
    details: { statusChangeBasis: "pensioner" },
    includes: ["Comprobantes de ingresos o ahorros"],
    excludes: ["Indicación de la vía de cuatro años"],
    total: "$13,578.96 más montos por confirmar",
  },
  {
    who: "Guatemalan adult border worker",
    slug: "tarjeta-de-visitante-trabajador-fronterizo",
    nationality: "GT",
    includes: ["Documento de identidad de Guatemala"],
    excludes: ["Pasaporte vigente", "Permiso de los padres o del tutor ante notario"],
    total: "Monto por confirmar",
  },
  {
    who: "16-year-old Belizean border worker",
    slug: "tarjeta-de-visitante-trabajador-fronterizo",
    nationality: "BZ",
    birthDate: TEEN_16,
    includes: ["Pasaporte vigente", "Permiso de los padres o del tutor certificado"],
    excludes: ["Documento de identidad de Guatemala", "Permiso de los padres o del tutor ante notario"],
    total: "Monto por confirmar",
  },
  {
    who: "Salvadoran adult regional visitor",
    slug: "tarjeta-de-visitante-regional",
    nationality: "SV",
    includes: ["Pasaporte vigente"],
    excludes: ["Certificado de nacimiento reciente"],
    total: "Sin costo",
  },
  {
    who: "adult resident who moved house",
    slug: "notificacion-cambio-de-domicilio",
    excludes: [GUARDIAN],
    total: "Sin costo",
  },
  {
    who: "employer's future temporary resident (job-offer visa)",
    slug: "visa-por-oferta-de-empleo",
    choose: "Visa de residente temporal",
    total: "USD 56.00",
  },
  {
    who: "future visitor with permission to work (job-offer visa)",
    slug: "visa-por-oferta-de-empleo",
    choose: "Visa de visitante con permiso",
    total: "USD 321.00",
  },
  { who: "relative invited through a family-unity visa", slug: "visa-por-unidad-familiar", total: "USD 56.00" },
  {
    who: "adult temporary resident working for an employer",
    slug: "permiso-para-trabajar",
    includes: ["Oferta de empleo"],
    excludes: ["Escrito bajo protesta de decir verdad", "Permisos que exige la ley laboral"],
    total: "$4,341.00",
  },
  {
    who: "16-year-old temporary resident working for an employer",
    slug: "permiso-para-trabajar",
    birthDate: TEEN_16,
    includes: ["Permisos que exige la ley laboral", GUARDIAN],
    total: "$4,341.00",
  },
  {
    who: "adult with an expired document (1-year card)",
    slug: "regularizacion-por-documento-vencido",
    choose: "Residente temporal, 1 año",
    total: "$11,141.00 más montos por confirmar",
  },
  {
    who: "crime victim becoming a humanitarian visitor",
    slug: "cambio-a-visitante-por-razones-humanitarias",
    total: "Sin costo",
  },
  {
    who: "recognised refugee asking for permanent residence",
    slug: "cambio-de-visitante-por-razones-humanitarias-a-residente-permanente",
    total: "Sin costo",
  },
  {
    who: "child travelling abroad with one parent (SAM)",
    slug: "autorizacion-de-salida-de-menores",
    birthDate: CHILD_10,
    nationality: "MX",
    excludes: ["Tarjeta de residente de la persona menor de edad"],
    total: "$294.01",
  },
  {
    who: "foreign child resident travelling abroad (SAM)",
    slug: "autorizacion-de-salida-de-menores",
    birthDate: CHILD_10,
    nationality: "CO",
    includes: ["Tarjeta de residente de la persona menor de edad"],
    total: "$294.01",
  },
  {
    who: "card after an approved change (1 year)",
    slug: "expedicion-de-documento-migratorio-por-autorizacion-de-condicion-de-estancia",
    choose: "Residente temporal, 1 año",
    total: "$11,141.00",
  },
  // Decidable since the form asks the student and humanitarian cards, the route and where documents were issued.
  {
    who: "temporary resident student renewing for 1 year, certificates from abroad",
    slug: "renovacion-de-documento-migratorio",
    migrationDocument: "temporary-resident-student",
    details: { documentIssued: "abroad" },
    choose: "Residente temporal, 1 año",
    includes: [APOSTILLE],
    total: "$11,141.00",
    checkPdf: true,
  },
  {
    who: "humanitarian visitor renewing, certificates from Mexico",
    slug: "renovacion-de-documento-migratorio",
    migrationDocument: "humanitarian-visitor",
    details: { documentIssued: "domestic" },
    choose: "Visitante por razones humanitarias",
    excludes: [APOSTILLE],
    total: "Sin costo",
  },
  {
    who: "student graduate with a job offer becoming a temporary resident (1 year)",
    slug: "cambio-de-residente-temporal-estudiante-a-residente-temporal",
    migrationDocument: "temporary-resident-student",
    details: { route: "oferta-de-empleo", documentIssued: "domestic" },
    choose: "Residente temporal, 1 año",
    includes: ["Oferta de empleo"],
    excludes: [APOSTILLE],
    total: "$11,141.00 más montos por confirmar",
    checkPdf: true,
  },
  {
    who: "student becoming a temporary resident on another ground, certificates from abroad",
    slug: "cambio-de-residente-temporal-estudiante-a-residente-temporal",
    migrationDocument: "temporary-resident-student",
    details: { route: "otro-supuesto", documentIssued: "abroad" },
    choose: "Residente temporal, 2 años",
    includes: [APOSTILLE],
    excludes: ["Oferta de empleo"],
    total: "$16,693.00 más montos por confirmar",
  },
  {
    who: "temporary resident student asking permission to work",
    slug: "permiso-para-trabajar",
    migrationDocument: "temporary-resident-student",
    includes: ["Carta de la institución educativa que respalda el trabajo", "Oferta de empleo"],
    total: "$4,341.00",
  },
  {
    who: "married resident notifying with a marriage certificate from abroad",
    slug: "notificacion-cambio-de-estado-civil",
    details: { documentIssued: "abroad" },
    includes: [APOSTILLE],
    total: "Sin costo",
  },
  {
    who: "crime victim regularising with Mexican documents",
    slug: "regularizacion-por-razones-humanitarias",
    migrationDocument: "none",
    details: { documentIssued: "domestic" },
    excludes: [APOSTILLE],
    total: "Sin costo",
  },
  {
    who: "card after an approved humanitarian change",
    slug: "expedicion-de-documento-migratorio-por-autorizacion-de-condicion-de-estancia",
    migrationDocument: "humanitarian-visitor",
    details: { route: "razones-humanitarias" },
    choose: "Por razones humanitarias",
    total: "Sin costo",
  },
];

const t = getTranslator("es");
const spaces = (s: string) => s.replace(/\s+/g, " ");

function viewOf(row: Row) {
  const procedure = catalogueProcedure(row.slug);
  const chosen = row.choose ? procedure.fees.find((f) => f.variant?.es.startsWith(row.choose!)) : undefined;
  if (row.choose && !chosen) throw new Error(`${row.slug}: no fee variant "${row.choose}"`);
  return makeApplicationView({
    slug: row.slug,
    answers: {
      personal: { birthDate: row.birthDate ?? ADULT, nationality: row.nationality ?? "CO" },
      passport: { migrationDocument: row.migrationDocument ?? "temporary-resident" },
      details: { ...row.details, ...(chosen ? { feeChoice: String(chosen.position) } : {}) },
    } as never,
  });
}

describe("people × procedures: requirements and total fee written by hand from the sources", () => {
  it("has at least 20 people", () => expect(ROWS.length).toBeGreaterThanOrEqual(20));

  for (const row of ROWS) {
    it(`${row.who} (${row.slug})`, () => {
      const view = viewOf(row);
      const filingDate = localDateOf(view.submittedAt, view.institution.timeZone);
      const facts = personFacts(view.answers, filingDate);
      const items = buildChecklist(
        view.procedure.requirements,
        facts,
        nationalityGroupsOf(view.institution.rules.nationalityGroups),
      ).items;
      const names = items.map((i) => i.requirement.name.es);
      // Listed as applying to the person, not merely "if it applies to you" (a fact left unknown).
      for (const name of row.includes ?? [])
        expect(
          items.some((i) => i.requirement.name.es.startsWith(name) && i.applicability === "applies"),
          `missing "${name}"`,
        ).toBe(true);
      for (const name of row.excludes ?? [])
        expect(
          names.some((n) => n.startsWith(name)),
          `should not list "${name}"`,
        ).toBe(false);
      const fees = personFees({ fees: view.selectedFees }, view.answers, filingDate, null, view.institution);
      expect(spaces(formatCost(costOfTotals(fees.totals), t, "es"))).toBe(row.total);
    });
  }

  it("prints the same totals and lists in the personal checklist PDF", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "persons-table-"));
    for (const row of ROWS.filter((r) => r.checkPdf)) {
      const file = path.join(dir, `${row.slug}.pdf`);
      writeFileSync(file, await renderApplicationDocument("requisitos", viewOf(row), "A4"));
      const text = spaces(execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }));
      expect(text, row.who).toContain(`Total ${row.total}`);
      for (const name of row.includes ?? []) expect(text, row.who).toContain(name);
    }
  }, 60_000);
});
