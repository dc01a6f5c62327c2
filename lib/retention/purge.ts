/**
 * The purge job: deletes what the retention schedule (./periods.ts) says has outlived its purpose.
 * It takes the Prisma client as an argument because it runs in two places: inside the app server on a
 * timer (./schedule.ts, from instrumentation.ts) and from the command line (`npm run db:purge`).
 *
 * One replica at a time: the whole purge runs in one transaction that first takes a PostgreSQL
 * transaction-level advisory lock with `pg_try_advisory_xact_lock`; a replica that does not get it skips
 * this round (another one is purging), and the lock goes away with the transaction, even on a crash.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CLOSED_STATUSES } from "@/lib/applications/statuses";
import { RETENTION } from "@/lib/privacy/retention-periods";

/** Arbitrary constant shared by every replica: "ventanilla retention" as two 32-bit halves. */
export const PURGE_LOCK_KEY = 0x76_65_6e_74_61_6e_69_6cn;

export type PurgeCounts = {
  /** Unsent drafts past their expiry (answers included). */
  abandonedDrafts: number;
  /** Sent drafts whose copy of the answers and sealed password were wiped. */
  submittedDraftsWiped: number;
  /** Sent drafts deleted after `submittedDraftMs`. */
  submittedDraftsDeleted: number;
  applicantSessions: number;
  /** Staff sessions past their end, including pending sign-ins never completed. */
  staffSessions: number;
  /** Staff enrolment links past their expiry (used links are deleted when used). */
  staffEnrolments: number;
  /** Rate-limit counters whose window has passed (their keys hold addresses, emails, numbers). */
  rateLimits: number;
  /** Stored PDFs of applications closed longer than `documentsAfterCloseMs`. */
  documents: number;
  /** E-mail outbox rows (and their attempts) no longer pending, of applications closed as long. */
  notifications: number;
};

export type PurgeResult = { ran: true; counts: PurgeCounts } | { ran: false; reason: "locked" };

/** Runs one purge as of `now`. Returns what it removed, or `ran: false` when another replica holds the lock. */
export async function purgeExpiredData(db: PrismaClient, now: Date = new Date()): Promise<PurgeResult> {
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(${PURGE_LOCK_KEY}) AS locked`;
      if (!lock?.locked) return { ran: false, reason: "locked" } as const;

      const abandonedDrafts = await tx.$executeRaw`
        DELETE FROM application_draft WHERE application_id IS NULL AND expires_at < ${now}`;
      const submittedDraftsDeleted = await tx.$executeRaw`
        DELETE FROM application_draft WHERE application_id IS NOT NULL AND expires_at < ${now}`;
      const submittedDraftsWiped = await tx.$executeRaw`
        UPDATE application_draft SET answers = '{}'::jsonb, sealed_password = NULL, sealed_until = NULL
        WHERE application_id IS NOT NULL
          AND (answers <> '{}'::jsonb OR sealed_password IS NOT NULL)
          AND (sealed_until IS NULL OR sealed_until < ${now})`;
      const applicantSessions = await tx.$executeRaw`DELETE FROM applicant_session WHERE expires_at < ${now}`;
      const staffSessions = await tx.$executeRaw`DELETE FROM staff_session WHERE expires_at < ${now}`;
      const staffEnrolments = await tx.$executeRaw`DELETE FROM staff_enrolment WHERE expires_at < ${now}`;
      // rate-limiter-flexible stores the end of each window as milliseconds since the epoch.
      const rateLimits =
        await tx.$executeRaw`DELETE FROM rate_limit WHERE expire IS NOT NULL AND expire < ${BigInt(now.getTime())}`;
      // Nothing more happens to a closed application; its stored PDFs are only a cache of what its answers
      // can render again, so they go after `documentsAfterCloseMs`.
      const closedBefore = new Date(now.getTime() - RETENTION.documentsAfterCloseMs);
      const documents = await tx.$executeRaw`
        DELETE FROM application_document d USING application a
        WHERE d.application_id = a.id
          AND a.status::text = ANY(${[...CLOSED_STATUSES]})
          AND (SELECT max(e.at) FROM application_event e WHERE e.application_id = a.id) < ${closedBefore}`;

      // The outbox rows hold no answers, but they show when and how a person was written to: they follow
      // the same rule as the stored PDFs. Pending rows stay until the sender is done with them.
      const notifications = await tx.$executeRaw`
        DELETE FROM outbox o USING application a
        WHERE o.application_id = a.id
          AND o.state <> 'pending'
          AND a.status::text = ANY(${[...CLOSED_STATUSES]})
          AND (SELECT max(e.at) FROM application_event e WHERE e.application_id = a.id) < ${closedBefore}`;

      return {
        ran: true,
        counts: {
          abandonedDrafts,
          submittedDraftsWiped,
          submittedDraftsDeleted,
          applicantSessions,
          staffSessions,
          staffEnrolments,
          rateLimits,
          documents,
          notifications,
        },
      } as const;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
