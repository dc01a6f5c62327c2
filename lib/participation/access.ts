import { DomainError } from "@/lib/errors";
import type { StaffRole } from "@/lib/applications/status-machine";

/**
 * Who may see and handle participation data. Mirrors the permissions issue 4 defines in
 * lib/auth/permissions.ts ("participation.view": every role; "participation.handle": supervisor, admin);
 * every staff query and mutation here calls `authorize` on its first line.
 */
export type ParticipationPermission = "participation.view" | "participation.handle";
export type StaffActor = { id: string; role: StaffRole };

const ROLES: Record<ParticipationPermission, readonly StaffRole[]> = {
  "participation.view": ["clerk", "supervisor", "admin"],
  "participation.handle": ["supervisor", "admin"],
};

export function authorize(actor: StaffActor | null | undefined, permission: ParticipationPermission): StaffActor {
  if (!actor) throw new DomainError("FORBIDDEN", "Sign in as staff");
  if (!ROLES[permission].includes(actor.role)) throw new DomainError("FORBIDDEN", `${actor.role} may not ${permission}`);
  return actor;
}
