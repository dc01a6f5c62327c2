import "server-only";
import { tokenId } from "@/lib/crypto";
import { authorize, type StaffActor } from "@/lib/auth/permissions";
import { applicationScope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { NotificationKind, OutboxEntryDTO, OutboxState } from "./types";

/** The applicant's choice and every message of one application, newest first (staff detail page). */
export async function getApplicationNotifications(
  applicationId: number,
  actor: StaffActor | null,
): Promise<{ notifyUpdates: boolean; notifyLocale: string; entries: OutboxEntryDTO[] }> {
  const staff = authorize(actor, "applications.view");
  const db = getDb();
  // Only within the official's offices (lib/auth/scope.ts), like the rest of the detail page.
  const application = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, await applicationScope(staff)] },
    select: { notifyUpdates: true, notifyLocale: true },
  });
  if (!application) throw new DomainError("NOT_FOUND", "No such application");
  const [rows] = await Promise.all([
    db.outbox.findMany({
      where: { applicationId },
      orderBy: { id: "desc" },
      take: 100,
      select: {
        id: true,
        kind: true,
        state: true,
        createdAt: true,
        sentAt: true,
        sendAfter: true,
        attemptCount: true,
        lastError: true,
      },
    }),
  ]);
  return {
    notifyUpdates: application.notifyUpdates,
    notifyLocale: application.notifyLocale,
    entries: rows.map((r) => ({
      id: r.id,
      kind: r.kind as NotificationKind,
      state: r.state as OutboxState,
      createdAt: r.createdAt.toISOString(),
      sentAt: r.sentAt?.toISOString() ?? null,
      sendAfter: r.sendAfter.toISOString(),
      attemptCount: r.attemptCount,
      lastError: r.lastError,
    })),
  };
}

/** Messages that failed for good or are still being retried (staff dashboard). */
export async function countUndeliveredNotifications(actor: StaffActor | null): Promise<number> {
  // A national count with no personal data, like the dashboard's other figures.
  authorize(actor, "dashboard.view");
  return getDb().outbox.count({ where: { OR: [{ state: "failed" }, { state: "pending", attemptCount: { gt: 0 } }] } });
}

/** Whether an application's updates are on (status page switch). */
export async function getNotifyUpdates(applicationId: number): Promise<boolean> {
  const row = await getDb().application.findUnique({ where: { id: applicationId }, select: { notifyUpdates: true } });
  return row?.notifyUpdates ?? false;
}

/** The updates switch of the application an applicant session belongs to; null without a live session. */
export async function getNotifyStateForSession(
  sessionToken: string | undefined,
): Promise<{ applicationId: number; notifyUpdates: boolean } | null> {
  if (!sessionToken || sessionToken.length > 100) return null;
  const session = await getDb().applicantSession.findFirst({
    where: { id: tokenId(sessionToken), expiresAt: { gt: new Date() } },
    select: { application: { select: { id: true, notifyUpdates: true } } },
  });
  return session ? { applicationId: session.application.id, notifyUpdates: session.application.notifyUpdates } : null;
}
