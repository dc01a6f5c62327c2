import "server-only";
import { authorize, type StaffActor } from "@/lib/auth/permissions";
import { applicationScope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db";
import { getHolidays } from "@/lib/deadlines/queries";
import { DomainError } from "@/lib/errors";
import { fieldErrorsFromZod } from "@/lib/forms/action-state";
import { enqueueStatusNotifications } from "@/lib/notifications/enqueue";
import { procedureOfApplication } from "@/lib/catalogue/application-version";
import { deadlineFacts } from "./clock";
import { assignSchema, noteSchema, transitionSchema } from "./staff-schemas";
import { checkTransition } from "./status-machine";

export type { StaffActor } from "@/lib/auth/permissions";
export type { TransitionInput } from "./staff-schemas";

const conflict = () => new DomainError("CONFLICT", "Changed by someone else; reload");

type Issues = { issues: readonly { path: readonly PropertyKey[]; message: string }[] };

/** Parses with the shared schema; a refusal names each field with its message key. */
function parse<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: Issues } },
  raw: unknown,
): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new DomainError("INVALID_INPUT", "Invalid input", { fieldErrors: fieldErrorsFromZod(parsed.error.issues) });
  return parsed.data;
}

/**
 * The field the status machine's refusal is about: a missing detail the official must add, or a step
 * the page offered but the status no longer allows (someone else moved it: the page is stale).
 */
const REFUSED_DETAIL: Record<string, Record<string, string>> = {
  transition: { to: "staff.errors.conflict" },
  message: { message: "staff.errors.reasonRequired" },
  requirements: { requirements: "staff.errors.requirementsRequired" },
  evidence: { evidence: "staff.errors.evidenceRequired" },
};

/**
 * Moves an application to another status. Authorisation first (the status-machine table decides
 * who may do what; an application outside the official's offices is NOT_FOUND), then one transaction: a conditional update on (id, version, status) — zero rows
 * means someone else changed it, reported as CONFLICT, never a silent overwrite — the timeline event
 * the applicant sees, the deadline facts recomputed from the whole timeline, and the append-only
 * audit row with before/after, and the applicant's e-mail (lib/notifications) in the outbox.
 */
export async function transitionApplication(
  raw: unknown,
  actor: StaffActor | null,
): Promise<{ status: string; version: number }> {
  const staff = authorize(actor, "applications.review");
  const input = parse(transitionSchema, raw);
  const db = getDb();
  const current = await db.application.findFirst({
    where: { AND: [{ id: input.applicationId }, await applicationScope(staff)] },
    select: { status: true, version: true, procedureVersionId: true, procedure: { select: { slug: true } } },
  });
  if (!current) throw new DomainError("NOT_FOUND", "No such application");
  const message = input.message?.trim() || null;
  const evidence = input.evidence?.trim() || null;
  // A stale page first: whoever acted on an older version is told it changed (reload), not that the
  // step they saw is no longer allowed from the status someone else just moved it to.
  if (current.version !== input.expectedVersion) throw conflict();
  const check = checkTransition(current.status, input.to, staff.role, {
    message,
    requirements: input.requirements,
    evidence,
  });
  if (!check.ok)
    throw new DomainError(check.code, `Transition ${current.status} → ${input.to} refused (${check.reason})`, {
      fieldErrors: REFUSED_DETAIL[check.reason],
    });

  // The version the application was filed under: its list is what the applicant was shown.
  const [{ procedure }, holidays] = await Promise.all([
    procedureOfApplication({ procedureSlug: current.procedure.slug, procedureVersionId: current.procedureVersionId }),
    getHolidays(),
  ]);
  let requested: { position: number; name: Record<string, string> }[] | undefined;
  if (check.event === "documents_requested") {
    const wanted = [...new Set(input.requirements)];
    requested = wanted.map((position) => {
      const requirement = procedure.requirements.find((r) => r.position === position);
      // Only the list published for this application may be asked for: that is the point of the portal.
      if (!requirement)
        throw new DomainError("INVALID_INPUT", `Requirement ${position} is not in the published list`, {
          fieldErrors: { requirements: "staff.errors.requirementsRequired" },
        });
      return { position, name: requirement.name };
    });
  }
  const withdrawal =
    check.event === "withdrawn"
      ? { evidence, basis: staff.role === "supervisor" ? "supervisor_decision" : "applicant_request" }
      : {};
  const data = { ...(requested ? { requirements: requested } : {}), ...(message ? { message } : {}), ...withdrawal };
  const now = new Date();

  return db.$transaction(async (tx) => {
    const updated = await tx.application.updateMany({
      where: { id: input.applicationId, version: input.expectedVersion, status: current.status },
      data: { status: input.to as never, version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict();
    await tx.applicationEvent.create({
      data: {
        applicationId: input.applicationId,
        type: check.event,
        at: now,
        data: Object.keys(data).length ? (data as object) : undefined,
      },
    });
    await enqueueStatusNotifications(tx, {
      applicationId: input.applicationId,
      status: input.to,
      requirements: requested?.map((r) => r.position),
      at: now,
      holidays,
    });
    const timeline = await tx.applicationEvent.findMany({
      where: { applicationId: input.applicationId },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { type: true, at: true },
    });
    const facts = deadlineFacts(
      input.to,
      timeline.map((e) => ({ type: e.type, at: e.at.toISOString() })),
      procedure.deadline,
      holidays,
    );
    await tx.application.update({
      where: { id: input.applicationId },
      data: {
        receivedAt: facts.receivedAt,
        dueOn: facts.dueOn ? new Date(`${facts.dueOn}T00:00:00.000Z`) : null,
        resolvedAt: facts.resolvedAt,
        resolvedInTime: facts.resolvedInTime,
      },
    });
    await tx.auditLog.create({
      data: {
        actorId: staff.id,
        actorRole: staff.role,
        action: `application.${check.event}`,
        entity: "application",
        entityId: String(input.applicationId),
        before: { status: current.status, version: input.expectedVersion },
        after: { status: input.to, version: input.expectedVersion + 1, dueOn: facts.dueOn, ...data },
      },
    });
    return { status: input.to, version: input.expectedVersion + 1 };
  });
}

/** An internal note (never shown to the applicant); a clerk's proposal of approval or denial is a note too. */
export async function addApplicationNote(raw: unknown, actor: StaffActor | null): Promise<{ id: number }> {
  const staff = authorize(actor, "applications.review");
  const input = parse(noteSchema, raw);
  if (input.proposal) authorize(staff, "applications.propose");
  const db = getDb();
  const scope = await applicationScope(staff);
  return db.$transaction(async (tx) => {
    const exists = await tx.application.findFirst({
      where: { AND: [{ id: input.applicationId }, scope] },
      select: { id: true },
    });
    if (!exists) throw new DomainError("NOT_FOUND", "No such application");
    const note = await tx.applicationNote.create({
      data: {
        applicationId: input.applicationId,
        authorId: staff.id,
        body: input.body,
        proposal: input.proposal ?? null,
      },
      select: { id: true },
    });
    await tx.auditLog.create({
      data: {
        actorId: staff.id,
        actorRole: staff.role,
        action: input.proposal ? "application.propose" : "application.note",
        entity: "application",
        entityId: String(input.applicationId),
        after: { noteId: note.id, ...(input.proposal ? { proposal: input.proposal } : {}) },
      },
    });
    return note;
  });
}

/** Supervisor: gives an application to an official (or takes it back), under the same optimistic lock. */
export async function assignApplication(raw: unknown, actor: StaffActor | null): Promise<{ version: number }> {
  const staff = authorize(actor, "applications.reassign");
  const input = parse(assignSchema, raw);
  const db = getDb();
  const scope = await applicationScope(staff);
  const target = await db.application.findFirst({
    where: { AND: [{ id: input.applicationId }, scope] },
    select: { officeId: true },
  });
  if (!target) throw new DomainError("NOT_FOUND", "No such application");
  if (input.assigneeId) {
    // Only to someone who handles that office (or every office): assignment must not widen anyone's reach.
    const assignee = await db.staffUser.findUnique({
      where: { id: input.assigneeId },
      select: { role: true, disabledAt: true, national: true, offices: { select: { officeId: true } } },
    });
    const handlesOffice =
      !!assignee && (assignee.national || assignee.offices.some((o) => o.officeId === target.officeId));
    if (!assignee || assignee.disabledAt || assignee.role === "admin" || !handlesOffice)
      throw new DomainError("INVALID_INPUT", "Not someone who can take applications");
  }
  return db.$transaction(async (tx) => {
    const before = await tx.application.findFirst({
      where: { AND: [{ id: input.applicationId }, scope] },
      select: { assigneeId: true, version: true },
    });
    if (!before) throw new DomainError("NOT_FOUND", "No such application");
    const updated = await tx.application.updateMany({
      where: { id: input.applicationId, version: input.expectedVersion },
      data: { assigneeId: input.assigneeId, version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict();
    await tx.auditLog.create({
      data: {
        actorId: staff.id,
        actorRole: staff.role,
        action: "application.assign",
        entity: "application",
        entityId: String(input.applicationId),
        before: { assigneeId: before.assigneeId, version: input.expectedVersion },
        after: { assigneeId: input.assigneeId, version: input.expectedVersion + 1 },
      },
    });
    return { version: input.expectedVersion + 1 };
  });
}
