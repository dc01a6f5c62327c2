import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { DATASETS } from "@/lib/open-data/datasets";
import { tableSchemaDescriptor, validateTable } from "@/lib/open-data/table-schema";
import { importHistoricalFile } from "@/lib/statistics/import-historical";
import { loadCatalogue } from "@/prisma/catalogue/validate";
import { createTestDatabase, type TestDatabase } from "../factories/database";

let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
let GET: typeof import("@/app/api/v1/datos/[file]/route").GET;

const SAMPLE = path.join(__dirname, "../../prisma/statistics/sample/documentos-emitidos-SAMPLE.csv");

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  ({ GET } = await import("@/app/api/v1/datos/[file]/route"));
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

async function download(file: string, headers: Record<string, string> = {}) {
  const response = await GET(new Request(`http://localhost/api/v1/datos/${file}`, { headers }), {
    params: Promise.resolve({ file }),
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { response, bytes, text: bytes.toString("utf8") };
}

async function table(name: string) {
  const dataset = DATASETS.find((d) => d.name === name)!;
  const schema = tableSchemaDescriptor(dataset);
  const csv = await download(`${name}.csv`);
  const records: string[][] = parse(csv.text, { relax_quotes: false, record_delimiter: "\r\n" });
  const { rows, errors } = validateTable(records, schema);
  const json = JSON.parse((await download(`${name}.json`)).text) as Record<string, unknown>[];
  return { csv, rows, errors, json };
}

describe("open-data catalogue files", () => {
  it.each(["tramites", "requisitos", "cuotas", "plazos", "oficinas", "formatos", "versiones"])(
    "%s.csv matches its own Table Schema and agrees with %s.json",
    async (name) => {
      const { csv, rows, errors, json } = await table(name);
      expect(csv.response.status).toBe(200);
      expect(csv.response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
      expect(csv.text.endsWith("\r\n")).toBe(true);
      expect(errors).toEqual([]);
      expect(rows.length).toBeGreaterThan(0);
      expect(json).toEqual(rows);
    },
  );

  it("holds the whole catalogue: one row per procedure, requirement and fee of the data files", async () => {
    const files = loadCatalogue();
    expect((await table("tramites")).rows).toHaveLength(await db.procedure.count());
    expect((await table("requisitos")).rows).toHaveLength(
      files.procedures.reduce((n, p) => n + p.requirements.length, 0),
    );
    const offices = (await table("oficinas")).rows;
    expect(offices).toHaveLength(await db.office.count());
    const receiving = await db.procedureOffice.findFirstOrThrow({
      select: { office: { select: { slug: true } }, procedure: { select: { slug: true } } },
    });
    expect(String(offices.find((o) => o.slug === receiving.office.slug)?.procedure_slugs).split(";")).toContain(
      receiving.procedure.slug,
    );
    const fees = (await table("cuotas")).rows;
    expect(fees).toHaveLength(files.procedures.reduce((n, p) => n + p.fees.length, 0));
    const known = files.procedures.flatMap((p) =>
      p.fees.map((f, position) => ({ slug: p.slug, position, amount: f.amount })).filter((f) => f.amount !== null),
    )[0]!;
    expect(fees.find((f) => f.procedure_slug === known.slug && f.position === known.position)?.amount).toBe(
      known.amount,
    );
  });

  it("publishes the fee rules: a consular fee in USD outside the v1 pesos column, UMA ranges, conditions as text and JSON", async () => {
    const fees = (await table("cuotas")).rows;
    const consular = fees.find((f) => f.procedure_slug === "visa-por-unidad-familiar" && f.due === "at_consulate")!;
    expect(consular).toMatchObject({ amount: null, currency: "MXN", charged_amount: 56, charged_currency: "USD" });
    const fine = fees.find(
      (f) => f.procedure_slug === "regularizacion-por-vinculo-familiar" && f.index_unit === "UMA",
    )!;
    expect(fine).toMatchObject({ index_min: 20, index_max: 40, due: "when_fined" });
    const minorRp = fees.find(
      (f) =>
        f.procedure_slug === "renovacion-de-documento-migratorio" &&
        typeof f.condition_json === "string" &&
        String(f.condition_json).includes("permanent_resident"),
    )!;
    expect(minorRp.condition_es).toBe("Solo si hoy es residente permanente y tiene menos de 18 años.");
    const requirements = (await table("requisitos")).rows;
    const signature = requirements.find(
      (r) =>
        r.procedure_slug === "regularizacion-por-vinculo-familiar" && String(r.name_es).startsWith("Firma de la madre"),
    )!;
    expect(JSON.parse(String(signature.condition_json))).toEqual({ field: "age", op: "lt", value: 18 });
    const deadlines = (await table("plazos")).rows;
    expect(deadlines.find((d) => d.procedure_slug === "renovacion-de-documento-migratorio")).toMatchObject({
      applicant_deadline_anchor: "document_expiry",
      applicant_deadline_direction: "before",
    });
  });

  it("publishes the official forms with what to select in them, their condition as text and JSON, and their layout", async () => {
    const forms = (await table("formatos")).rows;
    expect(forms.filter((f) => f.procedure_slug === "renovacion-de-documento-migratorio")).toEqual([
      {
        procedure_slug: "renovacion-de-documento-migratorio",
        position: 1,
        form: "formato-estancia",
        form_name_es: "Formato para solicitar trámite migratorio de estancia",
        form_name_en: "Application form for stay procedures (Formato para solicitar trámite migratorio de estancia)",
        form_url: "https://www.inm.gob.mx/tramites/publico/estancia.html",
        layout: "stay",
        selection_es: "Trámite: Expedición de documento migratorio · Especifique: por renovación",
        selection_en:
          "Procedure: Expedición de documento migratorio (issuance of the immigration document) · Specify: por renovación (by renewal)",
        condition_es: null,
        condition_en: null,
        condition_json: null,
        signed_by_es: "La persona solicitante; si es menor de 18 años, quien ejerce la patria potestad o la tutela.",
        signed_by_en: "The applicant; for a child under 18, the parent or guardian.",
        to_verify: true,
        source_ids:
          "catalogo-nacional;gobmx-ficha-inm820;oncenoticias-permiso-trabajo;ventanilla-unica-economia-visa-oferta-empleo",
      },
      expect.objectContaining({ position: 2, form: "formato-basico", layout: null, selection_es: null }),
    ]);
    const independent = forms.find(
      (f) => f.procedure_slug === "permiso-para-trabajar" && String(f.selection_es).includes("independientes"),
    )!;
    expect(independent.condition_es).toBe("Solo si solicita por la vía «actividades independientes».");
    expect(JSON.parse(String(independent.condition_json))).toEqual({
      field: "route",
      op: "in",
      value: ["independiente"],
    });
    expect(forms.find((f) => f.procedure_slug === "autorizacion-de-salida-de-menores")?.layout).toBe("minor-exit");
  });

  // Compression is Next's, checked against the real server in tests/e2e/open-data.
  it("answers a repeat with 304 (ETag or date) and 404s an unknown file", async () => {
    const first = await download("requisitos.csv");
    expect(first.response.headers.get("content-disposition")).toBe('attachment; filename="requisitos.csv"');
    const etag = first.response.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await download("requisitos.csv", { "if-none-match": etag });
    expect(again.response.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    const byDate = await download("requisitos.csv", {
      "if-modified-since": first.response.headers.get("last-modified")!,
    });
    expect(byDate.response.status).toBe(304);
    expect((await download("requisitos.csv", { "if-none-match": 'W/"other"' })).response.status).toBe(200);
    expect((await download("nada.csv")).response.status).toBe(404);
    expect((await download("requisitos.xml")).response.status).toBe(404);
  });
});

describe("historical series import", () => {
  it("imports the SAMPLE file as sample data, refuses it twice, and publishes it with its label", async () => {
    const bytes = readFileSync(SAMPLE);
    const before = await download("historico-documentos-emitidos.csv");
    const report = await importHistoricalFile(db, { bytes, fileName: SAMPLE, source: "Ventanilla sample" });
    expect(report).toMatchObject({
      isSample: true,
      accepted: 768,
      rejected: [],
      months: { first: "2010-01", last: "2025-12" },
    });
    await expect(
      importHistoricalFile(db, { bytes, fileName: SAMPLE, source: "Ventanilla sample" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const { rows, errors, json } = await table("historico-documentos-emitidos");
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(768);
    expect(json).toEqual(rows);
    expect(rows.every((r) => r.is_sample === true && r.source === "Ventanilla sample")).toBe(true);
    expect(rows[0]).toEqual({
      month: "2010-01",
      state_code: "JC",
      document_type: "Tarjeta de Residente Temporal",
      documents_issued: 452,
      source: "Ventanilla sample",
      is_sample: true,
      import_id: report.importId,
    });
    // The import changed the file: the old ETag no longer matches.
    const after = await download("historico-documentos-emitidos.csv", {
      "if-none-match": before.response.headers.get("etag")!,
    });
    expect(after.response.status).toBe(200);
  });

  it("imports the valid lines of a file with errors and reports the others; a file with none stores nothing", async () => {
    const text = "anio,mes,entidad,tipo,total\n2015,1,Sonora,Visa,10\n2015,13,Sonora,Visa,10\n2015,2,Marte,Visa,3\n";
    const report = await importHistoricalFile(db, {
      bytes: Buffer.from(text),
      fileName: "oficial-2015.csv",
      source: "Boletín 2015",
      sourceUrl: "https://example.org/boletin",
    });
    expect(report.isSample).toBe(false);
    expect(report.accepted).toBe(1);
    expect(report.rejected.map((r) => r.line)).toEqual([3, 4]);
    const stored = await db.statisticsImport.findUniqueOrThrow({
      where: { id: report.importId },
      include: { rows: true },
    });
    expect(stored).toMatchObject({ rowsAccepted: 1, rowsRejected: 2, isSample: false, fileName: "oficial-2015.csv" });
    expect(stored.rows).toHaveLength(1);

    const imports = await db.statisticsImport.count();
    const failure = await importHistoricalFile(db, {
      bytes: Buffer.from("anio,mes,entidad,tipo,total\n2015,13,Sonora,Visa,10\n"),
      fileName: "x.csv",
      source: "X",
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DomainError);
    expect((failure as DomainError).code).toBe("INVALID_INPUT");
    expect(await db.statisticsImport.count()).toBe(imports);
  });
});

describe("datapackage.json", () => {
  it("describes every file with its schema, bilingual descriptions, licence and last update", async () => {
    const { response, text } = await download("datapackage.json");
    expect(response.status).toBe(200);
    const descriptor = JSON.parse(text);
    expect(descriptor.licenses[0].name).toBe("CC-BY-4.0");
    expect(descriptor.resources.map((r: { name: string }) => r.name)).toEqual(DATASETS.map((d) => d.name));
    for (const resource of descriptor.resources) {
      expect(resource.path).toBe(`${resource.name}.csv`);
      expect(Date.parse(resource.lastModified)).not.toBeNaN();
      for (const field of resource.schema.fields) {
        expect(field.description, `${resource.name}.${field.name}`).toBeTruthy();
        expect(field.description_en, `${resource.name}.${field.name}`).toBeTruthy();
      }
    }
    expect(
      (await download("datapackage.json", { "if-none-match": response.headers.get("etag")! })).response.status,
    ).toBe(304);
  });
});

describe("statistics file headers do not leak activity (review finding L6)", () => {
  it("Last-Modified is the start of the day, and a staff sign-in (audit log) changes neither it nor the ETag", async () => {
    const first = await download("estadisticas-mensuales.csv");
    const lastModified = new Date(first.response.headers.get("last-modified")!);
    const now = new Date();
    expect(lastModified.toISOString()).toBe(
      new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())).toISOString(),
    );
    // The review's probe: what a staff sign-in writes, then the same request again.
    await db.auditLog.create({
      data: {
        actorId: "someone",
        actorRole: "clerk",
        action: "staff.sign_in",
        entity: "staff_user",
        entityId: "someone",
      },
    });
    const again = await download("estadisticas-mensuales.csv");
    expect(again.response.headers.get("last-modified")).toBe(first.response.headers.get("last-modified"));
    expect(again.response.headers.get("etag")).toBe(first.response.headers.get("etag"));
  });
});
