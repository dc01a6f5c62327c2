import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { describeChanges } from "@/lib/catalogue/diff";
import { createPrismaClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "../factories/database";
import { createStaff, type TestStaff } from "../factories/staff";

let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
let catalogue: typeof import("@/lib/catalogue/mutations");
let activateDueVersions: typeof import("@/lib/catalogue/live").activateDueVersions;
let readCatalogue: typeof import("@/lib/procedures/read-catalogue").readCatalogue;
let staffQueries: typeof import("@/lib/catalogue/staff-queries");
let editorA: TestStaff;
let editorB: TestStaff;
let publisher: TestStaff;
let otherPublisher: TestStaff;
/** Procedures of the seeded catalogue, one per test so no test builds on another's versions. */
let slugs: string[];

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  catalogue = await import("@/lib/catalogue/mutations");
  ({ activateDueVersions } = await import("@/lib/catalogue/live"));
  ({ readCatalogue } = await import("@/lib/procedures/read-catalogue"));
  staffQueries = await import("@/lib/catalogue/staff-queries");
  editorA = await createStaff(db, { role: "editor" });
  editorB = await createStaff(db, { role: "editor" });
  publisher = await createStaff(db, { role: "publisher" });
  otherPublisher = await createStaff(db, { role: "publisher" });
  slugs = (await db.procedure.findMany({ orderBy: { slug: "asc" }, select: { slug: true } })).map((p) => p.slug);
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => {
      if (!(error instanceof DomainError)) throw error;
      return { code: error.code, fieldErrors: error.fieldErrors ?? {} };
    },
  );

type Document = Record<string, unknown> & { summary: { es: string; en: string } };

async function draftDocument(id: number): Promise<Document> {
  const row = await db.catalogueDraft.findUniqueOrThrow({ where: { id }, select: { document: true } });
  return row.document as Document;
}

/** Opens the draft of `slug`, saves `change` applied to it as `editor`, and submits it. Revision 2 = submitted. */
async function submitted(editor: TestStaff, slug: string, change: (doc: Document) => Document, note = "Cambio") {
  const { id } = await catalogue.openDraft(editor, slug);
  const document = change(await draftDocument(id));
  await catalogue.saveDraft(editor, id, { revision: 0, document, note });
  await catalogue.submitDraft(editor, id, { revision: 1 });
  return id;
}

const withSummary = (text: string) => (doc: Document) => ({ ...doc, summary: { es: text, en: `${text} (en)` } });

async function versionsOf(slug: string) {
  return db.procedureVersion.findMany({
    where: { procedure: { slug } },
    orderBy: { number: "asc" },
    select: { id: true, number: true, effectiveAt: true, publisherId: true },
  });
}

async function auditActions(slug: string) {
  const rows = await db.auditLog.findMany({
    where: { entity: "procedure", entityId: slug },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true },
  });
  return rows.map((r) => r.action);
}

describe("catalogue workflow", () => {
  it("refuses a publisher who edited the draft, and writes nothing", async () => {
    const slug = slugs[0]!;
    const id = await submitted(publisher, slug, withSummary("Resumen del publicador"));
    const before = await db.catalogueDraft.findUniqueOrThrow({
      where: { id },
      select: { revision: true, status: true },
    });

    expect(await refusal(catalogue.publishDraft(publisher, id, { revision: 2 }))).toMatchObject({ code: "FORBIDDEN" });

    expect((await versionsOf(slug)).map((v) => v.number)).toEqual([1]);
    expect(await db.catalogueDraft.findUnique({ where: { id }, select: { revision: true, status: true } })).toEqual(
      before,
    );
    expect(before).toEqual({ revision: 2, status: "submitted" });
    expect(await auditActions(slug)).not.toContain("catalogue.publish");

    // Another publisher may: two people, always.
    const published = await catalogue.publishDraft(otherPublisher, id, { revision: 2 });
    expect(published).toMatchObject({ slug, number: 2, live: true });
  });

  it("gives the second of two editors saving from the same revision a conflict and keeps the first one's text", async () => {
    const slug = slugs[1]!;
    const { id } = await catalogue.openDraft(editorA, slug);
    expect(await catalogue.openDraft(editorB, slug)).toEqual({ id });
    const base = await draftDocument(id);

    expect(await catalogue.saveDraft(editorA, id, { revision: 0, document: withSummary("Texto de A")(base) })).toEqual({
      revision: 1,
    });
    expect(
      await refusal(catalogue.saveDraft(editorB, id, { revision: 0, document: withSummary("Texto de B")(base) })),
    ).toMatchObject({ code: "CONFLICT" });

    const stored = await db.catalogueDraft.findUniqueOrThrow({
      where: { id },
      select: { document: true, revision: true, authorIds: true },
    });
    expect((stored.document as Document).summary.es).toBe("Texto de A");
    expect(stored.revision).toBe(1);
    expect(stored.authorIds).toEqual([editorA.id]);
  });

  it("puts a scheduled version in force at its time and not a second before, with an audit row", async () => {
    const slug = slugs[2]!;
    const [first] = await versionsOf(slug);
    const id = await submitted(editorA, slug, withSummary("Cuotas nuevas"));
    const publication = await catalogue.publishDraft(otherPublisher, id, { revision: 2, effectiveAt: "2030-01-01" });
    // 00:00 on 1 January 2030 in Mexico City (UTC−6 all year since 2022).
    const at = new Date("2030-01-01T06:00:00.000Z");
    expect(publication).toEqual({ slug, number: 2, effectiveAt: at, live: false });
    const liveId = async () =>
      (await db.procedure.findUniqueOrThrow({ where: { slug }, select: { liveVersionId: true } })).liveVersionId;
    expect(await liveId()).toBe(first!.id);

    const early = await activateDueVersions(db, new Date(at.getTime() - 1000));
    expect(early.activated).not.toContainEqual({ slug, number: 2 });
    expect(await liveId()).toBe(first!.id);
    expect(await auditActions(slug)).not.toContain("catalogue.version_live");

    const due = await activateDueVersions(db, at);
    expect(due.activated).toContainEqual({ slug, number: 2 });
    const [, second] = await versionsOf(slug);
    expect(await liveId()).toBe(second!.id);
    const live = await db.auditLog.findMany({
      where: { entityId: slug, action: "catalogue.version_live" },
      select: { actorId: true, after: true },
    });
    expect(live).toEqual([{ actorId: "system", after: { version: 2, at: "2030-01-01T06:00:00.000Z" } }]);
    expect((await readCatalogue(db)).procedures.find((p) => p.slug === slug)?.summary.es).toBe("Cuotas nuevas");
  });

  it("refuses to publish a draft when a newer version appeared since it began", async () => {
    const slug = slugs[3]!;
    const id = await submitted(editorA, slug, withSummary("Borrador viejo"));
    const [first] = await versionsOf(slug);
    const procedure = await db.procedure.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const original = await db.procedureVersion.findUniqueOrThrow({
      where: { id: first!.id },
      select: { document: true, sources: true },
    });
    // Another path wrote version 2 (as an import or a second server would) while the draft still says base 1.
    await db.procedureVersion.create({
      data: {
        procedureId: procedure.id,
        number: 2,
        document: original.document as object,
        sources: original.sources as object,
        changes: [],
        note: "Otra versión",
        origin: "import",
        authorIds: [editorB.id],
        publisherId: publisher.id,
        publishedAt: new Date(),
        effectiveAt: new Date(),
      },
    });

    expect(await refusal(catalogue.publishDraft(otherPublisher, id, { revision: 2 }))).toMatchObject({
      code: "CONFLICT",
    });
    expect((await versionsOf(slug)).map((v) => v.number)).toEqual([1, 2]);
    expect(await db.catalogueDraft.findUnique({ where: { id }, select: { status: true } })).toEqual({
      status: "submitted",
    });
  });

  it("writes exactly one audit row per step, and none for a refused step", async () => {
    const slug = slugs[4]!;
    const { id } = await catalogue.openDraft(editorA, slug);
    const base = await draftDocument(id);
    await catalogue.saveDraft(editorA, id, { revision: 0, document: withSummary("Primero")(base), note: "Nota" });
    await refusal(catalogue.saveDraft(editorB, id, { revision: 0, document: withSummary("Tarde")(base) }));
    await catalogue.submitDraft(editorA, id, { revision: 1 });
    await refusal(catalogue.returnDraft(otherPublisher, id, { revision: 2, comment: "" }));
    await catalogue.returnDraft(otherPublisher, id, { revision: 2, comment: "Falta el costo" });
    await catalogue.saveDraft(editorB, id, { revision: 3, document: withSummary("Segundo")(base), note: "Nota" });
    await catalogue.submitDraft(editorB, id, { revision: 4 });
    await refusal(catalogue.publishDraft(editorA, id, { revision: 5 }));
    await catalogue.publishDraft(publisher, id, { revision: 5 });

    expect(await auditActions(slug)).toEqual([
      "catalogue.draft_open",
      "catalogue.draft_save",
      "catalogue.draft_submit",
      "catalogue.draft_return",
      "catalogue.draft_save",
      "catalogue.draft_submit",
      "catalogue.publish",
    ]);
    const publish = await db.auditLog.findFirstOrThrow({
      where: { entityId: slug, action: "catalogue.publish" },
      select: { actorId: true, before: true, after: true },
    });
    expect(publish.actorId).toBe(publisher.id);
    expect(publish.before).toEqual({ version: 1 });
    expect(publish.after).toMatchObject({ version: 2, authors: [editorA.id, editorB.id] });
  });

  it("refuses an effective date before the previous version's", async () => {
    const slug = slugs[5]!;
    const first = await submitted(editorA, slug, withSummary("Desde 2031"));
    await catalogue.publishDraft(publisher, first, { revision: 2, effectiveAt: "2031-01-01" });
    const second = await submitted(editorB, slug, withSummary("Antes"));

    expect(
      await refusal(catalogue.publishDraft(publisher, second, { revision: 2, effectiveAt: "2030-06-01" })),
    ).toEqual({
      code: "INVALID_INPUT",
      fieldErrors: { effectiveAt: "catalogue.errors.effectiveBeforePrevious" },
    });
    expect((await versionsOf(slug)).map((v) => v.number)).toEqual([1, 2]);
  });

  it("retires a procedure through a draft: the live procedure says so and names its replacement", async () => {
    // The longest slug: its audit rows must fit (the entity id column once held only 60 characters).
    const slug = "expedicion-de-documento-migratorio-por-autorizacion-de-condicion-de-estancia";
    expect(slugs).toContain(slug);
    const replacement = slugs[7]!;
    const retired = {
      on: "2026-12-01",
      replacedBy: [replacement],
      note: { es: "Se sustituye por otro trámite.", en: "Replaced by another procedure." },
    };
    const id = await submitted(editorA, slug, (doc) => ({ ...doc, retired }), "Retiro");
    await catalogue.publishDraft(publisher, id, { revision: 2 });

    const live = (await readCatalogue(db)).procedures.find((p) => p.slug === slug);
    expect(live?.retired).toEqual(retired);
    expect(live?.version?.number).toBe(2);
  });
  it("lists a scheduled version, a submitted draft with its editors (first for review) and a new procedure's draft", async () => {
    const slug = slugs[8]!;
    const first = await submitted(editorA, slug, withSummary("Programada"));
    await catalogue.publishDraft(publisher, first, { revision: 2, effectiveAt: "2032-03-01T09:30" });
    await submitted(editorB, slug, withSummary("Siguiente"), "Otra nota");
    const newSlug = `tramite-nuevo-${Date.now()}`;
    await catalogue.startNewProcedure(editorA, { slug: newSlug, copyFrom: slug });

    const { pending, items } = await staffQueries.listCatalogueForStaff(publisher);
    const item = items.find((i) => i.slug === slug);
    expect(item).toMatchObject({
      live: { number: 1 },
      // 09:30 in Mexico City.
      scheduled: { number: 2, effectiveAt: "2032-03-01T15:30:00.000Z" },
      isRetired: false,
      draft: { status: "submitted", editors: [editorB.name], isNew: false },
    });
    expect(pending.map((i) => i.slug)).toContain(slug);
    expect(items.find((i) => i.slug === newSlug)).toMatchObject({
      live: null,
      scheduled: null,
      draft: { status: "editing", editors: [editorA.name], isNew: true },
    });
    expect(pending.map((i) => i.slug)).not.toContain(newSlug);

    const review = await staffQueries.getDraftReview(publisher, slug);
    expect(review).toMatchObject({ baseVersion: 2, latest: { number: 2 }, note: "Otra nota", isEditor: false });
    expect(review?.problems).toBeNull();
    expect(describeChanges(review!.changes, "es")).toEqual(["Se actualizó el resumen del trámite."]);
    expect((await staffQueries.getDraftReview(editorB, slug))?.isEditor).toBe(true);
  });

  it("previews an incomplete draft as its problems, by document path, and a complete one as the public shape", async () => {
    const slug = slugs[9]!;
    const { id } = await catalogue.openDraft(editorA, slug);
    const document = await draftDocument(id);
    const complete = await staffQueries.getDraftPreview(editorA, slug);
    expect(complete?.problems).toBeNull();
    expect(complete?.procedure?.summary).toEqual(document.summary);

    const requirements = document.requirements as { name: { es: string; en: string } }[];
    requirements[0] = { ...requirements[0]!, name: { es: "", en: requirements[0]!.name.en } };
    await catalogue.saveDraft(editorA, id, { revision: 0, document });
    const broken = await staffQueries.getDraftPreview(editorA, slug);
    expect(broken?.problems).toEqual({ "requirements.0.name.es": "catalogue.errors.required" });
  });
});
