import "server-only";
import { hashPassword } from "@/lib/crypto";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { fieldErrorsFromZod } from "@/lib/forms/action-state";
import { logSecurityEvent } from "@/lib/security/log";
import { IDLE_MINUTES } from "./mutations";
import type { StaffActor } from "./permissions";
import { passwordChangeSchema } from "./schemas";
import { confirmCurrentPassword } from "./step-up";

/** The official's own live sessions (ASVS 7.5.2), newest first; `current` marks the one making the request. */
export type OwnSessionDTO = {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  current: boolean;
};

type SignedIn = StaffActor & { sessionId: string };

export async function listOwnSessions(actor: SignedIn | null): Promise<OwnSessionDTO[]> {
  if (!actor) throw new DomainError("UNAUTHENTICATED", "Sign in first");
  const now = new Date();
  const rows = await getDb().staffSession.findMany({
    where: {
      staffId: actor.id,
      stage: "full",
      expiresAt: { gt: now },
      lastSeenAt: { gt: new Date(now.getTime() - IDLE_MINUTES * 60_000) },
    },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true },
  });
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    lastSeenAt: r.lastSeenAt.toISOString(),
    userAgent: r.userAgent,
    current: r.id === actor.sessionId,
  }));
}

/** Ends one of the official's own sessions, or all but the current one (`id` = "others"). Nobody else's. */
export async function endOwnSessions(
  actor: SignedIn | null,
  id: string,
  meta: { client?: string } = {},
): Promise<number> {
  if (!actor) throw new DomainError("UNAUTHENTICATED", "Sign in first");
  if (id !== "others" && !/^[0-9a-f]{64}$/.test(id)) throw new DomainError("INVALID_INPUT", "Unknown session");
  const where = id === "others" ? { staffId: actor.id, id: { not: actor.sessionId } } : { staffId: actor.id, id };
  const { count } = await getDb().staffSession.deleteMany({ where });
  if (count)
    logSecurityEvent("staff.session.ended", {
      account: actor.id,
      client: meta.client,
      count,
      reason: id === "others" ? "others" : id === actor.sessionId ? "current" : "one",
    });
  return count;
}

export type PasswordChangeResult =
  { ok: true } | { ok: false; reason: "INVALID_INPUT"; fieldErrors: Record<string, string> };

/**
 * Changes the official's own password (ASVS 6.2.2, 6.2.3): the current password (counted like a
 * step-up), then the new one under the policy; every other session of the account ends.
 * @throws DomainError RATE_LIMITED (with `params.minutes`) once too many current passwords were wrong.
 */
export async function changeOwnPassword(
  actor: (SignedIn & { email: string }) | null,
  raw: unknown,
  meta: { client?: string } = {},
): Promise<PasswordChangeResult> {
  if (!actor) throw new DomainError("UNAUTHENTICATED", "Sign in first");
  const parsed = passwordChangeSchema(actor.email).safeParse(raw);
  if (!parsed.success) {
    return { ok: false, reason: "INVALID_INPUT", fieldErrors: fieldErrorsFromZod(parsed.error.issues) };
  }
  try {
    await confirmCurrentPassword(actor, parsed.data.current, { client: meta.client, target: "password-change" });
  } catch (error) {
    if (error instanceof DomainError && error.code === "INVALID_INPUT")
      return { ok: false, reason: "INVALID_INPUT", fieldErrors: { current: "staff.account.currentWrong" } };
    throw error;
  }
  if (parsed.data.password === parsed.data.current)
    return { ok: false, reason: "INVALID_INPUT", fieldErrors: { password: "staff.account.samePassword" } };
  const passwordHash = await hashPassword(parsed.data.password);
  await getDb().$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: actor.id }, data: { passwordHash, passwordChangedAt: new Date() } });
    await tx.staffSession.deleteMany({ where: { staffId: actor.id, id: { not: actor.sessionId } } });
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        actorRole: actor.role,
        action: "staff.password.changed",
        entity: "staff_user",
        entityId: actor.id,
      },
    });
  });
  logSecurityEvent("staff.password.changed", { account: actor.id, client: meta.client, reason: "self" });
  return { ok: true };
}
