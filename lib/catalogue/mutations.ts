import "server-only";
import { DRAFT_SELECT } from "./draft-select";
import { authorize, type StaffActor } from "@/lib/auth/permissions";
import { localTimeIn } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { fieldErrorsFromZod } from "@/lib/forms/action-state";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SourceData } from "@/prisma/catalogue/schema";
import { loadCheckContext } from "./context";
import { diffProcedures } from "./diff";
import { citedSourceIds, type ProcedureDocument } from "./document";
import { bumpCatalogueGeneration, setLiveVersion } from "./live";
import {
  draftReturnSchema,
  draftSaveSchema,
  draftStepSchema,
  draftSubmitSchema,
  newProcedureSchema,
  publishSchema,
} from "./schemas";
import { checkDocument } from "./validate-document";

/**
 * The catalogue's editorial workflow. An editor opens the draft of a procedure (one per procedure, shared),
 * saves it (each save names the revision it started from: a stale one is a conflict, never an overwrite),
 * and submits it; a publisher who did not edit it publishes it as a new immutable version, at once or from a
 * future date, or sends it back. Every step writes its audit row in the same transaction.
 */

type Tx = Prisma.TransactionClient;
type Meta = { now?: Date };

function invalid(issues: readonly { path: readonly PropertyKey[]; message: string }[]): DomainError {
  return new DomainError("INVALID_INPUT", "Invalid catalogue input", { fieldErrors: fieldErrorsFromZod(issues) });
}

function audit(actor: StaffActor, action: string, slug: string, before: unknown, after: unknown) {
  return {
    data: {
      actorId: actor.id,
      actorRole: actor.role,
      action,
      entity: "procedure",
      entityId: slug,
      before: (before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (after ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  };
}

const draftConflict = () =>
  new DomainError("CONFLICT", "The draft changed since it was read", { fieldErrors: {}, params: {} });

/** Locks the draft row for this transaction; NOT_FOUND when it is gone (published or discarded meanwhile). */
async function lockDraft(tx: Tx, id: number) {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM catalogue_draft WHERE id = ${id} FOR UPDATE`;
  if (!rows.length) throw new DomainError("NOT_FOUND", "No such draft");
  return tx.catalogueDraft.findUniqueOrThrow({
    where: { id },
    select: DRAFT_SELECT,
  });
}

async function latestVersion(tx: Tx, procedureId: number) {
  return tx.procedureVersion.findFirst({
    where: { procedureId },
    orderBy: { number: "desc" },
    select: { id: true, number: true, document: true, effectiveAt: true },
  });
}

/**
 * Opens the draft of an existing procedure: the one already open (editors share it), or a new one that
 * starts from the newest published version (a scheduled one included: it is what the next change builds on).
 */
export async function openDraft(actor: StaffActor | null, slug: string): Promise<{ id: number }> {
  const editor = authorize(actor, "catalogue.edit");
  return getDb().$transaction(async (tx) => {
    const procedure = await tx.procedure.findUnique({
      where: { slug },
      select: { id: true, catalogueDraft: { select: { id: true } } },
    });
    if (!procedure) throw new DomainError("NOT_FOUND", "No such procedure");
    if (procedure.catalogueDraft) return { id: procedure.catalogueDraft.id };
    const latest = await latestVersion(tx, procedure.id);
    if (!latest) throw new DomainError("NOT_FOUND", "The procedure has no published version");
    try {
      const draft = await tx.catalogueDraft.create({
        data: {
          procedureId: procedure.id,
          slug,
          baseVersion: latest.number,
          document: latest.document as Prisma.InputJsonValue,
          authorIds: [],
          createdById: editor.id,
        },
        select: { id: true },
      });
      await tx.auditLog.create(
        audit(editor, "catalogue.draft_open", slug, null, { draft: draft.id, base: latest.number }),
      );
      return draft;
    } catch (error) {
      if ((error as { code?: string }).code === "P2002") throw draftConflict();
      throw error;
    }
  });
}

/** Starts a draft that creates a new procedure, empty or copied from an existing one's newest version. */
export async function startNewProcedure(actor: StaffActor | null, raw: unknown): Promise<{ id: number }> {
  const editor = authorize(actor, "catalogue.edit");
  const parsed = newProcedureSchema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const { slug, copyFrom } = parsed.data;
  return getDb().$transaction(async (tx) => {
    const taken =
      (await tx.procedure.count({ where: { slug } })) + (await tx.catalogueDraft.count({ where: { slug } }));
    if (taken)
      throw new DomainError("INVALID_INPUT", "Slug taken", { fieldErrors: { slug: "catalogue.errors.slugTaken" } });
    let document: Record<string, unknown> = { slug };
    if (copyFrom) {
      const source = await tx.procedure.findUnique({ where: { slug: copyFrom }, select: { id: true } });
      const latest = source ? await latestVersion(tx, source.id) : null;
      if (!latest)
        throw new DomainError("INVALID_INPUT", "Unknown procedure", {
          fieldErrors: { copyFrom: "catalogue.errors.unknownProcedure" },
        });
      const copied: Record<string, unknown> = { ...(latest.document as Record<string, unknown>), slug };
      delete copied.retired;
      delete copied.stable;
      document = { ...copied, featuredRank: null };
    }
    const draft = await tx.catalogueDraft.create({
      data: { slug, document: document as Prisma.InputJsonValue, authorIds: [editor.id], createdById: editor.id },
      select: { id: true },
    });
    await tx.auditLog.create(
      audit(editor, "catalogue.draft_new", slug, null, { draft: draft.id, copyFrom: copyFrom ?? null }),
    );
    return draft;
  });
}

/**
 * Saves the draft as the editor has it (autosave and the save button). The document may be incomplete; it
 * is checked on submission. Returns the new revision, which the next save must name.
 * @throws CONFLICT when someone saved since `revision` (the caller keeps what the editor typed).
 */
export async function saveDraft(
  actor: StaffActor | null,
  draftId: number,
  raw: unknown,
  /** Set by `npm run catalogue:import` only; never read from the request. */
  meta: { origin?: "editor" | "import" } = {},
): Promise<{ revision: number }> {
  const editor = authorize(actor, "catalogue.edit");
  const parsed = draftSaveSchema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const input = parsed.data;
  return getDb().$transaction(async (tx) => {
    const draft = await lockDraft(tx, draftId);
    if (draft.revision !== input.revision) throw draftConflict();
    if (draft.status !== "editing")
      throw new DomainError("CONFLICT", "Submitted drafts are frozen until published or sent back");
    // A new procedure's slug is fixed when it is started; an existing one's can never change.
    const document = { ...input.document, slug: draft.slug };
    const authorIds = draft.authorIds.includes(editor.id) ? draft.authorIds : [...draft.authorIds, editor.id];
    await tx.catalogueDraft.update({
      where: { id: draftId },
      data: {
        document: document as Prisma.InputJsonValue,
        note: input.note,
        newSources: input.newSources as Prisma.InputJsonValue,
        revision: { increment: 1 },
        authorIds,
        origin: meta.origin ?? "editor",
        reviewComment: null,
      },
    });
    await tx.auditLog.create(
      audit(editor, "catalogue.draft_save", draft.slug, { revision: draft.revision }, { revision: draft.revision + 1 }),
    );
    return { revision: draft.revision + 1 };
  });
}

/** Checks the whole draft as publication will and marks it for review. Field errors name document paths. */
export async function submitDraft(
  actor: StaffActor | null,
  draftId: number,
  raw: unknown,
): Promise<{ revision: number }> {
  const editor = authorize(actor, "catalogue.edit");
  const parsed = draftSubmitSchema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues);
  return getDb().$transaction(async (tx) => {
    const draft = await lockDraft(tx, draftId);
    if (draft.revision !== parsed.data.revision) throw draftConflict();
    if (draft.status !== "editing") throw new DomainError("CONFLICT", "Already submitted");
    if (!draft.note.trim())
      throw new DomainError("INVALID_INPUT", "A change note is required", {
        fieldErrors: { note: "catalogue.errors.noteRequired" },
      });
    const newSources = draft.newSources as SourceData[];
    const check = checkDocument(draft.document, await loadCheckContext(tx, newSources, draft.slug));
    if (!check.ok)
      throw new DomainError("INVALID_INPUT", "The draft is incomplete", { fieldErrors: check.fieldErrors });
    await tx.catalogueDraft.update({
      where: { id: draftId },
      data: { status: "submitted", submittedAt: new Date(), revision: { increment: 1 }, reviewComment: null },
    });
    await tx.auditLog.create(
      audit(editor, "catalogue.draft_submit", draft.slug, null, { revision: draft.revision + 1 }),
    );
    return { revision: draft.revision + 1 };
  });
}

/** Takes a submitted draft back to editing: its editors change their mind, or a publisher sends it back with a reason. */
export async function returnDraft(
  actor: StaffActor | null,
  draftId: number,
  raw: unknown,
): Promise<{ revision: number }> {
  const staff = authorize(actor, "catalogue.edit");
  const isPublisher = staff.role === "publisher";
  const parsed = (isPublisher ? draftReturnSchema : draftStepSchema).safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const comment = "comment" in parsed.data ? (parsed.data.comment as string) : null;
  return getDb().$transaction(async (tx) => {
    const draft = await lockDraft(tx, draftId);
    if (draft.revision !== parsed.data.revision) throw draftConflict();
    if (draft.status !== "submitted") throw new DomainError("CONFLICT", "Not submitted");
    await tx.catalogueDraft.update({
      where: { id: draftId },
      data: { status: "editing", revision: { increment: 1 }, reviewComment: comment },
    });
    await tx.auditLog.create(audit(staff, "catalogue.draft_return", draft.slug, null, { comment }));
    return { revision: draft.revision + 1 };
  });
}

/** Throws the draft away (the published versions are untouched). */
export async function discardDraft(actor: StaffActor | null, draftId: number, raw: unknown): Promise<void> {
  const editor = authorize(actor, "catalogue.edit");
  const parsed = draftStepSchema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues);
  await getDb().$transaction(async (tx) => {
    const draft = await lockDraft(tx, draftId);
    if (draft.revision !== parsed.data.revision) throw draftConflict();
    await tx.catalogueDraft.delete({ where: { id: draftId } });
    await tx.auditLog.create(audit(editor, "catalogue.draft_discard", draft.slug, { revision: draft.revision }, null));
  });
}

/** "2027-01-01" = 00:00 that day in the institution's time zone; "2027-01-01T09:30" likewise; a full ISO instant as is. */
export function parseEffectiveAt(value: string): Date {
  const local = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!local) return new Date(value);
  const start = localTimeIn(local[1]!, Number(local[2] ?? 0));
  return new Date(start.getTime() + Number(local[3] ?? 0) * 60_000);
}

export type Publication = { slug: string; number: number; effectiveAt: Date; live: boolean };

/**
 * Publishes a submitted draft as the procedure's next version. Refused when the publisher edited the draft
 * (two people, always), when the draft changed since the publisher read it (`revision`), when a newer
 * version was published since the draft began, or when it would take effect before the version before it.
 */
export async function publishDraft(
  actor: StaffActor | null,
  draftId: number,
  raw: unknown,
  meta: Meta = {},
): Promise<Publication> {
  const publisher = authorize(actor, "catalogue.publish");
  const parsed = publishSchema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const now = meta.now ?? new Date();
  const requested = parsed.data.effectiveAt ? parseEffectiveAt(parsed.data.effectiveAt) : null;
  return getDb().$transaction(async (tx) => {
    const draft = await lockDraft(tx, draftId);
    if (draft.revision !== parsed.data.revision) throw draftConflict();
    if (draft.status !== "submitted") throw new DomainError("CONFLICT", "Only a submitted draft is published");
    if (draft.authorIds.includes(publisher.id))
      throw new DomainError("FORBIDDEN", "A publisher never publishes a draft they edited", {
        fieldErrors: {},
        params: {},
      });
    const newSources = draft.newSources as SourceData[];
    const context = await loadCheckContext(tx, newSources, draft.slug);
    const check = checkDocument(draft.document, context);
    if (!check.ok)
      throw new DomainError("INVALID_INPUT", "The draft is incomplete", { fieldErrors: check.fieldErrors });
    const document: ProcedureDocument = check.document;

    let procedureId = draft.procedureId;
    if (procedureId === null) {
      const created = await tx.procedure.create({ data: { slug: draft.slug }, select: { id: true } });
      procedureId = created.id;
    }
    const latest = await latestVersion(tx, procedureId);
    if ((latest?.number ?? null) !== draft.baseVersion)
      throw new DomainError("CONFLICT", "A newer version was published since this draft began");
    const effectiveAt = requested && requested > now ? requested : now;
    if (latest && effectiveAt < latest.effectiveAt)
      throw new DomainError("INVALID_INPUT", "Takes effect before the previous version", {
        fieldErrors: { effectiveAt: "catalogue.errors.effectiveBeforePrevious" },
      });

    for (const s of newSources) {
      const data = {
        title: s.title,
        publisher: s.publisher,
        url: s.url,
        kind: s.kind,
        accessedOn: new Date(`${s.accessedOn}T00:00:00.000Z`),
      };
      await tx.source.upsert({ where: { id: s.id }, create: { id: s.id, ...data }, update: data });
    }
    const cited = await tx.source.findMany({
      where: { id: { in: citedSourceIds(document) } },
      orderBy: { id: "asc" },
      select: { id: true, title: true, publisher: true, url: true, kind: true, accessedOn: true },
    });
    const number = (latest?.number ?? 0) + 1;
    const changes = diffProcedures((latest?.document as ProcedureDocument | undefined) ?? null, document, {
      nationalityGroups: context.rules.nationalityGroups,
    });
    const version = await tx.procedureVersion.create({
      data: {
        procedureId,
        number,
        document: document as unknown as Prisma.InputJsonValue,
        sources: cited.map((s) => ({ ...s, accessedOn: s.accessedOn.toISOString().slice(0, 10) })),
        changes: changes as unknown as Prisma.InputJsonValue,
        note: draft.note,
        origin: draft.origin,
        authorIds: draft.authorIds,
        publisherId: publisher.id,
        publishedAt: now,
        effectiveAt,
      },
      select: { id: true },
    });
    await tx.catalogueDraft.delete({ where: { id: draftId } });
    const live = effectiveAt <= now;
    if (live) await setLiveVersion(tx, procedureId, version.id, document.offices);
    await bumpCatalogueGeneration(tx);
    await tx.auditLog.create(
      audit(publisher, "catalogue.publish", draft.slug, latest ? { version: latest.number } : null, {
        version: number,
        effectiveAt: effectiveAt.toISOString(),
        authors: draft.authorIds,
        changes: changes.length,
      }),
    );
    return { slug: draft.slug, number, effectiveAt, live };
  });
}
