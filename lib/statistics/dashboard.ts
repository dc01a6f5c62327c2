import "server-only";
import { AUTHORITY_TIME_ZONE, todayIn } from "@/lib/dates";
import { authorize, type StaffActor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_STATUSES } from "@/lib/applications/statuses";
import { addMonths, monthRange } from "./months";
import { meetsTarget } from "./policy";
import { getApplicationStatistics } from "./queries";
import type { StatisticsFilters, StatisticsRow } from "./types";

/** Open applications by how long ago they were sent (calendar days). */
export const BACKLOG_BUCKETS = [
  { key: "0-7", min: 0, max: 7 },
  { key: "8-30", min: 8, max: 30 },
  { key: "31-60", min: 31, max: 60 },
  { key: "61-90", min: 61, max: 90 },
  { key: "91+", min: 91, max: null },
] as const;

/** `share` is 0–1 (inTime / resolved), null when nothing was resolved; `meetsTarget` compares it with TARGET_PERCENT. */
export type InTimeFigure = { resolved: number; inTime: number; share: number | null; meetsTarget: boolean | null };
export type DashboardRow = InTimeFigure & { key: string };
export type Dashboard = {
  period: { from: string; to: string };
  total: InTimeFigure;
  byMonth: DashboardRow[];
  byProcedure: DashboardRow[];
  byOffice: DashboardRow[];
  backlog: { key: string; count: number; overdue: number }[];
  open: number;
  paused: number;
  overdue: number;
  /**
   * Withdrawals in the period (security review L4): they leave the in-time figure, so they are shown
   * next to it, with how many were already past their due date when withdrawn.
   */
  withdrawn: { total: number; overdue: number };
  /** Generated sample applications exist and are counted here (the page says so). */
  includesSample: boolean;
};

function figure(resolved: number, inTime: number): InTimeFigure {
  const share = resolved ? inTime / resolved : null;
  return { resolved, inTime, share, meetsTarget: share === null ? null : meetsTarget(inTime, resolved) };
}

const row = (key: string, r: Pick<StatisticsRow, "resolved" | "resolvedInTime">): DashboardRow => ({
  key,
  ...figure(r.resolved, r.resolvedInTime),
});

/**
 * The staff dashboard: % resolved within the legal deadline by month, procedure and office against the
 * institution's target (lib/statistics/policy.ts; exact figures from lib/statistics/queries.ts, sample data included and counted
 * separately), the open backlog by age and the overdue count — all computed in SQL.
 */
export async function getDashboard(
  actor: StaffActor | null,
  options: { months?: number; procedureSlug?: string; officeSlug?: string; now?: Date } = {},
): Promise<Dashboard> {
  authorize(actor, "dashboard.view");
  const now = options.now ?? new Date();
  const today = todayIn(AUTHORITY_TIME_ZONE, now);
  const to = today.slice(0, 7);
  const from = addMonths(to, -((options.months ?? 12) - 1));
  const filters: StatisticsFilters = {
    from,
    to,
    procedureSlug: options.procedureSlug,
    officeSlug: options.officeSlug,
    includeSample: true,
  };
  const [monthly, procedures, offices, backlog, withdrawn] = await Promise.all([
    getApplicationStatistics(filters, ["month"]),
    getApplicationStatistics(filters, ["procedure"]),
    getApplicationStatistics(filters, ["office"]),
    getBacklog(today, options),
    getWithdrawals(from, options),
  ]);
  const byMonth = new Map(monthly.map((r) => [r.month, r]));
  const totals = monthly.reduce(
    (acc, r) => ({ resolved: acc.resolved + r.resolved, resolvedInTime: acc.resolvedInTime + r.resolvedInTime }),
    { resolved: 0, resolvedInTime: 0 },
  );
  return {
    period: { from, to },
    total: figure(totals.resolved, totals.resolvedInTime),
    byMonth: monthRange(from, to).map((m) => row(m, byMonth.get(m) ?? { resolved: 0, resolvedInTime: 0 })),
    byProcedure: procedures
      .filter((r) => r.resolved > 0)
      .map((r) => row(r.procedureSlug ?? "", r))
      .sort((a, b) => (a.share ?? 1) - (b.share ?? 1)),
    byOffice: offices
      .filter((r) => r.resolved > 0)
      .map((r) => row(r.officeSlug ?? "", r))
      .sort((a, b) => (a.share ?? 1) - (b.share ?? 1)),
    ...backlog,
    withdrawn,
  };
}

/** Withdrawals resolved from the first day of month `from` (where the authority is), and those already overdue then. */
async function getWithdrawals(from: string, options: { procedureSlug?: string; officeSlug?: string }) {
  const conditions: Prisma.Sql[] = [
    Prisma.sql`a.status = 'withdrawn'`,
    Prisma.sql`((a.resolved_at AT TIME ZONE 'UTC') AT TIME ZONE ${AUTHORITY_TIME_ZONE}::text)::date >= ${`${from}-01`}::date`,
  ];
  if (options.procedureSlug) conditions.push(Prisma.sql`p.slug = ${options.procedureSlug}`);
  if (options.officeSlug) conditions.push(Prisma.sql`o.slug = ${options.officeSlug}`);
  const [row] = await getDb().$queryRaw<{ total: number; overdue: number }[]>`
    SELECT count(*)::int AS total,
           count(*) FILTER (WHERE a.due_on IS NOT NULL AND ((a.resolved_at AT TIME ZONE 'UTC') AT TIME ZONE ${AUTHORITY_TIME_ZONE}::text)::date > a.due_on)::int AS overdue
    FROM application a
    JOIN procedure p ON p.id = a.procedure_id
    LEFT JOIN office o ON o.id = a.office_id
    WHERE ${Prisma.join(conditions, " AND ")}`;
  return { total: row?.total ?? 0, overdue: row?.overdue ?? 0 };
}

async function getBacklog(today: string, options: { procedureSlug?: string; officeSlug?: string }) {
  const conditions: Prisma.Sql[] = [Prisma.sql`a.status::text = ANY(${[...OPEN_STATUSES]})`];
  if (options.procedureSlug) conditions.push(Prisma.sql`p.slug = ${options.procedureSlug}`);
  if (options.officeSlug) conditions.push(Prisma.sql`o.slug = ${options.officeSlug}`);
  const where = Prisma.join(conditions, " AND ");
  const buckets = Prisma.join(
    BACKLOG_BUCKETS.map((b) =>
      b.max === null
        ? Prisma.sql`WHEN age >= ${b.min} THEN ${b.key}`
        : Prisma.sql`WHEN age BETWEEN ${b.min} AND ${b.max} THEN ${b.key}`,
    ),
    " ",
  );
  const db = getDb();
  const [sampleCheck] = await db.$queryRaw<
    { exists: boolean }[]
  >`SELECT EXISTS (SELECT 1 FROM application WHERE is_sample) AS exists`;
  const rows = await db.$queryRaw<{ bucket: string; count: number; overdue: number; paused: number }[]>`
    WITH open AS (
      SELECT a.status, a.due_on,
             ${today}::date - ((a.submitted_at AT TIME ZONE 'UTC') AT TIME ZONE ${AUTHORITY_TIME_ZONE}::text)::date AS age
      FROM application a
      JOIN procedure p ON p.id = a.procedure_id
      LEFT JOIN office o ON o.id = a.office_id
      WHERE ${where}
    )
    SELECT CASE ${buckets} END AS bucket,
           count(*)::int AS count,
           count(*) FILTER (WHERE due_on < ${today}::date)::int AS overdue,
           count(*) FILTER (WHERE status = 'documents_requested')::int AS paused
    FROM open GROUP BY 1`;
  const byBucket = new Map(rows.map((r) => [r.bucket, r]));
  const sum = (k: "count" | "overdue" | "paused") => rows.reduce((n, r) => n + r[k], 0);
  return {
    backlog: BACKLOG_BUCKETS.map((b) => ({
      key: b.key,
      count: byBucket.get(b.key)?.count ?? 0,
      overdue: byBucket.get(b.key)?.overdue ?? 0,
    })),
    open: sum("count"),
    paused: sum("paused"),
    overdue: sum("overdue"),
    includesSample: !!sampleCheck?.exists,
  };
}
