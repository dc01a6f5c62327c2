import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { readCatalogue } from "@/lib/procedures/read-catalogue";
import { hashCatalogueFiles, seedCatalogue } from "@/prisma/scripts/seed";
import { loadCatalogue } from "@/prisma/catalogue/validate";
import { createTestDatabase, type TestDatabase } from "../factories/database";

let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  db = createPrismaClient(database.url);
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe("catalogue in PostgreSQL", () => {
  it("holds every procedure of the data files with requirements, fees, steps and deadline", async () => {
    const files = loadCatalogue();
    const catalogue = await readCatalogue(db);
    expect(catalogue.procedures.map((p) => p.slug).sort()).toEqual(files.procedures.map((p) => p.slug).sort());
    for (const file of files.procedures) {
      const stored = catalogue.procedures.find((p) => p.slug === file.slug)!;
      expect(stored.requirements.map((r) => r.name.es)).toEqual(file.requirements.map((r) => r.name.es));
      expect(stored.fees.map((f) => f.amountCentavos)).toEqual(
        file.fees.map((f) => (f.amount === null ? null : Math.round(f.amount * 100))),
      );
      expect(stored.steps).toHaveLength(file.steps.length);
      expect(stored.deadline.resolution?.days ?? null).toBe(file.deadline.resolution?.days ?? null);
      expect(stored.categorySlug).toBe(file.category);
    }
  });

  it("keeps the rules of the data: fee currency, index range, due moment, citations, conditions, anchors, forms, holiday kinds", async () => {
    const catalogue = await readCatalogue(db);
    const regularisation = catalogue.procedures.find((p) => p.slug === "regularizacion-por-vinculo-familiar")!;
    const fine = regularisation.fees.find((f) => f.indexRange)!;
    expect(fine).toMatchObject({
      currency: "MXN",
      amountCentavos: null,
      indexRange: { unit: "UMA", min: 20, max: 40 },
      due: "when_fined",
    });
    expect(fine.legalRefs).toEqual([{ instrument: "lm", article: "145" }]);
    expect(fine.legalBasis).toBe("LM art. 145");
    const signature = regularisation.requirements.find((r) => r.name.es.startsWith("Firma de la madre"))!;
    expect(signature.appliesWhen).toEqual({ field: "age", op: "lt", value: 18 });
    expect(signature.condition).toEqual({ es: "Solo si tiene menos de 18 años.", en: "Only if you are under 18." });
    expect(regularisation.deadline.resolution).toMatchObject({ anchor: "complete_filing", authority: "inm" });
    expect(regularisation.forms.map((f) => f.form)).toContain("formato-estancia");
    expect(catalogue.institution.rules.nationalityGroups["visitante-regional"]?.members).toEqual([
      "GT",
      "BZ",
      "SV",
      "HN",
    ]);
    const may5 = await db.holiday.findUnique({
      where: { date: new Date("2026-05-05T00:00:00Z") },
      select: { kind: true, legalBasis: true },
    });
    expect(may5).toMatchObject({ kind: "statutory" });
    expect(may5?.legalBasis).toMatch(/LFPA art\. 28/);
  });

  it("orders procedures by topic, then by position", async () => {
    const catalogue = await readCatalogue(db);
    const order = catalogue.categories.map((c) => c.slug);
    const topics = catalogue.procedures.map((p) => order.indexOf(p.categorySlug));
    expect(topics).toEqual([...topics].sort((a, b) => a - b));
  });

  it("keeps the 2026 temporary-residence fees as four yearly variants of one payment", async () => {
    const catalogue = await readCatalogue(db);
    const renewal = catalogue.procedures.find((p) => p.slug === "renovacion-de-documento-migratorio")!;
    const amounts = renewal.fees
      .filter((f) => f.year === 2026 && f.amountCentavos !== null)
      .map((f) => f.amountCentavos);
    expect(amounts).toEqual(expect.arrayContaining([1114100, 1669300, 2114300, 2505800]));
  });

  it("seeding again with unchanged files writes nothing and keeps procedure ids", async () => {
    const before = await db.procedure.findMany({
      select: { id: true, slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
    });
    const result = await seedCatalogue(database.url);
    expect(result).toMatchObject({ changed: false, hash: hashCatalogueFiles() });
    const after = await db.procedure.findMany({
      select: { id: true, slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
    });
    expect(after).toEqual(before);
  });

  it("a forced re-seed keeps ids and adds no version: the files are only the first version", async () => {
    const countsBefore = await Promise.all([db.procedure.count(), db.procedureVersion.count()]);
    const idsBefore = await db.procedure.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } });
    await seedCatalogue(database.url, { force: true });
    const countsAfter = await Promise.all([db.procedure.count(), db.procedureVersion.count()]);
    expect(countsAfter).toEqual(countsBefore);
    expect(await db.procedure.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } })).toEqual(
      idsBefore,
    );
  });

  it("stores official holidays as data", async () => {
    const holidays = await db.holiday.findMany({
      where: { date: { gte: new Date("2026-01-01"), lt: new Date("2027-01-01") } },
    });
    expect(holidays.map((h) => h.date.toISOString().slice(0, 10))).toEqual(
      expect.arrayContaining([
        "2026-01-01",
        "2026-02-02",
        "2026-03-16",
        "2026-05-01",
        "2026-09-16",
        "2026-11-16",
        "2026-12-25",
      ]),
    );
  });

  it("refuses to read an unseeded database instead of showing an empty catalogue", async () => {
    const empty = await createTestDatabase(inject("adminDatabaseUrl"), { seed: false });
    const client = createPrismaClient(empty.url);
    try {
      await expect(readCatalogue(client)).rejects.toThrow(/not been seeded/);
    } finally {
      await client.$disconnect();
      await empty.drop();
    }
  });
});
