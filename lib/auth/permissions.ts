import { DomainError } from "@/lib/errors";
import { logSecurityEvent } from "@/lib/security/log";

/**
 * Who may do what in the back-office. This table is the authorisation rule: every staff query and
 * mutation in lib/ calls `authorize(actor, permission)` on its first line, so a page that forgets a
 * check still cannot read or change anything. tests/integration/authorization.test.ts checks every
 * action against it.
 */
export const STAFF_ROLES = ["clerk", "supervisor", "admin", "editor", "publisher"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const PERMISSIONS = {
  /** See the applications list, their data, documents and timeline. */
  "applications.view": ["clerk", "supervisor"],
  /** Receive, review, request documents, record them as received, withdraw, record issuance, write notes. */
  "applications.review": ["clerk", "supervisor"],
  /** Propose a resolution to a supervisor (a note with the proposed outcome). */
  "applications.propose": ["clerk"],
  /** Approve or deny. */
  "applications.resolve": ["supervisor"],
  /** Assign an application to an official. */
  "applications.reassign": ["supervisor"],
  /** The in-time dashboard. */
  "dashboard.view": ["clerk", "supervisor", "admin"],
  /** Create officials, change roles and offices, disable accounts, end sessions, reset access (new enrolment link). */
  "staff.manage": ["admin"],
  /** Page feedback and satisfaction surveys. */
  "participation.view": ["clerk", "supervisor", "admin"],
  "participation.handle": ["supervisor", "admin"],
  /** QR posters and their scan counts. */
  "posters.manage": ["clerk", "supervisor", "admin"],
  /** Draft catalogue changes (texts, requirements, fees, deadlines…), add and retire procedures, submit for review. */
  "catalogue.edit": ["editor", "publisher"],
  /** Review submitted drafts: publish them (never one they edited themselves) or send them back. */
  "catalogue.publish": ["publisher"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Who is acting. Comes from the staff session, never from the request body. */
export type StaffActor = { id: string; role: StaffRole };

/** Whether a role holds a permission (unknown roles hold none). */
export function can(role: string | null | undefined, permission: Permission): boolean {
  return !!role && (PERMISSIONS[permission] as readonly string[]).includes(role);
}

/**
 * The first line of every staff query and mutation: the actor (from the session) must exist and hold
 * the permission (a refusal is written to the security log). Returns the actor so callers can write `const staff = authorize(actor, "…")`.
 * @throws DomainError UNAUTHENTICATED without an actor, FORBIDDEN without the permission.
 */
export function authorize<A extends StaffActor>(actor: A | null | undefined, permission: Permission): A {
  if (!actor) throw new DomainError("UNAUTHENTICATED", "Sign in first");
  if (!can(actor.role, permission)) {
    logSecurityEvent("staff.permission_denied", { account: actor.id, target: permission, reason: actor.role });
    throw new DomainError("FORBIDDEN", `Role ${actor.role} may not ${permission}`);
  }
  return actor;
}
