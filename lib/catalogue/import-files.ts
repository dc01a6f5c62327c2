/**
 * `npm run catalogue:import`: catalogue data files turned into drafts that go through the same review as an
 * editor's (a publisher who is not the importer publishes them). Nothing is published here.
 */
import "server-only";
import { isDeepStrictEqual } from "node:util";
import { authorize, type StaffActor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { loadCatalogue } from "@/prisma/catalogue/validate";
import { citedSourceIds } from "./document";
import { documentOfFile } from "./file-format";
import { discardDraft, openDraft, saveDraft, startNewProcedure, submitDraft } from "./mutations";

/** The change note of every imported draft, followed by the file's name. */
export const IMPORT_NOTE = "Importado de archivos";

export type ImportOutcome =
  | { slug: string; file: string; result: "unchanged" }
  | { slug: string; file: string; result: "draft" | "new-procedure"; draftId: number }
  | { slug: string; file: string; result: "refused"; reason: string };

export type ImportReport = { outcomes: ImportOutcome[]; notInFiles: string[] };

/** The staff account the drafts are made under: it must exist, be active and hold catalogue.edit. */
async function importer(email: string): Promise<StaffActor> {
  const account = await getDb().staffUser.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, role: true, disabledAt: true },
  });
  if (!account || account.disabledAt)
    throw new DomainError("NOT_FOUND", `No active staff account with the e-mail ${email}`);
  try {
    return authorize({ id: account.id, role: account.role }, "catalogue.edit");
  } catch {
    throw new DomainError("FORBIDDEN", `${email} is a ${account.role}: importing needs the editor or publisher role`);
  }
}

/** Why a draft was refused, in words a maintainer reads in the terminal. */
function reasonOf(error: unknown): string {
  if (!(error instanceof DomainError)) throw error;
  const fields = error.fieldErrors ? Object.entries(error.fieldErrors).map(([path, key]) => `${path}: ${key}`) : [];
  return fields.length ? `${error.message} (${fields.join("; ")})` : error.message;
}

/**
 * Validates every file of `dir` with the schema and cross-references the seed uses (a file that fails stops
 * the import before anything is written), then for each procedure whose file differs from its newest
 * published version makes a submitted draft from the file, authored by `asEmail`, noted
 * "Importado de archivos: procedures/<slug>.json". A new slug becomes a new-procedure draft. A procedure that
 * already has a draft open is refused (the open draft is someone's work: publish or discard it first).
 */
export async function importCatalogueFiles(options: { asEmail: string; dir?: string }): Promise<ImportReport> {
  const actor = await importer(options.asEmail);
  const catalogue = loadCatalogue(options.dir);
  const db = getDb();
  const procedures = await db.procedure.findMany({
    select: {
      slug: true,
      catalogueDraft: { select: { id: true } },
      versions: { orderBy: { number: "desc" }, take: 1, select: { document: true } },
    },
  });
  const bySlug = new Map(procedures.map((p) => [p.slug, p]));
  const knownSources = new Map(
    (
      await db.source.findMany({
        select: { id: true, title: true, publisher: true, url: true, kind: true, accessedOn: true },
      })
    ).map((s) => [s.id, { ...s, accessedOn: s.accessedOn.toISOString().slice(0, 10) }]),
  );
  const outcomes: ImportOutcome[] = [];
  for (const { slug } of catalogue.procedures) {
    const file = `procedures/${slug}.json`;
    // Through JSON: the stored document went through jsonb, where undefined members do not exist.
    const document = JSON.parse(JSON.stringify(documentOfFile(catalogue, slug))) as Record<string, unknown>;
    const existing = bySlug.get(slug);
    const latest = existing?.versions[0]?.document;
    if (latest !== undefined && isDeepStrictEqual(latest, document)) {
      outcomes.push({ slug, file, result: "unchanged" });
      continue;
    }
    const openDraftOf = existing
      ? existing.catalogueDraft
      : await db.catalogueDraft.findUnique({ where: { slug }, select: { id: true } });
    if (openDraftOf) {
      outcomes.push({
        slug,
        file,
        result: "refused",
        reason: `draft #${openDraftOf.id} is already open for this procedure: publish or discard it first`,
      });
      continue;
    }
    // Sources the file cites that the database lacks or has differently are published with the draft.
    const newSources = catalogue.sources.filter(
      (s) => citedSourceIds(document).includes(s.id) && !isDeepStrictEqual(knownSources.get(s.id), s),
    );
    let draftId: number | null = null;
    try {
      ({ id: draftId } = existing ? await openDraft(actor, slug) : await startNewProcedure(actor, { slug }));
      const { revision } = await db.catalogueDraft.findUniqueOrThrow({
        where: { id: draftId },
        select: { revision: true },
      });
      const saved = await saveDraft(
        actor,
        draftId,
        { revision, document, note: `${IMPORT_NOTE}: ${file}`, newSources },
        { origin: "import" },
      );
      await submitDraft(actor, draftId, { revision: saved.revision });
      outcomes.push({ slug, file, result: existing ? "draft" : "new-procedure", draftId });
    } catch (error) {
      const reason = reasonOf(error);
      if (draftId !== null) {
        const left = await db.catalogueDraft.findUnique({ where: { id: draftId }, select: { revision: true } });
        if (left) await discardDraft(actor, draftId, { revision: left.revision });
      }
      outcomes.push({ slug, file, result: "refused", reason });
    }
  }
  const inFiles = new Set(catalogue.procedures.map((p) => p.slug));
  return { outcomes, notInFiles: procedures.map((p) => p.slug).filter((s) => !inFiles.has(s)) };
}
