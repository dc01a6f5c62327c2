import "server-only";
import { getDb } from "@/lib/db";
import { authorize, type StaffActor, type StaffRole } from "./permissions";

export type StaffMemberDTO = { id: string; email: string; name: string; role: StaffRole; disabled: boolean; enrolled: boolean; isDemo: boolean; activeSessions: number };

/** Admin: every official, with whether they enrolled a second factor and how many sessions are live. */
export async function listStaffMembers(actor: StaffActor | null): Promise<StaffMemberDTO[]> {
  authorize(actor, "staff.manage");
  const rows = await getDb().staffUser.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, disabledAt: true, totpConfirmedAt: true, isDemo: true, _count: { select: { sessions: { where: { stage: "full", expiresAt: { gt: new Date() } } } } } },
  });
  return rows.map((r) => ({ id: r.id, email: r.email, name: r.name, role: r.role, disabled: !!r.disabledAt, enrolled: !!r.totpConfirmedAt, isDemo: r.isDemo, activeSessions: r._count.sessions }));
}

/** Officials who can be assigned applications (clerks and supervisors, enabled). */
export async function listCaseWorkers(actor: StaffActor | null): Promise<{ id: string; name: string; role: StaffRole }[]> {
  authorize(actor, "applications.view");
  return getDb().staffUser.findMany({ where: { disabledAt: null, role: { in: ["clerk", "supervisor"] } }, orderBy: { name: "asc" }, select: { id: true, name: true, role: true } });
}
