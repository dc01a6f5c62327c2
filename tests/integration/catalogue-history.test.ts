import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { StaffActor } from "@/lib/auth/permissions";
import { createPrismaClient } from "@/lib/db";
import type { DataRow } from "@/lib/open-data/types";
import { createTestDatabase, type TestDatabase } from "../factories/database";
import { createStaff } from "../factories/staff";

/**
 * The public record read back after real publications (editor drafts, another person publishes): the
 * version list and its periods, the open-data versions file, the catalogue's version moving so caches
 * refetch, and a retired procedure refusing to start an application.
 */

const CHANGED = "regularizacion-por-razones-humanitarias";
const RETIRED = "notificacion-cambio-de-nacionalidad";
const REPLACEMENT = "notificacion-cambio-de-nombre";

let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
let mutations: typeof import("@/lib/catalogue/mutations");
let versions: typeof import("@/lib/catalogue/versions");
let openData: typeof import("@/lib/open-data/queries");
let applications: typeof import("@/lib/applications/mutations");
let generation: typeof import("@/lib/cache/catalogue-generation");
let editor: StaffActor;
let publisher: StaffActor;

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  mutations = await import("@/lib/catalogue/mutations");
  versions = await import("@/lib/catalogue/versions");
  openData = await import("@/lib/open-data/queries");
  applications = await import("@/lib/applications/mutations");
  generation = await import("@/lib/cache/catalogue-generation");
  editor = await createStaff(db, { role: "editor" });
  publisher = await createStaff(db, { role: "publisher" });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

/** One change published the way the back office does it; the in-process catalogue copy reloads as after a publish. */
async function publish(slug: string, patch: Record<string, unknown>, note: string, effectiveAt?: string) {
  const { id } = await mutations.openDraft(editor, slug);
  const draft = await db.catalogueDraft.findUniqueOrThrow({
    where: { id },
    select: { revision: true, document: true },
  });
  const document = { ...(draft.document as Record<string, unknown>), ...patch };
  const saved = await mutations.saveDraft(editor, id, { revision: draft.revision, document, note });
  const submitted = await mutations.submitDraft(editor, id, { revision: saved.revision });
  const publication = await mutations.publishDraft(publisher, id, { revision: submitted.revision, effectiveAt });
  generation.announceCatalogueChange();
  return publication;
}

async function rows(): Promise<DataRow[]> {
  const all: DataRow[] = [];
  for await (const row of openData.readVersionRows()) all.push(row);
  return all;
}

describe("the published record", () => {
  const note = `Se aclara la descripción (${randomBytes(3).toString("hex")}).`;

  it("lists a procedure's versions newest first: the new one live, version 1 from the data files", async () => {
    const before = await openData.getCatalogueVersion();
    await publish(CHANGED, { description: { es: "Descripción nueva.", en: "New description." } }, note);
    const list = await versions.listProcedureVersions(CHANGED);
    expect(list?.map((v) => [v.number, v.isLive, v.isScheduled, v.origin])).toEqual([
      [2, true, false, "editor"],
      [1, false, false, "files"],
    ]);
    expect(list?.[0]?.note).toBe(note);
    // The open-data files' validator moved, so a cache that asks "changed?" gets the new rows.
    expect((await openData.getCatalogueVersion()).etag).not.toBe(before.etag);
  });

  it("keeps version 1 readable as it was, and the procedure reads as version 2", async () => {
    const v1 = await versions.getProcedureVersion(CHANGED, 1);
    const v2 = await versions.getProcedureVersion(CHANGED, 2);
    expect(v1?.procedure.description.es).not.toBe("Descripción nueva.");
    expect(v2?.procedure.description.es).toBe("Descripción nueva.");
    expect(v2?.procedure.version?.number).toBe(2);
    expect(await versions.getProcedureVersion(CHANGED, 3)).toBeNull();
  });

  it("shows a scheduled version as published but not in force", async () => {
    await publish(CHANGED, { audience: { es: "Para todos.", en: "For everyone." } }, "Cambio para 2099.", "2099-01-01");
    const list = await versions.listProcedureVersions(CHANGED);
    expect(list?.map((v) => [v.number, v.isLive, v.isScheduled])).toEqual([
      [3, false, true],
      [2, true, false],
      [1, false, false],
    ]);
    // 00:00 on 1 January 2099 in Mexico City (UTC−6).
    expect(list?.[0]?.effectiveAt).toBe("2099-01-01T06:00:00.000Z");
  });

  it("publishes every version in the versions file with its changes in words", async () => {
    const mine = (await rows()).filter((r) => r.procedure_slug === CHANGED);
    expect(mine.map((r) => [r.version, r.origin])).toEqual([
      [1, "files"],
      [2, "editor"],
      [3, "editor"],
    ]);
    expect(mine.slice(1).map((r) => r.note)).toEqual([note, "Cambio para 2099."]);
    expect(mine[0]).toMatchObject({
      changes: 1,
      summary_es: "Se publicó el trámite «Regularización por razones humanitarias».",
      summary_en: "The procedure “Regularisation on humanitarian grounds” was published.",
    });
    expect(mine[1]).toMatchObject({
      changes: 1,
      summary_es: "Se actualizó la descripción del trámite.",
    });
    expect(mine[2]?.effective_at).toBe("2099-01-01T06:00:00.000Z");
  });

  it("a retired procedure keeps its record but starts no new application, and stores nothing", async () => {
    const started = await applications.startDraft(RETIRED, "es", `it-${randomBytes(4).toString("hex")}`);
    expect(started).toHaveProperty("token");
    await publish(
      RETIRED,
      {
        retired: {
          on: "2026-12-01",
          replacedBy: [REPLACEMENT],
          note: { es: "Se avisa con el cambio de nombre.", en: "Reported with the change of name." },
        },
      },
      "Se deja de ofrecer.",
    );
    const draftsBefore = await db.applicationDraft.count();
    expect(await applications.startDraft(RETIRED, "es", `it-${randomBytes(4).toString("hex")}`)).toEqual({
      retired: true,
    });
    expect(await db.applicationDraft.count()).toBe(draftsBefore);
    // A form started before the retirement cannot be sent after it.
    const applicationsBefore = await db.application.count();
    expect(await applications.submitDraft((started as { token: string }).token, RETIRED, "203.0.113.7")).toEqual({
      ok: false,
      reason: "RETIRED",
    });
    expect(await db.application.count()).toBe(applicationsBefore);
    const version = await versions.getProcedureVersion(RETIRED, 2);
    expect(version?.procedure.retired).toEqual({
      on: "2026-12-01",
      replacedBy: [REPLACEMENT],
      note: { es: "Se avisa con el cambio de nombre.", en: "Reported with the change of name." },
    });
  });
});
