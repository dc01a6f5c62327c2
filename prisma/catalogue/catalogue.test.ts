import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { procedureForm, stepFieldUses } from "../../lib/applications/fields";
import {
  deadlineSchema,
  feeSchema,
  holidaySchema,
  institutionRulesSchema,
  officeSchema,
  procedureSchema,
} from "./schema";
import { loadCatalogue, officeProcedureSlugs } from "./validate";

/**
 * Procedures whose slug is printed on QR posters carry `"stable": true` and must exist forever. This many
 * were printed when the flag was introduced (README "Stable procedure slugs"): fewer means a flag or a
 * procedure was removed. Raise it when posters of a new procedure are printed.
 */
const STABLE_PROCEDURES_PRINTED = 23;

const catalogue = loadCatalogue();

describe("catalogue data files", () => {
  it("keep every procedure whose slug is printed on posters (stable), named after its file", () => {
    const stable = catalogue.procedures.filter((p) => p.stable === true);
    expect(stable.length).toBeGreaterThanOrEqual(STABLE_PROCEDURES_PRINTED);
    const files = readdirSync(path.join("prisma", "catalogue", "procedures"));
    for (const p of stable) expect(files, p.slug).toContain(`${p.slug}.json`);
  });

  it("give every procedure requirements, a fee statement and a deadline rule", () => {
    for (const p of catalogue.procedures) {
      expect(p.requirements.length, p.slug).toBeGreaterThan(0);
      expect(p.fees.length, `${p.slug} must state its cost, even when free`).toBeGreaterThan(0);
      // A form shown at the border (SAM) has no term at all, and says so (silence "none").
      expect(
        p.deadline.resolution !== null || p.deadline.applicantDeadline !== undefined || p.deadline.silence === "none",
        p.slug,
      ).toBe(true);
    }
  });

  it("flag for verification every fee that has no amount", () => {
    for (const p of catalogue.procedures)
      for (const f of p.fees) if (f.amount === null && !f.indexRange) expect(f.verify, p.slug).toBe(true);
  });

  it("use the 7 topics of the catalogue", () => {
    expect(catalogue.categories.map((c) => c.slug).sort()).toEqual(
      [
        "cambios-de-condicion",
        "documentos-migratorios",
        "notificaciones",
        "permisos",
        "regularizacion",
        "tarjetas",
        "visas",
      ].sort(),
    );
    for (const c of catalogue.categories)
      expect(
        catalogue.procedures.some((p) => p.category === c.slug),
        c.slug,
      ).toBe(true);
  });

  it("make notifications of changes free, due within 90 calendar days", () => {
    for (const p of catalogue.procedures.filter((p) => p.category === "notificaciones")) {
      expect(
        p.fees.every((f) => f.amount === 0),
        p.slug,
      ).toBe(true);
      expect(p.deadline.applicantDeadline, p.slug).toMatchObject({ days: 90, unit: "calendar" });
    }
  });

  it("list every statutory holiday of each year from a year ago to a year ahead, so no due date ignores one", () => {
    // Years computed from today, not written down: the test notices when the data runs out.
    const thisYear = new Date().getUTCFullYear();
    const dates = new Set(catalogue.institution.holidays.map((h) => h.date));
    const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
    // The nth Monday of a month (LFT art. 74 moves three holidays to Mondays).
    const nthMonday = (y: number, m: number, n: number) =>
      day(y, m, 1 + ((8 - new Date(Date.UTC(y, m - 1, 1)).getUTCDay()) % 7) + 7 * (n - 1));
    for (const y of [thisYear - 1, thisYear, thisYear + 1]) {
      const statutory = [
        day(y, 1, 1),
        nthMonday(y, 2, 1),
        nthMonday(y, 3, 3),
        day(y, 5, 1),
        day(y, 9, 16),
        nthMonday(y, 11, 3),
        day(y, 12, 25),
      ];
      for (const date of statutory) expect(dates, `${date} (year ${y})`).toContain(date);
    }
  });

  it("knows which Monday the moved holidays fall on (a check of the check above)", () => {
    const dates = new Set(catalogue.institution.holidays.map((h) => h.date));
    // Read off a printed calendar: 2026-02-02, 2026-03-16 and 2026-11-16 are Mondays.
    for (const date of ["2026-02-02", "2026-03-16", "2026-11-16"]) expect(dates).toContain(date);
  });
});

describe("offices data file", () => {
  const office = catalogue.offices[0];

  it("refuses an office without an address unless it is flagged for verification with a note", () => {
    expect(officeSchema.safeParse({ ...office, address: null, verify: false }).success).toBe(false);
    expect(officeSchema.safeParse({ ...office, verify: true, verifyNote: undefined }).success).toBe(false);
    expect(officeSchema.safeParse({ ...office, state: "XX" }).success).toBe(false);
  });

  it("resolves 'all except' to the catalogue's procedures minus the exceptions", () => {
    const all = catalogue.procedures.map((p) => p.slug);
    const jalisco = catalogue.offices.find((o) => o.slug === "jalisco")!;
    const received = officeProcedureSlugs(jalisco, all);
    expect(received).not.toContain("tarjeta-de-visitante-regional");
    expect(received).toHaveLength(all.length - 2);
  });
});

describe("catalogue schema", () => {
  const procedure = catalogue.procedures.find((p) => p.slug === "regularizacion-por-vinculo-familiar")!;

  it("rejects a requirement whose condition names an unknown fact", () => {
    const requirements = [{ ...procedure.requirements[0], appliesWhen: { field: "income", op: "gt", value: 1 } }];
    expect(procedureSchema.safeParse({ ...procedure, requirements }).success).toBe(false);
  });

  it("rejects a fee without a currency", () => {
    const { currency: _currency, ...withoutCurrency } = procedure.fees[0]!;
    expect(feeSchema.safeParse(procedure.fees[0]).success).toBe(true);
    expect(feeSchema.safeParse(withoutCurrency).success).toBe(false);
  });

  it("rejects a form selection without sources, and a form layout the portal cannot print", () => {
    const selection = { es: "Trámite: X", en: "Procedure: X" };
    const forms = [{ form: "formato-estancia", selection, sources: ["catalogo-nacional"], verify: true }];
    expect(procedureSchema.safeParse({ ...procedure, forms }).success).toBe(true);
    expect(procedureSchema.safeParse({ ...procedure, forms: [{ form: "formato-estancia", selection }] }).success).toBe(
      false,
    );
    const form = { id: "formato-x", name: selection, layout: "passport-office", sources: ["inm-gobmx"] };
    expect(institutionRulesSchema.shape.forms.safeParse([{ ...form, layout: "stay" }]).success).toBe(true);
    expect(institutionRulesSchema.shape.forms.safeParse([form]).success).toBe(false);
  });

  it("rejects a deadline without its anchor", () => {
    const { anchor: _anchor, ...resolution } = procedure.deadline.resolution!;
    expect(deadlineSchema.safeParse(procedure.deadline).success).toBe(true);
    expect(deadlineSchema.safeParse({ ...procedure.deadline, resolution }).success).toBe(false);
    const applicant = { days: 90, unit: "calendar", direction: "after", text: { es: "x", en: "x" } };
    expect(deadlineSchema.safeParse({ ...procedure.deadline, applicantDeadline: applicant }).success).toBe(false);
  });

  it("rejects a fine in index units that also has a fixed amount, and a DOF holiday without reference or verify", () => {
    const fine = procedure.fees.find((f) => f.indexRange)!;
    expect(feeSchema.safeParse({ ...fine, amount: 100 }).success).toBe(false);
    expect(
      holidaySchema.safeParse({
        date: "2026-04-02",
        name: { es: "x", en: "x" },
        kind: "dof_agreement",
        legalBasis: "LFPA art. 28",
      }).success,
    ).toBe(false);
  });

  it("runs as `npx tsx prisma/catalogue/validate.ts`", () => {
    const out = execFileSync(
      process.execPath,
      [path.join("node_modules", "tsx", "dist", "cli.mjs"), "prisma/catalogue/validate.ts"],
      { encoding: "utf8" },
    );
    expect(out).toMatch(/^catalogue OK: \d+ procedures/);
  });
});

describe("corrections of the content review (shared/reviews/content-review.md)", () => {
  const bySlug = (slug: string) => catalogue.procedures.find((p) => p.slug === slug)!;

  it("no fee is still described as a proposal, and the RP card cites LFD art. 8 fr. VII (DOF 2025-11-07)", () => {
    for (const p of catalogue.procedures)
      for (const f of p.fees) expect(JSON.stringify(f), p.slug).not.toMatch(/propuest|proposed/i);
    const rp = bySlug("cambio-de-residente-temporal-a-permanente").fees.find((f) => f.amount === 13578.96)!;
    expect(rp.legalBasis).toEqual([{ instrument: "lfd", article: "8", fraction: "VII", dof: "2025-11-07" }]);
  });

  it("renewal opens 30 calendar days before expiry; canje runs 30 calendar days after entry", () => {
    expect(bySlug("renovacion-de-documento-migratorio").deadline.applicantDeadline).toMatchObject({
      days: 30,
      unit: "calendar",
      anchor: "document_expiry",
      direction: "before",
    });
    expect(bySlug("expedicion-de-documento-migratorio-por-canje").deadline.applicantDeadline).toMatchObject({
      days: 30,
      anchor: "entry",
      direction: "after",
    });
  });

  it("canje no longer says temporary cards are '1 year for children under 3'", () => {
    expect(bySlug("expedicion-de-documento-migratorio-por-canje").description.es).not.toMatch(
      /1 año para menores de 3 años\)/,
    );
  });

  it("regularisations cite both LM art. 136 and RLM art. 146 for the authority's term", () => {
    for (const slug of [
      "regularizacion-por-vinculo-familiar",
      "regularizacion-por-documento-vencido",
      "regularizacion-por-razones-humanitarias",
    ]) {
      const rule = bySlug(slug).deadline.more!.find((m) => m.party === "authority" && m.days === 30)!;
      expect(
        rule.legalBasis.map((r) => `${r.instrument} ${r.article}`),
        slug,
      ).toEqual(["lm 136", "rlm 146"]);
    }
  });

  it("the border-worker card no longer asks for passports of El Salvador or Honduras", () => {
    const text = JSON.stringify(bySlug("tarjeta-de-visitante-trabajador-fronterizo").requirements);
    expect(text).not.toMatch(/"SV"|"HN"|El Salvador|Honduras/);
  });

  it("consular visa fees are in USD at the consulate (LFD art. 22 fr. III inc. d: USD 56 in 2026)", () => {
    const fee = bySlug("visa-por-unidad-familiar").fees.find((f) => f.due === "at_consulate")!;
    expect(fee).toMatchObject({ currency: "USD", amount: 56, year: 2026 });
  });

  it("the points route is marked as not operating", () => {
    expect(bySlug("cambio-de-residente-temporal-a-permanente").routes!.find((r) => r.id === "puntos")).toMatchObject({
      available: false,
    });
  });
});

describe("forms of each procedure", () => {
  it("say what to select in the official form for every procedure filed with the stay or visa form, citing sources", () => {
    for (const p of catalogue.procedures) {
      for (const use of p.forms.filter((f) => ["formato-estancia", "formato-autorizacion-visa"].includes(f.form))) {
        expect(use.selection, `${p.slug} ${use.form}`).toBeDefined();
        expect(use.sources?.length, `${p.slug} ${use.form}`).toBeGreaterThan(0);
      }
    }
  });
  it("ask the SAM's own questions, not a renewal's", () => {
    const sam = catalogue.procedures.find((p) => p.slug === "autorizacion-de-salida-de-menores")!;
    expect(sam.requestForm).toEqual({ kind: "minor-exit" });
  });
});

describe("request form of each procedure (requestForm)", () => {
  it("every procedure states which questions its form asks, and gets them", () => {
    for (const p of catalogue.procedures) {
      const form = procedureForm(p);
      expect(stepFieldUses("details", form, false).length, p.slug).toBeGreaterThan(0);
      if (form.kind === "notification")
        expect(p.slug, "notices are the notificacion-* procedures").toMatch(/^notificacion-/);
    }
  });

  it("refuses a procedure without a form, with a kind the registry does not know, or a notice without its subject", () => {
    const valid = JSON.parse(
      readFileSync(path.join("prisma", "catalogue", "procedures", "notificacion-cambio-de-domicilio.json"), "utf8"),
    ) as Record<string, unknown>;
    expect(procedureSchema.safeParse(valid).success).toBe(true);
    const { requestForm: _omitted, ...withoutForm } = valid;
    for (const broken of [
      withoutForm,
      { ...valid, requestForm: { kind: "visa-de-turista" } },
      { ...valid, requestForm: { kind: "notification" } },
      { ...valid, requestForm: { kind: "renewal", subject: "address" } },
    ]) {
      const result = procedureSchema.safeParse(broken);
      expect(result.success, JSON.stringify(broken.requestForm)).toBe(false);
      expect(result.error?.issues.map((i) => i.path[0])).toEqual(["requestForm"]);
    }
  });
});
