import "server-only";
import { DomainError } from "@/lib/errors";
import { getDb } from "@/lib/db";
import { checkTransition, type StaffRole } from "./status-machine";

/** Who is acting. Comes from the staff session (issue 4's sign-in); never from the request body. */
export type StaffActor = { id: string; role: StaffRole };

export type TransitionInput = {
  applicationId: number;
  /** The version the official was looking at: a change made meanwhile by someone else wins. */
  expectedVersion: number;
  to: string;
  /** Shown to the applicant (required to request documents or deny). */
  message?: string | null;
};

/**
 * Moves an application to another status. Authorisation first (the status-machine table decides
 * who may do what), then one transaction: a conditional update on (id, version, status) — zero rows
 * means someone else changed it, reported as CONFLICT, never a silent overwrite — the timeline event
 * the applicant sees, and the append-only audit row with before/after.
 */
export async function transitionApplication(input: TransitionInput, actor: StaffActor): Promise<{ status: string; version: number }> {
  const db = getDb();
  const current = await db.application.findUnique({ where: { id: input.applicationId }, select: { status: true, version: true } });
  if (!current) throw new DomainError("NOT_FOUND", "No such application");
  const message = input.message?.trim().slice(0, 2000) || null;
  const check = checkTransition(current.status, input.to, actor.role, message);
  if (!check.ok) throw new DomainError(check.code, `Transition ${current.status} → ${input.to} refused (${check.reason})`);
  if (current.version !== input.expectedVersion) throw new DomainError("CONFLICT", "Changed by someone else; reload");

  return db.$transaction(async (tx) => {
    const updated = await tx.application.updateMany({
      where: { id: input.applicationId, version: input.expectedVersion, status: current.status },
      data: { status: input.to as never, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new DomainError("CONFLICT", "Changed by someone else; reload");
    await tx.applicationEvent.create({
      data: { applicationId: input.applicationId, type: check.event, data: message ? { message } : undefined },
    });
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        actorRole: actor.role,
        action: `application.${check.event}`,
        entity: "application",
        entityId: String(input.applicationId),
        before: { status: current.status, version: input.expectedVersion },
        after: { status: input.to, version: input.expectedVersion + 1, ...(message ? { message } : {}) },
      },
    });
    return { status: input.to, version: input.expectedVersion + 1 };
  });
}
