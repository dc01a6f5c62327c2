import "server-only";
import { authorize, type StaffActor } from "@/lib/auth/permissions";
import { applicationScope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db";
import { businessDaysUntil } from "@/lib/deadlines/business-days";
import { getHolidays } from "@/lib/deadlines/queries";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LocalizedText } from "@/lib/i18n/localize";
import { getCatalogue } from "@/lib/procedures/queries";
import { addDays, localTimeIn, todayIn } from "@/lib/dates";
import { normalizeApplicationNumber } from "./number";
import { logSecurityEvent } from "@/lib/security/log";
import { applicationSelect, toTimelineEvent, toView, type TimelineEvent } from "./queries";
import type { ListFilters } from "./staff-schemas";
import { allowedTransitions } from "./status-machine";
import { isOpenStatus, OPEN_STATUSES } from "./statuses";

export const PAGE_SIZE = 25;
const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
/** 00:00 of a day where the authority is (its time zone is the institution's). */
const dayStart = (iso: string) => localTimeIn(iso);

export type StaffListRow = {
  id: number;
  number: string;
  applicantName: string;
  procedureSlug: string;
  officeSlug: string | null;
  status: string;
  submittedAt: string;
  dueOn: string | null;
  /** Business days left (negative: overdue); null when there is no due date (not received, paused, resolved). */
  daysLeft: number | null;
  assignee: string | null;
  isSample: boolean;
};

/** The week that contains `today`, Monday to Sunday (for "due this week"). */
function weekEnd(today: string): string {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  return addDays(today, weekday === 0 ? 0 : 7 - weekday);
}

function whereOf(filters: ListFilters, actor: StaffActor, today: string): Prisma.ApplicationWhereInput {
  const and: Prisma.ApplicationWhereInput[] = [];
  if (filters.q) {
    const number = normalizeApplicationNumber(filters.q);
    and.push(number ? { number } : { applicantName: { contains: filters.q, mode: "insensitive" } });
  }
  if (filters.procedure) and.push({ procedure: { slug: filters.procedure } });
  if (filters.office) and.push({ office: { slug: filters.office } });
  if (filters.status === "open") and.push({ status: { in: [...OPEN_STATUSES] } });
  else if (filters.status) and.push({ status: filters.status });
  if (filters.due === "overdue")
    and.push({ status: { in: [...OPEN_STATUSES] }, dueOn: { lt: new Date(`${today}T00:00:00Z`) } });
  if (filters.due === "week")
    and.push({
      status: { in: [...OPEN_STATUSES] },
      dueOn: { gte: new Date(`${today}T00:00:00Z`), lte: new Date(`${weekEnd(today)}T00:00:00Z`) },
    });
  if (filters.assigned === "me") and.push({ assigneeId: actor.id });
  if (filters.assigned === "none") and.push({ assigneeId: null });
  if (filters.from) and.push({ submittedAt: { gte: dayStart(filters.from) } });
  if (filters.to) and.push({ submittedAt: { lt: dayStart(addDays(filters.to, 1)) } });
  return { AND: and };
}

function orderOf(sort: ListFilters["sort"]): Prisma.ApplicationOrderByWithRelationInput[] {
  switch (sort) {
    case "-due":
      return [{ dueOn: { sort: "desc", nulls: "last" } }, { id: "desc" }];
    case "submitted":
      return [{ submittedAt: "asc" }, { id: "asc" }];
    case "-submitted":
      return [{ submittedAt: "desc" }, { id: "desc" }];
    default:
      return [{ dueOn: { sort: "asc", nulls: "last" } }, { submittedAt: "asc" }, { id: "asc" }];
  }
}

/** One page of the applications list with its total, filtered and sorted as asked. */
export async function listApplications(
  actor: StaffActor | null,
  filters: ListFilters,
  today = todayIn(),
): Promise<{ rows: StaffListRow[]; total: number; page: number; pages: number }> {
  const staff = authorize(actor, "applications.view");
  const db = getDb();
  const where: Prisma.ApplicationWhereInput = { AND: [whereOf(filters, staff, today), await applicationScope(staff)] };
  const total = await db.application.count({ where });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, pages);
  const [rows, holidays] = await Promise.all([
    db.application.findMany({
      where,
      orderBy: orderOf(filters.sort),
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        number: true,
        applicantName: true,
        status: true,
        submittedAt: true,
        dueOn: true,
        isSample: true,
        procedure: { select: { slug: true } },
        office: { select: { slug: true } },
        assignee: { select: { name: true } },
      },
    }),
    getHolidays(),
  ]);
  return {
    total,
    page,
    pages,
    rows: rows.map((r) => {
      const dueOn = isoDay(r.dueOn);
      const counting = dueOn && isOpenStatus(r.status) && r.status !== "documents_requested";
      return {
        id: r.id,
        number: r.number,
        applicantName: r.applicantName,
        procedureSlug: r.procedure.slug,
        officeSlug: r.office?.slug ?? null,
        status: r.status,
        submittedAt: r.submittedAt.toISOString(),
        dueOn,
        daysLeft: counting ? businessDaysUntil(today, dueOn, holidays) : null,
        assignee: r.assignee?.name ?? null,
        isSample: r.isSample,
      };
    }),
  };
}

export type StaffApplicationDetail = {
  id: number;
  number: string;
  version: number;
  status: string;
  locale: string;
  procedureSlug: string;
  /** The catalogue version it was filed under (lib/catalogue/application-version.ts reads the procedure from it). */
  procedureVersionId: number | null;
  officeSlug: string | null;
  applicantName: string;
  submittedAt: string;
  answers: unknown;
  feePositions: number[];
  dueOn: string | null;
  resolvedInTime: boolean | null;
  isSample: boolean;
  assignee: { id: string; name: string } | null;
  timeline: TimelineEvent[];
  notes: { id: number; author: string; body: string; proposal: string | null; at: string }[];
  history: { at: string; actor: string; role: string; action: string }[];
  /** Next statuses this official may choose. */
  nextSteps: string[];
};

/** Audit actions that record a read, not a change: left out of the detail page's change history. */
const READ_ACTIONS = ["application.read", "application.document_read"];

/**
 * Records that an official opened an application or one of its PDFs (ASVS 16.3; security review M6/M8):
 * an audit row (who, when, which) and a line in the security log.
 */
async function recordRead(
  staff: StaffActor,
  application: { id: number; number: string },
  document?: string,
  client?: string,
) {
  await getDb().auditLog.create({
    data: {
      actorId: staff.id,
      actorRole: staff.role,
      action: document ? "application.document_read" : "application.read",
      entity: "application",
      entityId: String(application.id),
      after: document ? { document } : undefined,
    },
  });
  logSecurityEvent(document ? "staff.application.document_read" : "staff.application.read", {
    account: staff.id,
    client,
    target: document ? `${application.number}/${document}` : application.number,
  });
}

/** The application an official may open by number (their offices, assigned to them, or national), or null. */
async function findInScope(staff: StaffActor, normalized: string) {
  const db = getDb();
  const row = await db.application.findFirst({
    where: { AND: [{ number: normalized }, await applicationScope(staff)] },
    select: { id: true },
  });
  if (row) return row;
  // Out of scope and unknown look the same to the official; the log tells them apart.
  if (await db.application.findUnique({ where: { number: normalized }, select: { id: true } }))
    logSecurityEvent("staff.permission_denied", { account: staff.id, target: normalized, reason: "office-scope" });
  return null;
}

/**
 * Everything an official needs on the detail page; null for an unknown number or one outside their
 * offices. Every successful read is recorded.
 */
export async function getApplicationForStaff(
  actor: StaffActor | null,
  number: string,
  meta: { client?: string } = {},
): Promise<StaffApplicationDetail | null> {
  const staff = authorize(actor, "applications.view");
  const normalized = normalizeApplicationNumber(number);
  if (!normalized) return null;
  const db = getDb();
  const inScope = await findInScope(staff, normalized);
  if (!inScope) return null;
  const row = await db.application.findUnique({
    where: { id: inScope.id },
    select: {
      id: true,
      number: true,
      version: true,
      status: true,
      locale: true,
      applicantName: true,
      submittedAt: true,
      answers: true,
      feePositions: true,
      dueOn: true,
      resolvedInTime: true,
      isSample: true,
      procedureVersionId: true,
      procedure: { select: { slug: true } },
      office: { select: { slug: true } },
      assignee: { select: { id: true, name: true } },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }], select: { type: true, at: true, data: true } },
      notes: {
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, proposal: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!row) return null;
  await recordRead(staff, row, undefined, meta.client);
  const audit = await db.auditLog.findMany({
    where: { entity: "application", entityId: String(row.id), action: { notIn: READ_ACTIONS } },
    orderBy: { id: "asc" },
    select: { at: true, actorId: true, actorRole: true, action: true },
  });
  const actors = await db.staffUser.findMany({
    where: { id: { in: [...new Set(audit.map((a) => a.actorId))].filter((id) => /^[0-9a-f-]{36}$/.test(id)) } },
    select: { id: true, name: true },
  });
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return {
    id: row.id,
    number: row.number,
    version: row.version,
    status: row.status,
    locale: row.locale,
    procedureSlug: row.procedure.slug,
    procedureVersionId: row.procedureVersionId,
    officeSlug: row.office?.slug ?? null,
    applicantName: row.applicantName,
    submittedAt: row.submittedAt.toISOString(),
    answers: row.answers,
    feePositions: row.feePositions,
    dueOn: isoDay(row.dueOn),
    resolvedInTime: row.resolvedInTime,
    isSample: row.isSample,
    assignee: row.assignee,
    timeline: row.events.map(toTimelineEvent),
    notes: row.notes.map((n) => ({
      id: n.id,
      author: n.author.name,
      body: n.body,
      proposal: n.proposal,
      at: n.createdAt.toISOString(),
    })),
    history: audit.map((a) => ({
      at: a.at.toISOString(),
      actor: names.get(a.actorId) ?? a.actorId,
      role: a.actorRole,
      action: a.action,
    })),
    nextSteps: allowedTransitions(row.status, staff.role),
  };
}

/**
 * What the PDF renderer needs for one application, for an official who may open it (same scope as the
 * detail page); the read of that document is recorded. Null otherwise.
 */
export async function getApplicationDocumentForStaff(
  actor: StaffActor | null,
  number: string,
  document: string,
  origin: string,
  meta: { client?: string } = {},
) {
  const staff = authorize(actor, "applications.view");
  const normalized = normalizeApplicationNumber(number);
  if (!normalized) return null;
  const inScope = await findInScope(staff, normalized);
  if (!inScope) return null;
  const row = await getDb().application.findUnique({ where: { id: inScope.id }, select: applicationSelect });
  if (!row) return null;
  const view = await toView(row, origin);
  await recordRead(staff, view, document, meta.client);
  return view;
}

/** Procedures for the list's filter, in catalogue order. */
export async function procedureOptions(): Promise<{ slug: string; title: LocalizedText }[]> {
  const { procedures } = await getCatalogue();
  return procedures.map((p) => ({ slug: p.slug, title: p.title }));
}
