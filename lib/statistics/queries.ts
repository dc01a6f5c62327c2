import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { HistoricalSeriesRow, StatisticsDimension, StatisticsFilters, StatisticsRow } from "./types";
import { AUTHORITY_TIME_ZONE } from "@/lib/dates";

export type { HistoricalSeriesRow, StatisticsDimension, StatisticsFilters, StatisticsRow } from "./types";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const RESOLVED = Prisma.sql`('approved', 'denied', 'issued')`;

function monthStart(month: string | undefined, label: string): string | null {
  if (month === undefined) return null;
  if (!MONTH.test(month)) throw new Error(`${label} must be YYYY-MM, got ${JSON.stringify(month)}`);
  return `${month}-01`;
}

const DIMENSION_COLUMNS: Record<StatisticsDimension, Prisma.Sql> = {
  month: Prisma.sql`to_char(f.month, 'YYYY-MM')`,
  procedure: Prisma.sql`p.slug`,
  office: Prisma.sql`o.slug`,
  state: Prisma.sql`o.state_code`,
};

type RawRow = {
  month: string | null;
  procedure_slug: string | null;
  office_slug: string | null;
  state_code: string | null;
  submitted: number;
  received: number;
  resolved: number;
  approved: number;
  denied: number;
  withdrawn: number;
  in_time: number;
  median_days: number | null;
  median_business_days: number | null;
};

/**
 * Application figures grouped by the given dimensions, computed in one SQL pass: each application
 * contributes up to three facts (sent, received, resolved), each in the month it happened where the authority is (its time zone).
 * Exact figures: callers that publish them apply `suppressSmallCounts` (lib/statistics/public.ts).
 */
export async function getApplicationStatistics(
  filters: StatisticsFilters = {},
  groupBy: StatisticsDimension[] = ["month"],
): Promise<StatisticsRow[]> {
  const from = monthStart(filters.from, "from");
  const to = monthStart(filters.to, "to");
  const dims = [...new Set<StatisticsDimension>(groupBy.includes("office") ? [...groupBy, "state"] : groupBy)];
  const order: StatisticsDimension[] = ["month", "procedure", "office", "state"];
  const used = order.filter((d) => dims.includes(d));
  const pick = (d: StatisticsDimension) => (used.includes(d) ? DIMENSION_COLUMNS[d] : Prisma.sql`NULL::text`);
  const conditions: Prisma.Sql[] = [Prisma.sql`f.at IS NOT NULL`];
  if (!filters.includeSample) conditions.push(Prisma.sql`NOT a.is_sample`);
  if (filters.procedureSlug) conditions.push(Prisma.sql`p.slug = ${filters.procedureSlug}`);
  if (filters.officeSlug) conditions.push(Prisma.sql`o.slug = ${filters.officeSlug}`);
  if (filters.stateCode) conditions.push(Prisma.sql`o.state_code = ${filters.stateCode}`);
  // Bounds on the stored UTC columns (index-friendly), then the exact local month below.
  const bound = (column: Prisma.Sql) => {
    const parts: Prisma.Sql[] = [];
    if (from) parts.push(Prisma.sql`${column} >= (${from}::date - 1)::timestamp`);
    if (to) parts.push(Prisma.sql`${column} < ((${to}::date + interval '1 month')::date + 2)::timestamp`);
    return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
  };
  if (from || to) {
    conditions.push(
      Prisma.sql`(${bound(Prisma.sql`a.submitted_at`)} OR ${bound(Prisma.sql`a.received_at`)} OR ${bound(Prisma.sql`a.resolved_at`)})`,
    );
  }
  const monthConditions: Prisma.Sql[] = [];
  if (from) monthConditions.push(Prisma.sql`f.month >= ${from}::date`);
  if (to) monthConditions.push(Prisma.sql`f.month <= ${to}::date`);

  const rows = await getDb().$queryRaw<RawRow[]>`
    WITH tz AS (SELECT coalesce((SELECT time_zone FROM institution WHERE id = 1), ${AUTHORITY_TIME_ZONE}::text) AS name),
    facts AS (
      SELECT a.status, a.resolved_in_time, a.procedure_id, a.office_id, kind,
             date_trunc('month', (f.at AT TIME ZONE 'UTC') AT TIME ZONE tz.name)::date AS month,
             CASE WHEN kind = 'resolved' AND a.received_at IS NOT NULL
                  THEN ((a.resolved_at AT TIME ZONE 'UTC') AT TIME ZONE tz.name)::date - ((a.received_at AT TIME ZONE 'UTC') AT TIME ZONE tz.name)::date
             END AS days,
             CASE WHEN kind = 'resolved' AND a.received_at IS NOT NULL THEN (
               SELECT count(*)::int
               FROM generate_series(((a.received_at AT TIME ZONE 'UTC') AT TIME ZONE tz.name)::date + 1,
                                    ((a.resolved_at AT TIME ZONE 'UTC') AT TIME ZONE tz.name)::date, interval '1 day') AS d(day)
               WHERE extract(isodow FROM d.day) < 6 AND NOT EXISTS (SELECT 1 FROM holiday h WHERE h.date = d.day::date)
             ) END AS business_days
      FROM application a
      CROSS JOIN tz
      JOIN procedure p ON p.id = a.procedure_id
      LEFT JOIN office o ON o.id = a.office_id
      CROSS JOIN LATERAL (VALUES ('submitted', a.submitted_at), ('received', a.received_at), ('resolved', a.resolved_at)) AS f(kind, at)
      WHERE ${Prisma.join(conditions, " AND ")}
    )
    SELECT ${pick("month")} AS month, ${pick("procedure")} AS procedure_slug, ${pick("office")} AS office_slug, ${pick("state")} AS state_code,
           count(*) FILTER (WHERE kind = 'submitted')::int AS submitted,
           count(*) FILTER (WHERE kind = 'received')::int AS received,
           count(*) FILTER (WHERE kind = 'resolved' AND f.status IN ${RESOLVED})::int AS resolved,
           count(*) FILTER (WHERE kind = 'resolved' AND f.status IN ('approved', 'issued'))::int AS approved,
           count(*) FILTER (WHERE kind = 'resolved' AND f.status = 'denied')::int AS denied,
           count(*) FILTER (WHERE kind = 'resolved' AND f.status = 'withdrawn')::int AS withdrawn,
           count(*) FILTER (WHERE kind = 'resolved' AND f.status IN ${RESOLVED} AND f.resolved_in_time)::int AS in_time,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FILTER (WHERE kind = 'resolved' AND f.status IN ${RESOLVED}))::float8 AS median_days,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY business_days) FILTER (WHERE kind = 'resolved' AND f.status IN ${RESOLVED}))::float8 AS median_business_days
    FROM facts f
    JOIN procedure p ON p.id = f.procedure_id
    LEFT JOIN office o ON o.id = f.office_id
    ${monthConditions.length ? Prisma.sql`WHERE ${Prisma.join(monthConditions, " AND ")}` : Prisma.empty}
    GROUP BY 1, 2, 3, 4
    ORDER BY 1 NULLS FIRST, 2 NULLS FIRST, 3 NULLS FIRST, 4 NULLS FIRST`;

  return rows.map((r) => ({
    month: r.month,
    procedureSlug: r.procedure_slug,
    officeSlug: r.office_slug,
    stateCode: r.state_code,
    submitted: r.submitted,
    received: r.received,
    resolved: r.resolved,
    approved: r.approved,
    denied: r.denied,
    withdrawn: r.withdrawn,
    resolvedInTime: r.in_time,
    medianDays: r.median_days,
    medianBusinessDays: r.median_business_days,
  }));
}

/**
 * Every month × procedure × office group, read one month at a time so memory holds one month's groups
 * however long the history is (for the open-data file).
 */
export async function* streamMonthlyStatistics(filters: StatisticsFilters = {}): AsyncGenerator<StatisticsRow> {
  const months = await getApplicationStatistics(filters, ["month"]);
  for (const { month } of months) {
    if (!month) continue;
    yield* await getApplicationStatistics({ ...filters, from: month, to: month }, ["month", "procedure", "office"]);
  }
}

/**
 * A validator for the statistics files. The ETag changes when the published figures can change (an
 * application sent, a status change on its timeline, a catalogue load) and never with staff sign-ins or
 * other audit-log activity. Last-Modified is the start of the current UTC day, not the time of the last
 * change: a public header must not tell, to the second, when someone applied or an official acted
 * (review finding L6). Clients that revalidate should send If-None-Match (browsers and nginx do).
 */
export async function getStatisticsFingerprint(now: Date = new Date()): Promise<{ key: string; lastModified: Date }> {
  const [row] = await getDb().$queryRaw<
    { apps: bigint; max_app: number | null; events: bigint; max_event: number | null; hash: string | null }[]
  >`
    SELECT (SELECT count(*) FROM application) AS apps,
           (SELECT max(id) FROM application) AS max_app,
           (SELECT count(*) FROM application_event) AS events,
           (SELECT max(id) FROM application_event) AS max_event,
           (SELECT content_hash FROM institution WHERE id = 1) AS hash`;
  return {
    key: [row?.apps ?? 0, row?.max_app ?? 0, row?.events ?? 0, row?.max_event ?? 0, row?.hash ?? ""].join(":"),
    lastModified: startOfUtcDay(now),
  };
}

function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

/** Annual totals per document type and source file of the imported official series. */
export async function getHistoricalSeries(): Promise<HistoricalSeriesRow[]> {
  const rows = await getDb().$queryRaw<
    {
      year: number;
      document_type: string;
      count: bigint;
      months: number;
      source: string;
      is_sample: boolean;
      import_id: number;
    }[]
  >`
    SELECT extract(year FROM h.month)::int AS year, h.document_type, sum(h.count) AS count, count(DISTINCT h.month)::int AS months,
           i.source, i.is_sample, i.id AS import_id
    FROM historical_statistic h JOIN statistics_import i ON i.id = h.import_id
    GROUP BY i.id, 1, 2
    ORDER BY i.id, 2, 1`;
  return rows.map((r) => ({
    year: r.year,
    documentType: r.document_type,
    count: Number(r.count),
    months: r.months,
    source: r.source,
    isSample: r.is_sample,
    importId: r.import_id,
  }));
}

export type HistoricalRecord = {
  id: bigint;
  month: string;
  stateCode: string;
  documentType: string;
  count: number;
  source: string;
  isSample: boolean;
  importId: number;
};

/** Every imported row in id order, in keyset-paginated batches (never the whole table at once). */
export async function* streamHistoricalRecords(batchSize = 5_000): AsyncGenerator<HistoricalRecord> {
  let after = BigInt(0);
  for (;;) {
    const batch = await getDb().$queryRaw<
      {
        id: bigint;
        month: string;
        state_code: string;
        document_type: string;
        count: number;
        source: string;
        is_sample: boolean;
        import_id: number;
      }[]
    >`
      SELECT h.id, to_char(h.month, 'YYYY-MM') AS month, h.state_code, h.document_type, h.count, i.source, i.is_sample, h.import_id
      FROM historical_statistic h JOIN statistics_import i ON i.id = h.import_id
      WHERE h.id > ${after}
      ORDER BY h.id
      LIMIT ${batchSize}`;
    for (const r of batch)
      yield {
        id: r.id,
        month: r.month,
        stateCode: r.state_code,
        documentType: r.document_type,
        count: r.count,
        source: r.source,
        isSample: r.is_sample,
        importId: r.import_id,
      };
    if (batch.length < batchSize) return;
    after = batch.at(-1)!.id;
  }
}

export async function getHistoryFingerprint(): Promise<{ key: string; lastModified: Date }> {
  const [row] = await getDb().$queryRaw<{ n: bigint; max_id: number | null; last: Date | null }[]>`
    SELECT count(*) AS n, max(id) AS max_id, max(imported_at) AS last FROM statistics_import`;
  return { key: `${row?.n ?? 0}:${row?.max_id ?? 0}`, lastModified: row?.last ?? new Date(0) };
}
