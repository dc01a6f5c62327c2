import "server-only";
import { applicationScope } from "@/lib/auth/scope";
import { authorize, type StaffActor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { logSecurityEvent } from "@/lib/security/log";
import { verifyUnsubscribeToken } from "./links";
import { getNotifyStateForSession } from "./queries";
import { notificationSwitchSchema } from "./schemas";

/** Turns e-mail updates of one application on or off. Pending messages are skipped at sending time when off. */
export async function setNotifyUpdates(
  applicationId: number,
  on: boolean,
  via: "status-page" | "link" | "one-click",
): Promise<void> {
  await getDb().application.update({ where: { id: applicationId }, data: { notifyUpdates: on } });
  logSecurityEvent("notification.preference", { target: via, reason: on ? "on" : "off" });
}

/**
 * The switch from an unsubscribe link (the page's form, or the RFC 8058 one-click POST from the mail
 * client). The signed token is the only authorisation: it names one application and can only flip this.
 * Returns false for a forged, malformed or unknown token.
 */
export async function setNotifyUpdatesByToken(
  token: unknown,
  rawSwitch: unknown,
  via: "link" | "one-click",
): Promise<boolean> {
  const parsed = notificationSwitchSchema.safeParse(rawSwitch);
  const id = await verifyUnsubscribeToken(token);
  if (!parsed.success || id === null) return false;
  const exists = await getDb().application.findUnique({ where: { id }, select: { id: true } });
  if (!exists) return false;
  await setNotifyUpdates(id, parsed.data.updates === "on", via);
  return true;
}

/** The status page's switch: the application comes from the applicant session, never from the form. */
export async function setNotifyUpdatesForSession(
  sessionToken: string | undefined,
  rawSwitch: unknown,
): Promise<boolean> {
  const parsed = notificationSwitchSchema.safeParse(rawSwitch);
  const state = await getNotifyStateForSession(sessionToken);
  if (!parsed.success || !state) return false;
  await setNotifyUpdates(state.applicationId, parsed.data.updates === "on", "status-page");
  return true;
}

/**
 * Supervisor: sends a message again. A failed or sent row goes back to pending as a new outbox row
 * (its own Message-ID: it is a new message, recorded as such), with the audit row in the same transaction.
 */
export async function resendNotification(outboxId: number, actor: StaffActor | null): Promise<{ id: number }> {
  const staff = authorize(actor, "applications.reassign");
  return getDb().$transaction(async (tx) => {
    const row = await tx.outbox.findFirst({
      where: { id: outboxId, application: await applicationScope(staff) },
      select: { applicationId: true, kind: true, data: true },
    });
    if (!row) throw new DomainError("NOT_FOUND", "No such message");
    const copy = await tx.outbox.create({
      data: { applicationId: row.applicationId, kind: row.kind, data: row.data ?? {} },
      select: { id: true },
    });
    await tx.auditLog.create({
      data: {
        actorId: staff.id,
        actorRole: staff.role,
        action: "application.notification_resend",
        entity: "application",
        entityId: String(row.applicationId),
        after: { outboxId, newOutboxId: copy.id },
      },
    });
    return copy;
  });
}
