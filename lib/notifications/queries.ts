import "server-only";
import { tokenId } from "@/lib/applications/crypto";
import { getDb } from "@/lib/db";
import type { NotificationKind, OutboxEntryDTO, OutboxState } from "./types";

/** The applicant's choice and every message of one application, newest first (staff detail page). */
export async function getApplicationNotifications(applicationId: number): Promise<{ notifyUpdates: boolean; notifyLocale: string; entries: OutboxEntryDTO[] }> {
  const db = getDb();
  const [application, rows] = await Promise.all([
    db.application.findUnique({ where: { id: applicationId }, select: { notifyUpdates: true, notifyLocale: true } }),
    db.outbox.findMany({
      where: { applicationId },
      orderBy: { id: "desc" },
      take: 100,
      select: { id: true, kind: true, state: true, createdAt: true, sentAt: true, sendAfter: true, attemptCount: true, lastError: true },
    }),
  ]);
  return {
    notifyUpdates: application?.notifyUpdates ?? false,
    notifyLocale: application?.notifyLocale ?? "es",
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
export async function countUndeliveredNotifications(): Promise<number> {
  return getDb().outbox.count({ where: { OR: [{ state: "failed" }, { state: "pending", attemptCount: { gt: 0 } }] } });
}

/** Whether an application's updates are on (status page switch). */
export async function getNotifyUpdates(applicationId: number): Promise<boolean> {
  const row = await getDb().application.findUnique({ where: { id: applicationId }, select: { notifyUpdates: true } });
  return row?.notifyUpdates ?? false;
}

/** The updates switch of the application an applicant session belongs to; null without a live session. */
export async function getNotifyStateForSession(sessionToken: string | undefined): Promise<{ applicationId: number; notifyUpdates: boolean } | null> {
  if (!sessionToken || sessionToken.length > 100) return null;
  const session = await getDb().applicantSession.findFirst({
    where: { id: tokenId(sessionToken), expiresAt: { gt: new Date() } },
    select: { application: { select: { id: true, notifyUpdates: true } } },
  });
  return session ? { applicationId: session.application.id, notifyUpdates: session.application.notifyUpdates } : null;
}
