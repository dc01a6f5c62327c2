/**
 * The JSON data files stay the import/export format: the published catalogue exports to exactly the files it was
 * loaded from, and files changed outside the back office come back as a submitted draft that a publisher other
 * than the importer publishes. Real database; the files are those of prisma/catalogue.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "../factories/database";
import { createStaff, type TestStaff } from "../factories/staff";

const DATA = path.join(process.cwd(), "prisma", "catalogue");
const SLUG = "renovacion-de-documento-migratorio";
/** The 2-year card's fee in the data file is 16693; the edited copy says this. */
const NEW_AMOUNT = 17500;

let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
const dirs: string[] = [];
let editor: TestStaff;
let publisher: TestStaff;
let exportFiles: typeof import("@/lib/catalogue/export-files").exportCatalogueFiles;
let importFiles: typeof import("@/lib/catalogue/import-files").importCatalogueFiles;
let catalogue: typeof import("@/lib/catalogue/mutations");

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  ({ exportCatalogueFiles: exportFiles } = await import("@/lib/catalogue/export-files"));
  ({ importCatalogueFiles: importFiles } = await import("@/lib/catalogue/import-files"));
  catalogue = await import("@/lib/catalogue/mutations");
  editor = await createStaff(db, { role: "editor" });
  publisher = await createStaff(db, { role: "publisher" });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "catalogue-files-"));
  dirs.push(dir);
  return dir;
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: unknown) => (e instanceof DomainError ? e.code : String(e)),
  );

describe("catalogue export", () => {
  it("writes, on a fresh database, exactly the data files it was loaded from", async () => {
    const out = tempDir();
    const report = await exportFiles(db, { outDir: out });
    const procedureFiles = readdirSync(path.join(DATA, "procedures")).filter((f) => f.endsWith(".json"));
    expect(procedureFiles.length).toBeGreaterThan(20);
    expect(readdirSync(path.join(out, "procedures")).sort()).toEqual(procedureFiles.sort());
    for (const file of [...procedureFiles.map((f) => path.join("procedures", f)), "offices.json", "sources.json"])
      expect(readFileSync(path.join(out, file), "utf8"), file).toBe(readFileSync(path.join(DATA, file), "utf8"));
    expect(report.written).toHaveLength(procedureFiles.length + 2);

    // Into a copy of the repository's files: nothing to write.
    const copy = tempDir();
    cpSync(DATA, copy, { recursive: true });
    const again = await exportFiles(db, { outDir: copy, dataDir: copy });
    expect(again.written).toEqual([]);
  });
});

describe("catalogue import", () => {
  let changed: string;

  beforeAll(async () => {
    changed = tempDir();
    await exportFiles(db, { outDir: changed });
    const file = path.join(changed, "procedures", `${SLUG}.json`);
    const data = JSON.parse(readFileSync(file, "utf8")) as { fees: { amount: number }[] };
    expect(data.fees[1]!.amount).toBe(16693);
    data.fees[1]!.amount = NEW_AMOUNT;
    writeFileSync(file, JSON.stringify(data, null, 2));
  });

  it("refuses an account without the editor or publisher role", async () => {
    const clerk = await createStaff(db, { role: "clerk" });
    expect(await codeOf(importFiles({ asEmail: clerk.email, dir: changed }))).toBe("FORBIDDEN");
    expect(await codeOf(importFiles({ asEmail: "nobody@example.org", dir: changed }))).toBe("NOT_FOUND");
    expect(await db.catalogueDraft.count()).toBe(0);
  });

  it("turns the changed file into a submitted draft by the importer and publishes nothing", async () => {
    const report = await importFiles({ asEmail: editor.email, dir: changed });
    const changedOutcomes = report.outcomes.filter((o) => o.result !== "unchanged");
    expect(changedOutcomes.map((o) => [o.slug, o.result])).toEqual([[SLUG, "draft"]]);
    expect(report.notInFiles).toEqual([]);

    const drafts = await db.catalogueDraft.findMany({
      select: { slug: true, status: true, note: true, authorIds: true, createdById: true, document: true },
    });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      slug: SLUG,
      status: "submitted",
      note: `Importado de archivos: procedures/${SLUG}.json`,
      authorIds: [editor.id],
      createdById: editor.id,
    });
    expect((drafts[0]!.document as { fees: { amount: number }[] }).fees[1]!.amount).toBe(NEW_AMOUNT);
    expect(await db.procedureVersion.count({ where: { procedure: { slug: SLUG } } })).toBe(1);
  });

  it("refuses a second import while that draft is open, saying why", async () => {
    const report = await importFiles({ asEmail: editor.email, dir: changed });
    const outcome = report.outcomes.find((o) => o.slug === SLUG);
    expect(outcome).toMatchObject({ result: "refused" });
    expect(outcome?.result === "refused" && outcome.reason).toMatch(/already open/);
    expect(await db.catalogueDraft.count()).toBe(1);
  });

  it("is published as version 2 by a publisher other than the importer", async () => {
    const draft = await db.catalogueDraft.findUniqueOrThrow({
      where: { slug: SLUG },
      select: { id: true, revision: true },
    });
    const importingPublisher = await createStaff(db, { role: "publisher" });
    await expect(
      codeOf(catalogue.publishDraft(importingPublisher, draft.id, { revision: draft.revision })),
    ).resolves.toBe("ok");
    const version = await db.procedureVersion.findFirstOrThrow({
      where: { procedure: { slug: SLUG } },
      orderBy: { number: "desc" },
      select: { number: true, document: true, note: true, publisherId: true, authorIds: true, origin: true },
    });
    expect(version).toMatchObject({
      number: 2,
      publisherId: importingPublisher.id,
      authorIds: [editor.id],
      origin: "import",
    });
    expect((version.document as { fees: { amount: number }[] }).fees[1]!.amount).toBe(NEW_AMOUNT);
    void publisher;
  });

  it("refuses to let the importer publish their own import", async () => {
    const out = tempDir();
    await exportFiles(db, { outDir: out });
    const file = path.join(out, "procedures", `${SLUG}.json`);
    const data = JSON.parse(readFileSync(file, "utf8")) as { fees: { amount: number }[] };
    data.fees[1]!.amount = NEW_AMOUNT + 1;
    writeFileSync(file, JSON.stringify(data, null, 2));
    await importFiles({ asEmail: publisher.email, dir: out });
    const draft = await db.catalogueDraft.findUniqueOrThrow({
      where: { slug: SLUG },
      select: { id: true, revision: true },
    });
    expect(await codeOf(catalogue.publishDraft(publisher, draft.id, { revision: draft.revision }))).toBe("FORBIDDEN");
  });

  it("makes a new-procedure draft from a file with a new slug", async () => {
    const out = tempDir();
    await exportFiles(db, { outDir: out });
    const data = JSON.parse(readFileSync(path.join(out, "procedures", `${SLUG}.json`), "utf8")) as Record<
      string,
      unknown
    >;
    const slug = "renovacion-de-prueba-importada";
    writeFileSync(
      path.join(out, "procedures", `${slug}.json`),
      JSON.stringify({ ...data, slug, featuredRank: null, stable: undefined }, null, 2),
    );
    // The files' cross-references hold for it too: an answer of the guide leads to it.
    const guideFile = path.join(out, "guide.json");
    const guide = JSON.parse(readFileSync(guideFile, "utf8")) as {
      results: { id: string; procedures?: { slug: string }[] }[];
    };
    guide.results.find((r) => r.id === "renovacion")!.procedures!.push({ slug });
    writeFileSync(guideFile, JSON.stringify(guide));
    const report = await importFiles({ asEmail: editor.email, dir: out });
    expect(report.outcomes.find((o) => o.slug === slug)).toMatchObject({ result: "new-procedure" });
    const draft = await db.catalogueDraft.findUniqueOrThrow({
      where: { slug },
      select: { procedureId: true, status: true, note: true },
    });
    expect(draft).toEqual({
      procedureId: null,
      status: "submitted",
      note: `Importado de archivos: procedures/${slug}.json`,
    });
    expect(await db.procedure.count({ where: { slug } })).toBe(0);
  });
});
