/** What a notification is about; one template each (lib/i18n/messages → notifications.mail). */
export const NOTIFICATION_KINDS = ["confirmation", "status", "documents_requested", "documents_reminder"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const OUTBOX_STATES = ["pending", "sent", "failed", "skipped"] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** The facts a message needs besides the application itself; never personal data. */
export type NotificationData = {
  status?: string;
  /** Positions of the procedure's published requirements that were requested. */
  requirements?: number[];
  /** YYYY-MM-DD (where the authority is). */
  deliverBy?: string;
  /** The documents_requested event this reminder belongs to (a later documents_received cancels it). */
  requestedAt?: string;
};

/** One row of the staff view of an application's messages. */
export type OutboxEntryDTO = {
  id: number;
  kind: NotificationKind;
  state: OutboxState;
  createdAt: string;
  sentAt: string | null;
  sendAfter: string;
  attemptCount: number;
  lastError: string | null;
};
