import "server-only";
import { tokenId } from "@/lib/crypto";
import { addDays, todayIn } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize, type StaffActor } from "@/lib/auth/permissions";
import { listOffices } from "@/lib/offices/queries";
import { getCatalogue } from "@/lib/procedures/queries";
import { guideResultIds } from "@/lib/guide/data";
import type { KnownSlugs } from "./pages";
import { offersSurvey } from "@/lib/applications/statuses";
import { MIN_PUBLISHED_COUNT, TARGET_PERCENT } from "@/lib/statistics/policy";
import { percentOf, suppressCells } from "./suppress";
import {
  type FigureDimension,
  type FigureFilters,
  type PageCommentDTO,
  type PageFigureRow,
  type PublicSatisfactionFigures,
  type SurveyCommentDTO,
  type SurveyFigureRow,
  type SurveyState,
} from "./types";

/** Procedure and office slugs and guide results that exist (cached in process memory): what page feedback accepts. */
export async function knownSlugs(): Promise<KnownSlugs> {
  const [{ procedures }, offices] = await Promise.all([getCatalogue(), listOffices()]);
  return {
    procedures: new Set(procedures.map((p) => p.slug)),
    offices: new Set(offices.map((o) => o.slug)),
    guideResults: new Set(guideResultIds()),
  };
}

/** Whether the status page offers the survey to this applicant session, or says it was answered. */
export async function getSurveyState(sessionToken: string | undefined): Promise<SurveyState> {
  if (!sessionToken || sessionToken.length > 100) return { state: "not-offered" };
  const session = await getDb().applicantSession.findFirst({
    where: { id: tokenId(sessionToken), expiresAt: { gt: new Date() } },
    select: { application: { select: { status: true, survey: { select: { id: true } } } } },
  });
  if (!session) return { state: "not-offered" };
  if (session.application.survey) return { state: "answered" };
  return offersSurvey(session.application.status) ? { state: "open" } : { state: "not-offered" };
}

const monthStart = (month: string) => `${month}-01`;

function surveyWhere(f: FigureFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.from) parts.push(Prisma.sql`s.month >= ${monthStart(f.from)}::date`);
  if (f.to) parts.push(Prisma.sql`s.month <= ${monthStart(f.to)}::date`);
  if (f.procedureSlug) parts.push(Prisma.sql`p.slug = ${f.procedureSlug}`);
  if (f.officeId) parts.push(Prisma.sql`s.office_id = ${f.officeId}`);
  return Prisma.join(parts, " AND ");
}

function pageWhere(f: FigureFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.from) parts.push(Prisma.sql`f.day >= ${monthStart(f.from)}::date`);
  if (f.to) parts.push(Prisma.sql`f.day < (${monthStart(f.to)}::date + interval '1 month')`);
  if (f.procedureSlug) parts.push(Prisma.sql`p.slug = ${f.procedureSlug}`);
  return Prisma.join(parts, " AND ");
}

/** SELECT list and GROUP BY for the chosen dimensions; unchosen ones come back as NULL. */
function grouping(columns: Record<string, string>, by: readonly string[]) {
  const select = Object.entries(columns).map(([name, expr]) => `${by.includes(name) ? expr : "NULL"} AS "${name}"`);
  const group = Object.entries(columns)
    .filter(([name]) => by.includes(name))
    .map(([, expr]) => expr);
  return {
    select: Prisma.raw(select.join(", ")),
    groupBy: group.length ? Prisma.raw(`GROUP BY ${group.join(", ")}`) : Prisma.empty,
    orderBy: group.length ? Prisma.raw(`ORDER BY ${group.map((_, i) => String(i + 1)).join(", ")}`) : Prisma.empty,
  };
}

type SurveyAggregate = {
  month: string | null;
  procedure: string | null;
  office: number | null;
  answers: number;
  satisfied: number;
  incomplete: number;
  extra: number;
  open_flags: number;
};

async function aggregateSurveys(filters: FigureFilters, by: readonly FigureDimension[]): Promise<SurveyAggregate[]> {
  const g = grouping({ month: "to_char(s.month, 'YYYY-MM')", procedure: "p.slug", office: "s.office_id" }, by);
  return getDb().$queryRaw<SurveyAggregate[]>`
    SELECT ${g.select},
      count(*)::int AS answers,
      count(*) FILTER (WHERE s.satisfaction >= 4)::int AS satisfied,
      count(*) FILTER (WHERE NOT s.requirements_complete)::int AS incomplete,
      count(*) FILTER (WHERE s.asked_extra)::int AS extra,
      count(*) FILTER (WHERE s.asked_extra AND s.handled_at IS NULL)::int AS open_flags
    FROM satisfaction_survey s JOIN procedure p ON p.id = s.procedure_id
    WHERE ${surveyWhere(filters)}
    ${g.groupBy} ${g.orderBy}`;
}

type PageAggregate = {
  month: string | null;
  path: string | null;
  procedure: string | null;
  answers: number;
  useful: number;
  comments: number;
};

async function aggregatePages(
  filters: FigureFilters,
  by: readonly ("month" | "path" | "procedure")[],
): Promise<PageAggregate[]> {
  const g = grouping({ month: "to_char(f.day, 'YYYY-MM')", path: "f.path", procedure: "p.slug" }, by);
  return getDb().$queryRaw<PageAggregate[]>`
    SELECT ${g.select},
      count(*)::int AS answers,
      count(*) FILTER (WHERE f.useful)::int AS useful,
      count(f.comment)::int AS comments
    FROM page_feedback f LEFT JOIN procedure p ON p.id = f.procedure_id
    WHERE ${pageWhere(filters)}
    ${g.groupBy} ${g.orderBy}`;
}

/**
 * Staff: survey figures per month, procedure and/or office (the `by` dimensions; none = one total row):
 * answers, satisfied (4–5) and its share against the target (TARGET_PERCENT), "requirement list incomplete" answers,
 * "asked for something not on the list" flags and how many of those are still open. No suppression.
 */
export async function getSurveyFigures(
  filters: FigureFilters,
  by: readonly FigureDimension[],
  actor: StaffActor | null,
): Promise<SurveyFigureRow[]> {
  authorize(actor, "participation.view");
  const rows = await aggregateSurveys(filters, by);
  return rows.map((r) => {
    const percentSatisfied = percentOf(r.satisfied, r.answers);
    return {
      month: r.month,
      procedureSlug: r.procedure,
      officeId: r.office,
      answers: r.answers,
      satisfied: r.satisfied,
      percentSatisfied,
      // The shown percent (one decimal) against the target, so the table never says "below" next to "80 %".
      meetsTarget: percentSatisfied >= TARGET_PERCENT,
      requirementsIncomplete: r.incomplete,
      askedExtra: r.extra,
      openFlags: r.open_flags,
    };
  });
}

/** Staff: "Was this page useful?" per month, page and/or procedure: answers, yes, share useful, comments. */
export async function getPageFigures(
  filters: FigureFilters,
  by: readonly ("month" | "path" | "procedure")[],
  actor: StaffActor | null,
): Promise<PageFigureRow[]> {
  authorize(actor, "participation.view");
  const rows = await aggregatePages(filters, by);
  return rows.map((r) => ({
    month: r.month,
    path: r.path,
    procedureSlug: r.procedure,
    answers: r.answers,
    useful: r.useful,
    percentUseful: percentOf(r.useful, r.answers),
    comments: r.comments,
  }));
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Names of the officials who handled these rows (handled_by holds the staff id). */
async function staffNames(ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id && /^[0-9a-f-]{36}$/i.test(id)))];
  if (!wanted.length) return new Map();
  const rows = await getDb().staffUser.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** What the staff page lists; the CSV export asks for everything. */
export const LIST_LIMIT = 200;

/** Staff: page comments, open ones first, newest first. */
export async function listPageComments(
  filters: FigureFilters,
  actor: StaffActor | null,
  limit = LIST_LIMIT,
): Promise<PageCommentDTO[]> {
  authorize(actor, "participation.view");
  const rows = await getDb().pageFeedback.findMany({
    where: {
      comment: { not: null },
      ...(filters.procedureSlug ? { procedure: { slug: filters.procedureSlug } } : {}),
      day: {
        ...(filters.from ? { gte: new Date(`${monthStart(filters.from)}T00:00:00Z`) } : {}),
        ...(filters.to ? { lt: nextMonth(filters.to) } : {}),
      },
    },
    orderBy: [{ handledAt: { sort: "desc", nulls: "first" } }, { day: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      path: true,
      locale: true,
      useful: true,
      comment: true,
      day: true,
      version: true,
      handledAt: true,
      handledBy: true,
      handledNote: true,
      procedure: { select: { slug: true } },
    },
  });
  const names = await staffNames(rows.map((r) => r.handledBy));
  return rows.map((r) => ({
    kind: "page",
    id: r.id,
    path: r.path,
    locale: r.locale,
    procedureSlug: r.procedure?.slug ?? null,
    useful: r.useful,
    comment: r.comment ?? "",
    day: isoDay(r.day),
    version: r.version,
    handledAt: iso(r.handledAt),
    handledBy: r.handledBy,
    handledByName: r.handledBy ? (names.get(r.handledBy) ?? r.handledBy) : null,
    handledNote: r.handledNote,
  }));
}

function nextMonth(month: string): Date {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1));
}

/**
 * Staff: survey answers that need reading — a comment, or the "asked for something not on the list" flag
 * (`onlyFlags`) — open ones first. Never the application number or the applicant's name: staff see what
 * was said, per procedure, office and month, so nobody answers in fear of their own file.
 */
export async function listSurveyAnswers(
  filters: FigureFilters,
  options: { onlyFlags?: boolean; limit?: number },
  actor: StaffActor | null,
): Promise<SurveyCommentDTO[]> {
  authorize(actor, "participation.view");
  const rows = await getDb().satisfactionSurvey.findMany({
    where: {
      ...(options.onlyFlags
        ? { askedExtra: true }
        : { OR: [{ comment: { not: null } }, { extraDetail: { not: null } }, { askedExtra: true }] }),
      ...(filters.procedureSlug ? { procedure: { slug: filters.procedureSlug } } : {}),
      ...(filters.officeId ? { officeId: filters.officeId } : {}),
      month: {
        ...(filters.from ? { gte: new Date(`${monthStart(filters.from)}T00:00:00Z`) } : {}),
        ...(filters.to ? { lte: new Date(`${monthStart(filters.to)}T00:00:00Z`) } : {}),
      },
    },
    orderBy: [{ handledAt: { sort: "desc", nulls: "first" } }, { month: "desc" }, { id: "desc" }],
    take: options.limit ?? LIST_LIMIT,
    select: {
      id: true,
      officeId: true,
      month: true,
      outcome: true,
      satisfaction: true,
      requirementsComplete: true,
      askedExtra: true,
      extraDetail: true,
      officeTime: true,
      comment: true,
      version: true,
      handledAt: true,
      handledBy: true,
      handledNote: true,
      procedure: { select: { slug: true } },
    },
  });
  const names = await staffNames(rows.map((r) => r.handledBy));
  return rows.map((r) => ({
    kind: "survey",
    id: r.id,
    procedureSlug: r.procedure.slug,
    officeId: r.officeId,
    month: isoDay(r.month).slice(0, 7),
    outcome: r.outcome,
    satisfaction: r.satisfaction,
    requirementsComplete: r.requirementsComplete,
    askedExtra: r.askedExtra,
    extraDetail: r.extraDetail,
    officeTime: r.officeTime,
    comment: r.comment,
    version: r.version,
    handledAt: iso(r.handledAt),
    handledBy: r.handledBy,
    handledByName: r.handledBy ? (names.get(r.handledBy) ?? r.handledBy) : null,
    handledNote: r.handledNote,
  }));
}

/**
 * The public satisfaction figures: share satisfied (4–5) against the target, overall, per procedure and
 * per month for the last 12 months, and the share of "useful" page answers. Cells with fewer than
 * MIN_PUBLISHED_COUNT answers are suppressed (with complementary suppression where a total is shown).
 * Comments never leave the staff area.
 */
export async function getPublicSatisfactionFigures(): Promise<PublicSatisfactionFigures> {
  const from = addDays(todayIn(), -365).slice(0, 7);
  const [overall, byProcedure, byMonth, pagesOverall, pagesByMonth, [first]] = await Promise.all([
    aggregateSurveys({}, []),
    aggregateSurveys({}, ["procedure"]),
    aggregateSurveys({ from }, ["month"]),
    aggregatePages({}, []),
    aggregatePages({ from }, ["month"]),
    getDb().$queryRaw<
      { since: string | null }[]
    >`SELECT to_char(min(month), 'YYYY-MM') AS since FROM satisfaction_survey`,
  ]);
  const cell = (rows: { answers: number; hits: number }[]) => suppressCells(rows, MIN_PUBLISHED_COUNT, false)[0]!;
  const survey = (r: SurveyAggregate) => ({ answers: r.answers, hits: r.satisfied });
  const page = (r: PageAggregate) => ({ answers: r.answers, hits: r.useful });
  const surveyTotal = overall[0] ?? { answers: 0, satisfied: 0 };
  const procedureCells = suppressCells(byProcedure.map(survey), MIN_PUBLISHED_COUNT, true);
  const monthCells = suppressCells(byMonth.map(survey), MIN_PUBLISHED_COUNT, true);
  const pageMonthCells = suppressCells(pagesByMonth.map(page), MIN_PUBLISHED_COUNT, true);
  return {
    target: TARGET_PERCENT,
    minAnswers: MIN_PUBLISHED_COUNT,
    since: first?.since ?? null,
    survey: {
      overall: cell([{ answers: surveyTotal.answers, hits: surveyTotal.satisfied }]),
      byProcedure: byProcedure.map((r, i) => ({ procedureSlug: r.procedure!, cell: procedureCells[i]! })),
      byMonth: byMonth.map((r, i) => ({ month: r.month!, cell: monthCells[i]! })),
    },
    pages: {
      overall: cell([pagesOverall[0] ? page(pagesOverall[0]) : { answers: 0, hits: 0 }]),
      byMonth: pagesByMonth.map((r, i) => ({ month: r.month!, cell: pageMonthCells[i]! })),
    },
  };
}
