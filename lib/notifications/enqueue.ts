import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AUTHORITY_TIME_ZONE, todayIn } from "@/lib/dates";
import { documentsDeliverBy, reminderDate, reminderInstant } from "./dates";
import type { NotificationData, NotificationKind } from "./types";

type Tx = Prisma.TransactionClient;

/**
 * Writes an outbox row inside the caller's transaction, so the message exists exactly when the change
 * that causes it is committed (transactional outbox). Nothing is written when the applicant did not
 * ask for updates. Returns the row id, or null.
 */
export async function enqueueNotification(
  tx: Tx,
  applicationId: number,
  kind: NotificationKind,
  data: NotificationData = {},
  sendAfter?: Date,
): Promise<number | null> {
  const application = await tx.application.findUnique({
    where: { id: applicationId },
    select: { notifyUpdates: true },
  });
  if (!application?.notifyUpdates) return null;
  const row = await tx.outbox.create({
    data: { applicationId, kind, data, ...(sendAfter ? { sendAfter } : {}) },
    select: { id: true },
  });
  return row.id;
}

/**
 * The messages of a status change: for a request for documents, the request with its list and the
 * deliver-by date, and a reminder due two business days before that date (skipped at sending time if
 * the documents were recorded by then); for any other status, the status message.
 */
export async function enqueueStatusNotifications(
  tx: Tx,
  input: { applicationId: number; status: string; requirements?: number[]; at: Date; holidays: ReadonlySet<string> },
): Promise<void> {
  if (input.status !== "documents_requested") {
    await enqueueNotification(tx, input.applicationId, "status", { status: input.status });
    return;
  }
  const requestedOn = todayIn(AUTHORITY_TIME_ZONE, input.at);
  const deliverBy = documentsDeliverBy(requestedOn, input.holidays);
  const data = {
    status: input.status,
    requirements: input.requirements ?? [],
    deliverBy,
    requestedAt: input.at.toISOString(),
  };
  const id = await enqueueNotification(tx, input.applicationId, "documents_requested", data);
  if (id === null) return;
  const remindOn = reminderDate(deliverBy, input.holidays);
  if (remindOn > requestedOn)
    await enqueueNotification(tx, input.applicationId, "documents_reminder", data, reminderInstant(remindOn));
}
