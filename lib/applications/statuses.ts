/**
 * The life of an application: its statuses, the table of steps between them and the sets of statuses
 * the rest of the portal asks about (open, resolved, closed, survey), read off the table. Plain data
 * with no server dependency, so scripts and the legal clock can use it; who may take a step is checked
 * in status-machine.ts.
 *
 * submitted (online) → received (at the office) → in_review ⇄ documents_requested
 *   → approved | denied (supervisor) ; approved → issued ; withdrawn from any open state.
 */
import type { Permission } from "@/lib/auth/permissions";

export const STATUSES = [
  "submitted",
  "received",
  "in_review",
  "documents_requested",
  "approved",
  "denied",
  "issued",
  "withdrawn",
] as const;
export type ApplicationStatus = (typeof STATUSES)[number];

/** What a step asks of the official: `needs` is required (the server refuses the step without it), `offersMessage` an optional note to the applicant. */
export type StepInputs = { needs?: "message" | "requirements" | "evidence"; offersMessage?: boolean };

/** `permission` names the row of lib/auth/permissions.ts that decides who may take this step. */
export type TransitionRule = StepInputs & { permission: Permission; event: string };

const REVIEW = "applications.review" as const;
const RESOLVE = "applications.resolve" as const;

/**
 * Withdrawal ends an open case without a resolution, so it leaves the in-time figure (security review
 * L4). It is recorded only with its basis: a clerk records the applicant's own request (what it was,
 * its date or folio — `evidence`), a supervisor may also withdraw on their own decision with its reason.
 * The basis goes into the timeline event and the audit row, and the dashboard counts withdrawals.
 */
const WITHDRAW: TransitionRule = { permission: REVIEW, event: "withdrawn", needs: "evidence" };

/** from → to → who may do it and the timeline event it writes. Anything not listed is refused. */
export const TRANSITIONS: Partial<Record<ApplicationStatus, Partial<Record<ApplicationStatus, TransitionRule>>>> = {
  submitted: {
    received: { permission: REVIEW, event: "received" },
    withdrawn: WITHDRAW,
  },
  received: {
    in_review: { permission: REVIEW, event: "in_review" },
    withdrawn: WITHDRAW,
  },
  in_review: {
    documents_requested: {
      permission: REVIEW,
      event: "documents_requested",
      needs: "requirements",
      offersMessage: true,
    },
    approved: { permission: RESOLVE, event: "approved", offersMessage: true },
    denied: { permission: RESOLVE, event: "denied", needs: "message" },
    withdrawn: WITHDRAW,
  },
  documents_requested: {
    in_review: { permission: REVIEW, event: "documents_received" },
    withdrawn: WITHDRAW,
  },
  approved: {
    issued: { permission: REVIEW, event: "issued" },
  },
};

/** What the form of the step `from` → `to` must ask for (nothing when the status machine has no such step). */
export function stepInputs(from: string, to: string): StepInputs {
  const rule = TRANSITIONS[from as ApplicationStatus]?.[to as ApplicationStatus];
  return { needs: rule?.needs, offersMessage: rule?.offersMessage ?? false };
}

/**
 * Open: the authority has not answered yet and the legal clock may run. These are exactly the statuses
 * an application can be withdrawn from ("withdrawn from any open state"), so the set is read off the table.
 */
export const OPEN_STATUSES: readonly ApplicationStatus[] = STATUSES.filter(
  (s) => TRANSITIONS[s]?.withdrawn !== undefined,
);

/** Resolved: the authority has answered (or the case was withdrawn); the legal clock no longer runs. */
export const RESOLVED_STATUSES: readonly ApplicationStatus[] = STATUSES.filter((s) => !OPEN_STATUSES.includes(s));

/** Closed: nothing more can happen (no step leads out of it). */
export const CLOSED_STATUSES: readonly ApplicationStatus[] = STATUSES.filter(
  (s) => Object.keys(TRANSITIONS[s] ?? {}).length === 0,
);

/**
 * Statuses after which the status page offers the satisfaction survey: the authority has decided.
 * Withdrawn is left out: nothing was decided, and its answers would blur the satisfaction with
 * resolutions that the target measures.
 */
export const SURVEY_STATUSES: readonly ApplicationStatus[] = RESOLVED_STATUSES.filter((s) => s !== "withdrawn");

const isIn = (set: readonly ApplicationStatus[]) => (status: string) => (set as readonly string[]).includes(status);
/** Whether the authority has yet to answer (see OPEN_STATUSES). */
export const isOpenStatus = isIn(OPEN_STATUSES);
/** Whether the legal clock has stopped for good (see RESOLVED_STATUSES). */
export const isResolvedStatus = isIn(RESOLVED_STATUSES);
/** Whether the applicant may answer the satisfaction survey (see SURVEY_STATUSES). */
export const offersSurvey = isIn(SURVEY_STATUSES);

/** The status filter of the staff applications list: any open one, then each status. */
export const STATUS_FILTERS = ["open", ...STATUSES] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
