import "server-only";
import { getDb } from "@/lib/db";
import { authorize, type StaffActor, type StaffRole } from "./permissions";

export type StaffMemberDTO = {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  disabled: boolean;
  enrolled: boolean;
  /** An unexpired enrolment link is waiting to be used. */
  enrolmentPending: boolean;
  isDemo: boolean;
  national: boolean;
  officeIds: number[];
  activeSessions: number;
};

/** Admin: every official, with their offices, whether they enrolled and how many sessions are live. */
export async function listStaffMembers(actor: StaffActor | null): Promise<StaffMemberDTO[]> {
  authorize(actor, "staff.manage");
  const now = new Date();
  const rows = await getDb().staffUser.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      totpConfirmedAt: true,
      isDemo: true,
      national: true,
      offices: { select: { officeId: true } },
      enrolments: { where: { expiresAt: { gt: now } }, select: { expiresAt: true } },
      _count: { select: { sessions: { where: { stage: "full", expiresAt: { gt: now } } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    disabled: !!r.disabledAt,
    enrolled: !!r.totpConfirmedAt,
    enrolmentPending: r.enrolments.length > 0,
    isDemo: r.isDemo,
    national: r.national,
    officeIds: r.offices.map((o) => o.officeId).sort((a, b) => a - b),
    activeSessions: r._count.sessions,
  }));
}

/**
 * Officials who can be assigned applications (clerks and supervisors, enabled); with `officeSlug`, only
 * those who handle that office or every office (the only ones assignApplication accepts).
 */
export async function listCaseWorkers(
  actor: StaffActor | null,
  officeSlug?: string | null,
): Promise<{ id: string; name: string; role: StaffRole }[]> {
  authorize(actor, "applications.view");
  const scope =
    officeSlug === undefined
      ? {}
      : { OR: [{ national: true }, ...(officeSlug ? [{ offices: { some: { office: { slug: officeSlug } } } }] : [])] };
  return getDb().staffUser.findMany({
    where: { disabledAt: null, role: { in: ["clerk", "supervisor"] }, ...scope },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}
