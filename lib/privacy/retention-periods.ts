/**
 * The retention schedule: how long each kind of personal data is kept, in one place. The purge job
 * (lib/retention/purge.ts), the cookies, the confirmation page, the privacy notice and the README table
 * all read these numbers; change a period here and every one of them follows.
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export const RETENTION = {
  /** An unsent request form: 24 h after its last saved step, then deleted with its answers. */
  draftMs: 24 * HOUR_MS,
  /**
   * After sending: how long the sending browser sees the password (sealed under its cookie) and the
   * answers on the confirmation page. Then the draft's copy of the answers and the sealed password are
   * wiped, and the page shows only the application number.
   */
  confirmationMs: 15 * MINUTE_MS,
  /** A sent draft (answers already wiped) is kept this long as the idempotency key of the submission. */
  submittedDraftMs: 24 * HOUR_MS,
  /** An applicant session (status page and PDFs) after sign-in or sending. */
  applicantSessionMs: 30 * MINUTE_MS,
  /** Stored PDFs of a closed application (denied, issued, withdrawn), counted from its last event. */
  documentsAfterCloseMs: 90 * DAY_MS,
} as const;

/** Whole days of a period, for the README table and the privacy notice. */
export function periodDays(ms: number): number {
  return Math.round(ms / DAY_MS);
}

/** Whole hours of a period. */
export function periodHours(ms: number): number {
  return Math.round(ms / HOUR_MS);
}

/** Whole minutes of a period. */
export function periodMinutes(ms: number): number {
  return Math.round(ms / MINUTE_MS);
}
