import "server-only";
import { getDb } from "@/lib/db";
import { procedureFromDocument } from "@/lib/procedures/from-document";
import { getCatalogue } from "@/lib/procedures/queries";
import type { LocalizedText, ProcedureDTO, SourceDTO } from "@/lib/procedures/types";
import type { ProcedureData } from "@/prisma/catalogue/schema";
import type { CatalogueChange } from "./diff";

/**
 * Reads of the published record: a procedure's versions, one version as it was, the latest changes across
 * the catalogue. Public data (versions are public the moment they are published, scheduled ones included).
 */

export type VersionSummary = {
  slug: string;
  title: LocalizedText;
  number: number;
  /** ISO date-times. */
  publishedAt: string;
  effectiveAt: string;
  /** In force now; false for a scheduled one and for earlier ones. */
  isLive: boolean;
  /** Takes effect later. */
  isScheduled: boolean;
  note: string;
  origin: "files" | "editor" | "import";
  changes: CatalogueChange[];
};

export type ProcedureVersionView = VersionSummary & { procedure: ProcedureDTO; sources: Record<string, SourceDTO> };

const summarySelect = {
  id: true,
  number: true,
  document: true,
  publishedAt: true,
  effectiveAt: true,
  note: true,
  origin: true,
  changes: true,
  procedure: { select: { slug: true, liveVersionId: true } },
} as const;

type SummaryRow = {
  id: number;
  number: number;
  document: unknown;
  publishedAt: Date;
  effectiveAt: Date;
  note: string;
  origin: string;
  changes: unknown;
  procedure: { slug: string; liveVersionId: number | null };
};

function summaryOf(row: SummaryRow, now: Date): VersionSummary {
  return {
    slug: row.procedure.slug,
    title: (row.document as ProcedureData).title,
    number: row.number,
    publishedAt: row.publishedAt.toISOString(),
    effectiveAt: row.effectiveAt.toISOString(),
    isLive: row.procedure.liveVersionId === row.id,
    isScheduled: row.effectiveAt > now,
    note: row.note,
    origin: row.origin as VersionSummary["origin"],
    changes: row.changes as CatalogueChange[],
  };
}

/** Every version of a procedure, newest first; null when there is no such procedure. */
export async function listProcedureVersions(slug: string, now = new Date()): Promise<VersionSummary[] | null> {
  const procedure = await getDb().procedure.findUnique({
    where: { slug },
    select: { versions: { orderBy: { number: "desc" }, select: summarySelect } },
  });
  if (!procedure) return null;
  return procedure.versions.map((v) => summaryOf(v, now));
}

/** Published versions across the catalogue, newest publication first (the "recent changes" page and feed). */
export async function listRecentVersions(limit = 50, now = new Date()): Promise<VersionSummary[]> {
  const rows = await getDb().procedureVersion.findMany({
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: summarySelect,
  });
  return rows.map((v) => summaryOf(v, now));
}

/** One version as it was published, in the shape the procedure page renders, with its sources as they read then. */
export async function getProcedureVersion(slug: string, number: number, now = new Date()) {
  const row = await getDb().procedureVersion.findFirst({
    where: { procedure: { slug }, number },
    select: { ...summarySelect, sources: true },
  });
  return row ? viewOf(row, now) : null;
}

/** The version an application was filed under, by its id (applications store it). */
export async function getProcedureVersionById(id: number, now = new Date()): Promise<ProcedureVersionView | null> {
  const row = await getDb().procedureVersion.findUnique({ where: { id }, select: { ...summarySelect, sources: true } });
  return row ? viewOf(row, now) : null;
}

async function viewOf(row: SummaryRow & { sources: unknown }, now: Date): Promise<ProcedureVersionView> {
  const { institution } = await getCatalogue();
  const summary = summaryOf(row, now);
  const procedure = procedureFromDocument(row.document as ProcedureData & { offices: string[] }, institution.rules, {
    number: row.number,
    publishedAt: summary.publishedAt,
    effectiveAt: summary.effectiveAt,
  });
  const sources = Object.fromEntries((row.sources as SourceDTO[]).map((s) => [s.id, s]));
  return { ...summary, procedure, sources };
}
