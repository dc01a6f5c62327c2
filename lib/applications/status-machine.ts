/**
 * The life of an application and who may move it. The table is the authorisation rule: every staff
 * mutation checks it on the server (lib/applications/staff-mutations.ts), never only the page.
 *
 * submitted (online) → received (at the office) → in_review ⇄ documents_requested
 *   → approved | denied (supervisor) ; approved → issued ; withdrawn from any open state.
 */
export const STATUSES = ["submitted", "received", "in_review", "documents_requested", "approved", "denied", "issued", "withdrawn"] as const;
export type ApplicationStatus = (typeof STATUSES)[number];

export const STAFF_ROLES = ["clerk", "supervisor", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

type Rule = { roles: readonly StaffRole[]; event: string; needsMessage?: boolean };

const CASE_WORKERS = ["clerk", "supervisor"] as const;
const SUPERVISORS = ["supervisor"] as const;

/** from → to → who may do it and the timeline event it writes. Anything not listed is refused. */
export const TRANSITIONS: Partial<Record<ApplicationStatus, Partial<Record<ApplicationStatus, Rule>>>> = {
  submitted: {
    received: { roles: CASE_WORKERS, event: "received" },
    withdrawn: { roles: CASE_WORKERS, event: "withdrawn" },
  },
  received: {
    in_review: { roles: CASE_WORKERS, event: "in_review" },
    withdrawn: { roles: CASE_WORKERS, event: "withdrawn" },
  },
  in_review: {
    documents_requested: { roles: CASE_WORKERS, event: "documents_requested", needsMessage: true },
    approved: { roles: SUPERVISORS, event: "approved" },
    denied: { roles: SUPERVISORS, event: "denied", needsMessage: true },
    withdrawn: { roles: CASE_WORKERS, event: "withdrawn" },
  },
  documents_requested: {
    in_review: { roles: CASE_WORKERS, event: "documents_received" },
    withdrawn: { roles: CASE_WORKERS, event: "withdrawn" },
  },
  approved: {
    issued: { roles: CASE_WORKERS, event: "issued" },
  },
};

export type TransitionCheck =
  | { ok: true; event: string; needsMessage: boolean }
  | { ok: false; code: "FORBIDDEN" | "INVALID_INPUT"; reason: "role" | "transition" | "message" };

/** Whether `role` may move an application from `from` to `to` (and with which event). */
export function checkTransition(from: string, to: string, role: string, message?: string | null): TransitionCheck {
  const rule = TRANSITIONS[from as ApplicationStatus]?.[to as ApplicationStatus];
  if (!rule) return { ok: false, code: "INVALID_INPUT", reason: "transition" };
  if (!(rule.roles as readonly string[]).includes(role)) return { ok: false, code: "FORBIDDEN", reason: "role" };
  if (rule.needsMessage && !message?.trim()) return { ok: false, code: "INVALID_INPUT", reason: "message" };
  return { ok: true, event: rule.event, needsMessage: !!rule.needsMessage };
}

/** The next statuses `role` may choose from `from` (what the staff detail page offers). */
export function allowedTransitions(from: string, role: string): ApplicationStatus[] {
  const next = TRANSITIONS[from as ApplicationStatus] ?? {};
  return (Object.entries(next) as [ApplicationStatus, Rule][]).filter(([, rule]) => (rule.roles as readonly string[]).includes(role)).map(([to]) => to);
}
