import "server-only";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { fieldErrorsFromZod } from "@/lib/forms/action-state";
import { issueEnrolmentLink } from "./enrolment-links";
import { authorize, type StaffActor } from "./permissions";
import { staffCreateSchema, staffUpdateSchema } from "./schemas";
import { confirmCurrentPassword } from "./step-up";

/**
 * Admin changes to the team. Each one: permission first, then the admin's own password again (step-up),
 * then the change and its audit row in one transaction. No admin ever sees or chooses an official's
 * password: a new account and a reset both give a one-time enrolment link to hand over (security review M2).
 */
type Meta = { client?: string };

function audit(actor: StaffActor, action: string, entityId: string, before: unknown, after: unknown) {
  return {
    actorId: actor.id,
    actorRole: actor.role,
    action,
    entity: "staff_user",
    entityId,
    before: before as object,
    after: after as object,
  };
}

export type EnrolmentLink = { token: string; expiresAt: Date };

/** Admin: creates an official (no password, no second factor yet) and returns their address as stored and their enrolment link. */
export async function createStaffMember(
  actor: StaffActor | null,
  raw: unknown,
  stepUpPassword: unknown,
  meta: Meta = {},
): Promise<{ id: string; email: string } & EnrolmentLink> {
  const admin = authorize(actor, "staff.manage");
  const parsed = staffCreateSchema.safeParse(raw);
  if (!parsed.success)
    throw new DomainError("INVALID_INPUT", "Invalid staff member", {
      fieldErrors: fieldErrorsFromZod(parsed.error.issues),
    });
  await confirmCurrentPassword(admin, stepUpPassword, { client: meta.client, target: "staff.create" });
  try {
    return await getDb().$transaction(async (tx) => {
      const row = await tx.staffUser.create({ data: { ...parsed.data, passwordHash: null }, select: { id: true } });
      const link = await issueEnrolmentLink(tx, row.id, admin.id);
      await tx.auditLog.create({
        data: audit(admin, "staff.create", row.id, null, {
          email: parsed.data.email,
          role: parsed.data.role,
          enrolmentLinkUntil: link.expiresAt.toISOString(),
        }),
      });
      return { id: row.id, email: parsed.data.email, ...link };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002")
      throw new DomainError("CONFLICT", "That email already has an account", {
        fieldErrors: { email: "staff.team.emailTaken" },
      });
    throw error;
  }
}

/**
 * Admin: role, disable/enable, offices, end sessions, or reset access. A reset clears the password and
 * the second factor together and returns a new enrolment link: a second-factor reset alone would hand
 * the account to whoever knows the password. Disabling, a role or office change and a reset end every
 * session of that account at once (ASVS 7.4.2).
 */
export async function updateStaffMember(
  actor: StaffActor | null,
  raw: unknown,
  stepUpPassword: unknown,
  meta: Meta = {},
): Promise<{ enrolment?: EnrolmentLink }> {
  const admin = authorize(actor, "staff.manage");
  const parsed = staffUpdateSchema.safeParse(raw);
  if (!parsed.success) throw new DomainError("INVALID_INPUT", "Invalid change");
  const { id, role, disabled, resetAccess, endSessions, offices, national } = parsed.data;
  if (id === admin.id && (disabled || resetAccess || (role && role !== "admin")))
    throw new DomainError("INVALID_INPUT", "Admins cannot lock themselves out");
  await confirmCurrentPassword(admin, stepUpPassword, { client: meta.client, target: "staff.update" });
  return getDb().$transaction(async (tx) => {
    const before = await tx.staffUser.findUnique({
      where: { id },
      select: { role: true, disabledAt: true, national: true, offices: { select: { officeId: true } } },
    });
    if (!before) throw new DomainError("NOT_FOUND", "No such staff member");
    const data = {
      ...(role ? { role } : {}),
      ...(disabled === undefined ? {} : { disabledAt: disabled ? new Date() : null }),
      ...(national === undefined ? {} : { national }),
      ...(resetAccess ? { passwordHash: null, totpSecret: null, totpConfirmedAt: null, totpLastStep: null } : {}),
    };
    await tx.staffUser.update({ where: { id }, data });
    const officesBefore = before.offices.map((o) => o.officeId).sort((a, b) => a - b);
    let officesAfter = officesBefore;
    if (offices) {
      officesAfter = [...new Set(offices)].sort((a, b) => a - b);
      const known = await tx.office.count({ where: { id: { in: officesAfter } } });
      if (known !== officesAfter.length) throw new DomainError("INVALID_INPUT", "Unknown office");
      await tx.staffOffice.deleteMany({ where: { staffId: id } });
      if (officesAfter.length)
        await tx.staffOffice.createMany({ data: officesAfter.map((officeId) => ({ staffId: id, officeId })) });
    }
    const scopeChanged =
      (national !== undefined && national !== before.national) || officesAfter.join() !== officesBefore.join();
    if (disabled || (role && role !== before.role) || resetAccess || endSessions || scopeChanged)
      await tx.staffSession.deleteMany({ where: { staffId: id } });
    const enrolment = resetAccess ? await issueEnrolmentLink(tx, id, admin.id) : undefined;
    await tx.auditLog.create({
      data: audit(
        admin,
        "staff.update",
        id,
        { role: before.role, disabled: !!before.disabledAt, national: before.national, offices: officesBefore },
        {
          role: role ?? before.role,
          disabled: disabled ?? !!before.disabledAt,
          national: national ?? before.national,
          offices: officesAfter,
          ...(resetAccess ? { accessReset: true, enrolmentLinkUntil: enrolment!.expiresAt.toISOString() } : {}),
          ...(endSessions ? { sessionsEnded: true } : {}),
        },
      ),
    });
    return enrolment ? { enrolment } : {};
  });
}
