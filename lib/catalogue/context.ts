import type { Prisma } from "@/lib/generated/prisma/client";
import { getGuide } from "@/lib/guide/data";
import type { ProcedureContext } from "@/prisma/catalogue/check-procedure";
import type { InstitutionData, SourceData } from "@/prisma/catalogue/schema";

type Tx = Prisma.TransactionClient;

/** The routes of `slug` that the guide's results name (guide.json ships with the code, not in the database). */
export function guideRoutesOf(slug: string): Set<string> {
  const routes = new Set<string>();
  for (const r of getGuide().results)
    if (r.kind === "procedures")
      r.procedures.filter((p) => p.slug === slug && p.route).forEach((p) => routes.add(p.route!));
  return routes;
}

/** What a draft may refer to, read from the database (plus the sources the draft itself adds). */
export async function loadCheckContext(
  tx: Tx,
  newSources: SourceData[] = [],
  slug?: string,
): Promise<ProcedureContext> {
  const [institution, sources, categories, offices, procedures] = await Promise.all([
    tx.institution.findUniqueOrThrow({ where: { id: 1 }, select: { rules: true } }),
    tx.source.findMany({ select: { id: true } }),
    tx.category.findMany({ select: { slug: true } }),
    tx.office.findMany({ select: { slug: true } }),
    tx.procedure.findMany({ select: { slug: true, liveVersion: { select: { document: true } } } }),
  ]);
  const featuredRanks = new Map<number, string>();
  for (const p of procedures) {
    const rank = (p.liveVersion?.document as { featuredRank?: number | null } | undefined)?.featuredRank;
    if (typeof rank === "number") featuredRanks.set(rank, p.slug);
  }
  return {
    rules: institution.rules as unknown as InstitutionData["rules"],
    sourceIds: new Set([...sources.map((s) => s.id), ...newSources.map((s) => s.id)]),
    categorySlugs: new Set(categories.map((c) => c.slug)),
    officeSlugs: new Set(offices.map((o) => o.slug)),
    procedureSlugs: new Set(procedures.map((p) => p.slug)),
    featuredRanks,
    ...(slug ? { guideRoutes: guideRoutesOf(slug) } : {}),
  };
}
