/**
 * The life of an application and who may move it. The table is the authorisation rule: every staff
 * mutation checks it on the server (lib/applications/staff-mutations.ts), never only the page.
 *
 * submitted (online) → received (at the office) → in_review ⇄ documents_requested
 *   → approved | denied (supervisor) ; approved → issued ; withdrawn from any open state.
 */
export const STATUSES = ["submitted", "received", "in_review", "documents_requested", "approved", "denied", "issued", "withdrawn"] as const;
export type ApplicationStatus = (typeof STATUSES)[number];

import { can, type Permission } from "@/lib/auth/permissions";

export { STAFF_ROLES, type StaffRole } from "@/lib/auth/permissions";

/** `permission` names the row of lib/auth/permissions.ts that decides who may take this step. */
type Rule = { permission: Permission; event: string; needs?: "message" | "requirements" | "evidence" };

const REVIEW = "applications.review" as const;
const RESOLVE = "applications.resolve" as const;

/**
 * Withdrawal ends an open case without a resolution, so it leaves the in-time figure (security review
 * L4). It is recorded only with its basis: a clerk records the applicant's own request (what it was,
 * its date or folio — `evidence`), a supervisor may also withdraw on their own decision with its reason.
 * The basis goes into the timeline event and the audit row, and the dashboard counts withdrawals.
 */
const WITHDRAW: Rule = { permission: REVIEW, event: "withdrawn", needs: "evidence" };

/** from → to → who may do it and the timeline event it writes. Anything not listed is refused. */
export const TRANSITIONS: Partial<Record<ApplicationStatus, Partial<Record<ApplicationStatus, Rule>>>> = {
  submitted: {
    received: { permission: REVIEW, event: "received" },
    withdrawn: WITHDRAW,
  },
  received: {
    in_review: { permission: REVIEW, event: "in_review" },
    withdrawn: WITHDRAW,
  },
  in_review: {
    documents_requested: { permission: REVIEW, event: "documents_requested", needs: "requirements" },
    approved: { permission: RESOLVE, event: "approved" },
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

export type TransitionCheck =
  | { ok: true; event: string }
  | { ok: false; code: "FORBIDDEN" | "INVALID_INPUT"; reason: "role" | "transition" | "message" | "requirements" | "evidence" };

/**
 * Whether `role` may move an application from `from` to `to` (and with which event). A denial needs
 * its reason, a withdrawal its recorded basis; a request for documents needs at least one requirement of the published list — an
 * official cannot ask for anything else.
 */
export function checkTransition(from: string, to: string, role: string, details: { message?: string | null; requirements?: readonly number[]; evidence?: string | null } = {}): TransitionCheck {
  const rule = TRANSITIONS[from as ApplicationStatus]?.[to as ApplicationStatus];
  if (!rule) return { ok: false, code: "INVALID_INPUT", reason: "transition" };
  if (!can(role, rule.permission)) return { ok: false, code: "FORBIDDEN", reason: "role" };
  if (rule.needs === "message" && !details.message?.trim()) return { ok: false, code: "INVALID_INPUT", reason: "message" };
  if (rule.needs === "requirements" && !details.requirements?.length) return { ok: false, code: "INVALID_INPUT", reason: "requirements" };
  if (rule.needs === "evidence" && !details.evidence?.trim()) return { ok: false, code: "INVALID_INPUT", reason: "evidence" };
  return { ok: true, event: rule.event };
}

/** The permission a transition needs, or null when the status machine has no such step. */
export function transitionPermission(from: string, to: string): Permission | null {
  return TRANSITIONS[from as ApplicationStatus]?.[to as ApplicationStatus]?.permission ?? null;
}

/** The next statuses `role` may choose from `from` (what the staff detail page offers). */
export function allowedTransitions(from: string, role: string): ApplicationStatus[] {
  const next = TRANSITIONS[from as ApplicationStatus] ?? {};
  return (Object.entries(next) as [ApplicationStatus, Rule][]).filter(([, rule]) => can(role, rule.permission)).map(([to]) => to);
}
