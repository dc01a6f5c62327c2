/**
 * Who may move an application, and with what. The table (lib/applications/statuses.ts) is the
 * authorisation rule: every staff mutation checks it on the server (lib/applications/staff-mutations.ts),
 * never only the page.
 */
import { can } from "@/lib/auth/permissions";
import { TRANSITIONS, type ApplicationStatus, type TransitionRule } from "./statuses";

export * from "./statuses";
export { STAFF_ROLES, type StaffRole } from "@/lib/auth/permissions";

export type TransitionCheck =
  | { ok: true; event: string }
  | {
      ok: false;
      code: "FORBIDDEN" | "INVALID_INPUT";
      reason: "role" | "transition" | "message" | "requirements" | "evidence";
    };

/**
 * Whether `role` may move an application from `from` to `to` (and with which event). A denial needs
 * its reason, a withdrawal its recorded basis; a request for documents needs at least one requirement of the published list — an
 * official cannot ask for anything else.
 */
export function checkTransition(
  from: string,
  to: string,
  role: string,
  details: { message?: string | null; requirements?: readonly number[]; evidence?: string | null } = {},
): TransitionCheck {
  const rule = TRANSITIONS[from as ApplicationStatus]?.[to as ApplicationStatus];
  if (!rule) return { ok: false, code: "INVALID_INPUT", reason: "transition" };
  if (!can(role, rule.permission)) return { ok: false, code: "FORBIDDEN", reason: "role" };
  if (rule.needs === "message" && !details.message?.trim())
    return { ok: false, code: "INVALID_INPUT", reason: "message" };
  if (rule.needs === "requirements" && !details.requirements?.length)
    return { ok: false, code: "INVALID_INPUT", reason: "requirements" };
  if (rule.needs === "evidence" && !details.evidence?.trim())
    return { ok: false, code: "INVALID_INPUT", reason: "evidence" };
  return { ok: true, event: rule.event };
}

/** The next statuses `role` may choose from `from` (what the staff detail page offers). */
export function allowedTransitions(from: string, role: string): ApplicationStatus[] {
  const next = TRANSITIONS[from as ApplicationStatus] ?? {};
  return (Object.entries(next) as [ApplicationStatus, TransitionRule][])
    .filter(([, rule]) => can(role, rule.permission))
    .map(([to]) => to);
}
