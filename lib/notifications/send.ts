import "server-only";
import { getDb } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { localize, type LocalizedText } from "@/lib/i18n/localize";
import { procedureOfApplication } from "@/lib/catalogue/application-version";
import { logSecurityEvent } from "@/lib/security/log";
import { notificationLinks, signUnsubscribeToken } from "./links";
import { renderNotification } from "./render";
import { isPermanentMailError, mailDomain, type MailTransport } from "./transport";
import type { NotificationData, NotificationKind } from "./types";

/** Attempts before a message is marked failed for good (about 2 hours of retries: 1+2+4+…+64 minutes). */
export const MAX_ATTEMPTS = 8;
/** First retry after this many seconds, then doubling: 1, 2, 4 … minutes, at most RETRY_MAX_SECONDS. */
export const RETRY_BASE_SECONDS = 60;
export const RETRY_MAX_SECONDS = 2 * 60 * 60;

/**
 * The first retry's delay: `NOTIFICATIONS_RETRY_BASE_SECONDS` when it is a positive number, else
 * RETRY_BASE_SECONDS. Only the fault test shortens it (a drill cannot wait minutes per refusal); a
 * production server keeps the default, which spares a struggling mail server.
 */
export function retryBaseSeconds(raw = process.env.NOTIFICATIONS_RETRY_BASE_SECONDS): number {
  const seconds = raw === undefined || raw.trim() === "" ? NaN : Number(raw);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : RETRY_BASE_SECONDS;
}

/** Seconds to wait after the `attempt`-th failed attempt (1-based): exponential backoff with a ceiling. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(retryBaseSeconds() * 2 ** Math.max(0, attempt - 1), RETRY_MAX_SECONDS);
}

/**
 * The Message-ID of an outbox row: the same on every attempt, so a message sent again after a crash
 * (SMTP accepted it, the server died before recording it) is recognisably the same message. The row's
 * creation time keeps ids unique across a database that was reset.
 */
export function outboxMessageId(row: { id: number; createdAt: Date }, domain = mailDomain()): string {
  return `<outbox-${row.id}-${row.createdAt.getTime().toString(36)}@${domain}>`;
}

export type SendCounts = { sent: number; retried: number; failed: number; skipped: number };

type Claimed = {
  id: number;
  application_id: number;
  kind: NotificationKind;
  data: NotificationData;
  attempt_count: number;
  created_at: Date;
};

/**
 * Delivers every due outbox row, one row per transaction: the row is claimed with
 * `FOR UPDATE SKIP LOCKED`, so several app servers (and `npm run notifications:send`) never send the
 * same row at the same time; the attempt and the new state commit with the claim. A crash between the
 * SMTP server's "250 OK" and the commit leaves the row pending: it is sent again with the same Message-ID.
 * `now` is the clock the due dates are compared with (tests move it forward instead of waiting).
 */
export async function sendDueNotifications(
  transport: MailTransport,
  options: { now?: Date; limit?: number } = {},
): Promise<SendCounts> {
  const counts: SendCounts = { sent: 0, retried: 0, failed: 0, skipped: 0 };
  const now = options.now ?? new Date();
  const limit = options.limit ?? 500;
  for (let handled = 0; handled < limit; handled += 1) {
    const outcome = await sendOne(transport, now);
    if (!outcome) break;
    counts[outcome] += 1;
  }
  return counts;
}

async function sendOne(transport: MailTransport, now: Date): Promise<keyof SendCounts | null> {
  const db = getDb();
  return db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<Claimed[]>`
        SELECT id, application_id, kind, data, attempt_count, created_at FROM outbox
        WHERE state = 'pending' AND send_after <= ${now}
        ORDER BY send_after, id LIMIT 1 FOR UPDATE SKIP LOCKED`;
      if (!row) return null;
      const application = await tx.application.findUniqueOrThrow({
        where: { id: row.application_id },
        select: {
          number: true,
          status: true,
          answers: true,
          notifyUpdates: true,
          notifyLocale: true,
          procedureVersionId: true,
          procedure: { select: { slug: true } },
          office: { select: { name: true } },
          events: { where: { type: "documents_received" }, select: { at: true } },
        },
      });
      const answers = application.answers as { personal?: { givenNames?: string }; address?: { email?: string } };
      const to = answers.address?.email;
      const stale =
        row.kind === "documents_reminder" &&
        (application.status !== "documents_requested" ||
          application.events.some(
            (e) => row.data.requestedAt !== undefined && e.at.toISOString() > row.data.requestedAt!,
          ));
      if (!application.notifyUpdates || !to || stale) {
        const reason = !application.notifyUpdates
          ? "updates turned off"
          : !to
            ? "no e-mail address"
            : "documents already recorded";
        await tx.outbox.update({ where: { id: row.id }, data: { state: "skipped", lastError: reason } });
        return "skipped";
      }
      const locale: Locale = isLocale(application.notifyLocale) ? application.notifyLocale : "es";
      // Requirements are named as the application's own version lists them (positions differ between versions).
      const { procedure } = await procedureOfApplication({
        procedureSlug: application.procedure.slug,
        procedureVersionId: application.procedureVersionId,
      });
      const token = await signUnsubscribeToken(row.application_id);
      const links = notificationLinks(locale, token);
      const message = renderNotification({
        locale,
        kind: row.kind,
        data: row.data,
        firstName: (answers.personal?.givenNames ?? "").split(/\s+/)[0] ?? "",
        number: application.number,
        procedure: localize(procedure.title, locale),
        office: application.office ? localize(application.office.name as LocalizedText, locale) : null,
        documents: (row.data.requirements ?? []).map((position) => {
          const requirement = procedure.requirements.find((r) => r.position === position);
          return requirement ? localize(requirement.name, locale) : `#${position}`;
        }),
        links,
      });
      const attempt = row.attempt_count + 1;
      try {
        const response = await transport.send({
          to,
          ...message,
          messageId: outboxMessageId({ id: row.id, createdAt: row.created_at }),
          headers: {
            "List-Unsubscribe": `<${links.oneClick}>`,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
          },
        });
        await tx.outboxAttempt.create({ data: { outboxId: row.id, ok: true, detail: response.slice(0, 300) } });
        await tx.outbox.update({
          where: { id: row.id },
          data: { state: "sent", sentAt: new Date(), attemptCount: attempt, lastError: null },
        });
        return "sent";
      } catch (error) {
        const detail = (error instanceof Error ? error.message : String(error)).slice(0, 300);
        const permanent = isPermanentMailError(error) || attempt >= MAX_ATTEMPTS;
        await tx.outboxAttempt.create({ data: { outboxId: row.id, ok: false, detail } });
        await tx.outbox.update({
          where: { id: row.id },
          data: permanent
            ? { state: "failed", attemptCount: attempt, lastError: detail }
            : {
                attemptCount: attempt,
                lastError: detail,
                sendAfter: new Date(now.getTime() + retryDelaySeconds(attempt) * 1000),
              },
        });
        if (permanent) logSecurityEvent("notification.failed", { count: attempt, reason: detail.slice(0, 120) });
        return permanent ? "failed" : "retried";
      }
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
