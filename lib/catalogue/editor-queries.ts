import "server-only";
import { DRAFT_SELECT } from "./draft-select";
import { authorize, type StaffActor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import type { LocalizedText } from "@/lib/i18n/localize";
import { listOfficesByState } from "@/lib/offices/queries";
import { conditionSchema } from "@/lib/procedures/conditions";
import { conditionWords, type DescribeContext } from "@/lib/procedures/describe-condition";
import type { InstitutionData } from "@/prisma/catalogue/schema";
import type { DraftStampDTO, EditorDraftDTO, EditorOptionsDTO } from "./editor-types";

/** Reads of the catalogue editor: the draft being edited and the lists its fields choose from. */

/** Audit actions that change a draft's content: the latest one says who saved it last. */
const SAVE_ACTIONS = ["catalogue.draft_save", "catalogue.draft_new", "catalogue.draft_open"];

type Rules = InstitutionData["rules"];

async function lastSaver(slug: string): Promise<string | null> {
  const db = getDb();
  const entry = await db.auditLog.findFirst({
    where: { entity: "procedure", entityId: slug, action: { in: SAVE_ACTIONS } },
    orderBy: { at: "desc" },
    select: { actorId: true },
  });
  if (!entry) return null;
  const staff = await db.staffUser.findUnique({ where: { id: entry.actorId }, select: { name: true } });
  return staff?.name ?? null;
}

/** Each evaluated condition of the document (requirements, fees) in words; a condition that does not parse has none. */
function describeConditions(document: Record<string, unknown>, rules: Rules): Record<string, LocalizedText> {
  const routes = Array.isArray(document.routes) ? (document.routes as DescribeContext["routes"]) : undefined;
  const ctx: DescribeContext = { routes, nationalityGroups: rules.nationalityGroups };
  const out: Record<string, LocalizedText> = {};
  for (const list of ["requirements", "fees"] as const) {
    const items = Array.isArray(document[list]) ? (document[list] as Record<string, unknown>[]) : [];
    items.forEach((item, i) => {
      const parsed = conditionSchema.safeParse(item?.appliesWhen);
      if (!parsed.success) return;
      try {
        const words = conditionWords(parsed.data, null, ctx);
        if (words) out[`${list}.${i}.appliesWhen`] = words;
      } catch {
        // A condition naming a route the draft does not define yet: the field shows no words until it does.
      }
    });
  }
  return out;
}

/**
 * The draft of the procedure `slug` (an existing procedure's or a new one's), or null when there is none
 * (the page then opens one with `openDraft`).
 */
export async function getDraftForEditor(actor: StaffActor | null, slug: string): Promise<EditorDraftDTO | null> {
  authorize(actor, "catalogue.edit");
  const db = getDb();
  const draft = await db.catalogueDraft.findUnique({ where: { slug }, select: DRAFT_SELECT });
  if (!draft) return null;
  const [authors, savedBy, institution] = await Promise.all([
    db.staffUser.findMany({ where: { id: { in: draft.authorIds } }, select: { name: true }, orderBy: { name: "asc" } }),
    lastSaver(slug),
    db.institution.findUniqueOrThrow({ where: { id: 1 }, select: { rules: true } }),
  ]);
  const document = (draft.document ?? {}) as Record<string, unknown>;
  return {
    id: draft.id,
    slug: draft.slug,
    isNew: draft.procedureId === null,
    status: draft.status,
    revision: draft.revision,
    baseVersion: draft.baseVersion,
    document,
    note: draft.note,
    newSources: Array.isArray(draft.newSources) ? (draft.newSources as Record<string, unknown>[]) : [],
    reviewComment: draft.reviewComment,
    authors: authors.map((a) => a.name),
    savedAt: draft.updatedAt.toISOString(),
    savedBy,
    conditionWords: describeConditions(document, institution.rules as unknown as Rules),
  };
}

/** Who saved the draft last, and when: what a conflict message tells the editor. Null when the draft is gone. */
export async function getDraftStamp(actor: StaffActor | null, draftId: number): Promise<DraftStampDTO | null> {
  authorize(actor, "catalogue.edit");
  const draft = await getDb().catalogueDraft.findUnique({
    where: { id: draftId },
    select: { slug: true, revision: true, updatedAt: true },
  });
  if (!draft) return null;
  return { revision: draft.revision, savedAt: draft.updatedAt.toISOString(), savedBy: await lastSaver(draft.slug) };
}

/** What the editor's fields choose from: categories, offices, sources, and the institution's instruments, forms, authorities and currencies. */
export async function getEditorOptions(actor: StaffActor | null): Promise<EditorOptionsDTO> {
  authorize(actor, "catalogue.edit");
  const db = getDb();
  const [categories, sources, institution, states] = await Promise.all([
    db.category.findMany({ select: { slug: true, name: true }, orderBy: { position: "asc" } }),
    db.source.findMany({ select: { id: true, title: true }, orderBy: { id: "asc" } }),
    db.institution.findUniqueOrThrow({ where: { id: 1 }, select: { rules: true } }),
    listOfficesByState(),
  ]);
  const rules = institution.rules as unknown as Rules;
  return {
    categories: categories.map((c) => ({ slug: c.slug, name: c.name as LocalizedText })),
    officesByState: states.map((s) => ({
      stateName: s.stateName,
      offices: s.offices.map((o) => ({ slug: o.slug, name: o.name })),
    })),
    sources,
    instruments: rules.legalInstruments.map((i) => ({ id: i.id, abbreviation: i.abbreviation })),
    forms: rules.forms.map((f) => ({ id: f.id, name: f.name })),
    authorities: rules.authorities.map((a) => ({ id: a.id, name: a.name })),
    currencies: rules.currencies,
  };
}
