import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffActor } from "./permissions";

/**
 * Which applications an official may see and act on (ASVS 8.2.2; security review M8): a national
 * official every one; anyone else those filed at one of their offices plus those assigned to them.
 * Read from the database on every call (never from the session or the request), so an admin's change
 * applies at the next request. Combine with the permission check: this narrows, it never grants.
 */
export async function applicationScope(actor: StaffActor): Promise<Prisma.ApplicationWhereInput> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(actor.id)) return { id: { in: [] } };
  const staff = await getDb().staffUser.findUnique({
    where: { id: actor.id },
    select: { national: true, offices: { select: { officeId: true } } },
  });
  if (staff?.national) return {};
  const officeIds = staff?.offices.map((o) => o.officeId) ?? [];
  return { OR: [...(officeIds.length ? [{ officeId: { in: officeIds } }] : []), { assigneeId: actor.id }] };
}
