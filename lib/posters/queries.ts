import "server-only";
import { authorize, type StaffActor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import type { OfficeScansDTO, PosterScansDTO, ShortLinkDTO } from "./types";
import { AUTHORITY_TIME_ZONE } from "@/lib/dates";

/** Short links never change once made: resolved codes are kept in memory (bounded). */
const MAX_CACHED = 5_000;
const resolved = new Map<string, ShortLinkDTO>();

/**
 * The target of a well-formed short code, or null when no poster has it. A database failure throws
 * (the route answers 503), it is never "unknown code".
 */
export async function resolveShortLink(code: string): Promise<ShortLinkDTO | null> {
  const cached = resolved.get(code);
  if (cached) return cached;
  const row = await getDb().shortLink.findUnique({
    where: { code },
    select: { code: true, kind: true, procedure: { select: { slug: true } }, office: { select: { slug: true } } },
  });
  if (!row) return null;
  let link: ShortLinkDTO;
  if (row.kind === "procedure")
    link = {
      code: row.code,
      kind: "procedure",
      procedureSlug: row.procedure!.slug,
      officeSlug: row.office?.slug ?? null,
    };
  else if (row.kind === "office") link = { code: row.code, kind: "office", officeSlug: row.office!.slug };
  else link = { code: row.code, kind: "general" };
  if (resolved.size >= MAX_CACHED) resolved.delete(resolved.keys().next().value as string);
  resolved.set(code, link);
  return link;
}

type ScanRow = {
  code: string;
  kind: PosterScansDTO["kind"];
  procedure_slug: string | null;
  office_slug: string | null;
  total: bigint;
  last7: bigint;
  last_day: Date | null;
};

/**
 * Scans per poster (every short code, including never-scanned ones) and per office, all time and in the
 * last 7 days (days where the authority is). Counts only. Staff with "posters.manage" only.
 */
export async function listPosterScans(
  actor: StaffActor | null,
): Promise<{ posters: PosterScansDTO[]; offices: OfficeScansDTO[] }> {
  authorize(actor, "posters.manage");
  const rows = await getDb().$queryRaw<ScanRow[]>`
    SELECT l.code, l.kind::text AS kind, p.slug AS procedure_slug, o.slug AS office_slug,
           COALESCE(SUM(s.count), 0)::bigint AS total,
           COALESCE(SUM(s.count) FILTER (WHERE s.day > (now() AT TIME ZONE ${AUTHORITY_TIME_ZONE}::text)::date - 7), 0)::bigint AS last7,
           MAX(s.day) AS last_day
    FROM short_link l
    LEFT JOIN procedure p ON p.id = l.procedure_id
    LEFT JOIN office o ON o.id = l.office_id
    LEFT JOIN poster_scan s ON s.code = l.code
    GROUP BY l.code, l.kind, p.slug, o.slug, l.created_at
    ORDER BY total DESC, l.created_at ASC`;
  const posters = rows.map((r) => ({
    code: r.code,
    kind: r.kind,
    procedureSlug: r.procedure_slug,
    officeSlug: r.office_slug,
    total: Number(r.total),
    last7Days: Number(r.last7),
    lastScanDay: r.last_day ? r.last_day.toISOString().slice(0, 10) : null,
  }));
  const byOffice = new Map<string | null, OfficeScansDTO>();
  for (const p of posters) {
    const entry = byOffice.get(p.officeSlug) ?? { officeSlug: p.officeSlug, total: 0, last7Days: 0 };
    entry.total += p.total;
    entry.last7Days += p.last7Days;
    byOffice.set(p.officeSlug, entry);
  }
  return { posters, offices: [...byOffice.values()].sort((a, b) => b.total - a.total) };
}
