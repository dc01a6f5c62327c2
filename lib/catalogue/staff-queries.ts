import "server-only";
import { DRAFT_SELECT } from "./draft-select";
import { authorize, type StaffActor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import type { LocalizedText } from "@/lib/i18n/localize";
import { procedureFromDocument } from "@/lib/procedures/from-document";
import { getCatalogue } from "@/lib/procedures/queries";
import type { ProcedureDTO, SourceDTO } from "@/lib/procedures/types";
import type { SourceData } from "@/prisma/catalogue/schema";
import { loadCheckContext } from "./context";
import { diffProcedures, type CatalogueChange } from "./diff";
import { procedureDocumentSchema, type ProcedureDocument } from "./document";
import { checkDocument } from "./validate-document";

/**
 * The back office's reads of the catalogue workflow: every procedure with its live, scheduled and draft
 * state (the catalogue list), one draft as a publisher reviews it, and one draft as the public would see it
 * (the preview). Staff only: each read authorizes first; what leaves is plain DTOs.
 */

export type DraftStatus = "editing" | "submitted";

export type VersionStamp = { number: number; effectiveAt: string };

export type DraftSummary = {
  id: number;
  status: DraftStatus;
  /** Names of everyone who saved it, in order (the publisher must not be one of them). */
  editors: string[];
  /** ISO date-time of the last save. */
  updatedAt: string;
  /** The draft creates a procedure that has no published version yet. */
  isNew: boolean;
};

export type CatalogueListItem = {
  slug: string;
  /** From the live version; a new procedure's draft title (may be empty while it is written). */
  title: LocalizedText | null;
  live: VersionStamp | null;
  /** The newest published version when it takes effect later ("v4 entra en vigor el …"). */
  scheduled: VersionStamp | null;
  isRetired: boolean;
  draft: DraftSummary | null;
};

export type CatalogueOverview = {
  /** Submitted drafts a publisher can act on, oldest submission first. */
  pending: CatalogueListItem[];
  /** Every procedure and every new-procedure draft, alphabetically by slug. */
  items: CatalogueListItem[];
};

const titleOf = (document: unknown): LocalizedText | null => {
  const title = (document as { title?: Partial<LocalizedText> } | null)?.title;
  return title && typeof title.es === "string" && typeof title.en === "string" ? (title as LocalizedText) : null;
};

async function namesOf(ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await getDb().staffUser.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true },
  });
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The catalogue list of the back office (editors and publishers). */
export async function listCatalogueForStaff(actor: StaffActor | null, now = new Date()): Promise<CatalogueOverview> {
  authorize(actor, "catalogue.edit");
  const db = getDb();
  const [procedures, drafts] = await Promise.all([
    db.procedure.findMany({
      orderBy: { slug: "asc" },
      select: {
        slug: true,
        liveVersion: { select: { number: true, effectiveAt: true, document: true } },
        versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, effectiveAt: true, document: true } },
      },
    }),
    db.catalogueDraft.findMany({
      select: {
        id: true,
        procedureId: true,
        slug: true,
        document: true,
        status: true,
        authorIds: true,
        updatedAt: true,
        submittedAt: true,
      },
    }),
  ]);
  const names = await namesOf([...new Set(drafts.flatMap((d) => d.authorIds))]);
  const draftBySlug = new Map(drafts.map((d) => [d.slug, d]));
  const summary = (d: (typeof drafts)[number]): DraftSummary => ({
    id: d.id,
    status: d.status,
    editors: d.authorIds.map((id) => names.get(id) ?? "?"),
    updatedAt: d.updatedAt.toISOString(),
    isNew: d.procedureId === null,
  });
  const items: CatalogueListItem[] = procedures.map((p) => {
    const newest = p.versions[0];
    const draft = draftBySlug.get(p.slug);
    return {
      slug: p.slug,
      title: titleOf(p.liveVersion?.document ?? newest?.document),
      live: p.liveVersion
        ? { number: p.liveVersion.number, effectiveAt: p.liveVersion.effectiveAt.toISOString() }
        : null,
      scheduled:
        newest && newest.effectiveAt > now
          ? { number: newest.number, effectiveAt: newest.effectiveAt.toISOString() }
          : null,
      isRetired: !!(p.liveVersion?.document as { retired?: unknown } | undefined)?.retired,
      draft: draft ? summary(draft) : null,
    };
  });
  const known = new Set(procedures.map((p) => p.slug));
  for (const d of drafts.filter((d) => !known.has(d.slug)))
    items.push({
      slug: d.slug,
      title: titleOf(d.document),
      live: null,
      scheduled: null,
      isRetired: false,
      draft: summary(d),
    });
  items.sort((a, b) => a.slug.localeCompare(b.slug));
  const submittedAt = new Map(drafts.map((d) => [d.slug, d.submittedAt?.getTime() ?? 0]));
  const pending = items
    .filter((i) => i.draft?.status === "submitted")
    .sort((a, b) => submittedAt.get(a.slug)! - submittedAt.get(b.slug)!);
  return { pending, items };
}

/** The slugs an editor may copy a new procedure from (every procedure with a published version). */
export async function listCopyableProcedures(
  actor: StaffActor | null,
): Promise<{ slug: string; title: LocalizedText | null }[]> {
  authorize(actor, "catalogue.edit");
  const rows = await getDb().procedure.findMany({
    where: { versions: { some: {} } },
    orderBy: { slug: "asc" },
    select: { slug: true, versions: { orderBy: { number: "desc" }, take: 1, select: { document: true } } },
  });
  return rows.map((r) => ({ slug: r.slug, title: titleOf(r.versions[0]?.document) }));
}

export type DraftReview = {
  id: number;
  slug: string;
  status: DraftStatus;
  /** The publish and send-back forms name it: a save after the page was read makes them a conflict. */
  revision: number;
  /** The version the draft started from (null for a new procedure). */
  baseVersion: number | null;
  /** The newest published version now (if it is not baseVersion, publishing is refused). */
  latest: VersionStamp | null;
  title: LocalizedText | null;
  note: string;
  reviewComment: string | null;
  editors: string[];
  /** The reader edited this draft (a publisher then cannot publish it). */
  isEditor: boolean;
  updatedAt: string;
  submittedAt: string | null;
  /** What changes against the newest published version; empty while the draft does not pass the checks. */
  changes: CatalogueChange[];
  /** Document path → message key, for a draft that does not pass the checks publication makes; null when it does. */
  problems: Record<string, string> | null;
};

async function readDraft(slug: string) {
  return getDb().catalogueDraft.findUnique({
    where: { slug },
    select: DRAFT_SELECT,
  });
}

/** The draft checked as publication will check it, and the context it was checked against. */
async function checkDraft(draft: { slug: string; document: unknown; newSources: unknown }) {
  const context = await getDb().$transaction((tx) =>
    loadCheckContext(tx, draft.newSources as SourceData[], draft.slug),
  );
  return { check: checkDocument(draft.document, context), context };
}

/** A procedure's open draft as a reviewer reads it; null when the procedure has no draft. */
export async function getDraftReview(actor: StaffActor | null, slug: string): Promise<DraftReview | null> {
  const staff = authorize(actor, "catalogue.edit");
  const draft = await readDraft(slug);
  if (!draft) return null;
  const latest = draft.procedureId
    ? await getDb().procedureVersion.findFirst({
        where: { procedureId: draft.procedureId },
        orderBy: { number: "desc" },
        select: { number: true, effectiveAt: true, document: true },
      })
    : null;
  const { check, context } = await checkDraft(draft);
  const names = await namesOf(draft.authorIds);
  return {
    id: draft.id,
    slug: draft.slug,
    status: draft.status,
    revision: draft.revision,
    baseVersion: draft.baseVersion,
    latest: latest ? { number: latest.number, effectiveAt: latest.effectiveAt.toISOString() } : null,
    title: titleOf(draft.document) ?? titleOf(latest?.document),
    note: draft.note,
    reviewComment: draft.reviewComment,
    editors: draft.authorIds.map((id) => names.get(id) ?? "?"),
    isEditor: draft.authorIds.includes(staff.id),
    updatedAt: draft.updatedAt.toISOString(),
    submittedAt: draft.submittedAt?.toISOString() ?? null,
    // The same comparison publication stores in the version (lib/catalogue/mutations.ts publishDraft).
    changes: check.ok
      ? diffProcedures((latest?.document as ProcedureDocument | undefined) ?? null, check.document, {
          nationalityGroups: context.rules.nationalityGroups,
        })
      : [],
    problems: check.ok ? null : check.fieldErrors,
  };
}

export type DraftPreview = {
  slug: string;
  status: DraftStatus;
  /** The draft as the public page and the checklist PDF would show it; null when it cannot be rendered yet. */
  procedure: ProcedureDTO | null;
  /** The catalogue's sources plus those the draft adds. */
  sources: Record<string, SourceDTO>;
  /** Document path → message key of every check the draft does not pass yet (null: none). */
  problems: Record<string, string> | null;
};

/** A procedure's open draft rendered as the public would see it once published; null without a draft. */
export async function getDraftPreview(actor: StaffActor | null, slug: string): Promise<DraftPreview | null> {
  authorize(actor, "catalogue.edit");
  const draft = await readDraft(slug);
  if (!draft) return null;
  const { check } = await checkDraft(draft);
  // The shape is enough to render; a broken reference (an unknown source…) is listed above the preview.
  const parsed = check.ok ? check : procedureDocumentSchema.safeParse(draft.document);
  const catalogue = await getCatalogue();
  const added = Object.fromEntries((draft.newSources as SourceData[]).map((s) => [s.id, s]));
  const document = "document" in parsed ? parsed.document : parsed.success ? parsed.data : null;
  return {
    slug: draft.slug,
    status: draft.status,
    procedure: document ? procedureFromDocument(document, catalogue.institution.rules, null) : null,
    sources: { ...catalogue.sources, ...added },
    problems: check.ok ? null : check.fieldErrors,
  };
}
