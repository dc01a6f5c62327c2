/**
 * `npm run staff:create-admin -- --email <address> [--name "<full name>"] [--locale es|en] [--reset]`
 *
 * Creates the first real admin (or another one) and prints a one-time enrolment link: the person opens
 * it, chooses their own password and enrols their authenticator app. No password is ever printed.
 * `--reset` issues a new link for an existing admin who lost their password or second factor (it clears
 * both and ends their sessions). Uses DATABASE_URL, or the embedded database of `npm start`; the link
 * starts with PUBLIC_BASE_URL when set (else http://localhost:$PORT).
 */
import { parseArgs } from "node:util";
import { staffEmailSchema } from "../../lib/auth/email";
import { ENROLMENT_HOURS, enrolmentUrl, issueEnrolmentLink } from "../../lib/auth/enrolment-links";
import { applyMigrations } from "./migrate";
import { runCli, withScriptDatabase } from "./lib/cli";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      locale: { type: "string", default: "es" },
      reset: { type: "boolean", default: false },
    },
  });
  const email = staffEmailSchema.safeParse(values.email ?? "");
  if (!email.success) {
    console.error(
      'Usage: npm run staff:create-admin -- --email <address> [--name "Full name"] [--locale es|en] [--reset]',
    );
    return 2;
  }
  const locale = values.locale === "en" ? "en" : "es";
  const name = (values.name ?? email.data.split("@")[0]!).trim().slice(0, 120);
  return withScriptDatabase(async (db, database) => {
    if (database.embedded) await applyMigrations(database.url);
    const existing = await db.staffUser.findUnique({ where: { email: email.data }, select: { id: true, role: true } });
    if (existing && !values.reset) {
      console.error(
        `${email.data} already has an account. Use --reset to issue a new enrolment link (it clears their password and second factor).`,
      );
      return 1;
    }
    if (existing && existing.role !== "admin") {
      console.error(`${email.data} is not an admin; manage it from the team page.`);
      return 1;
    }
    const link = await db.$transaction(async (tx) => {
      const id = existing
        ? (
            await tx.staffUser.update({
              where: { id: existing.id },
              data: {
                passwordHash: null,
                totpSecret: null,
                totpConfirmedAt: null,
                totpLastStep: null,
                disabledAt: null,
              },
              select: { id: true },
            })
          ).id
        : (await tx.staffUser.create({ data: { email: email.data, name, role: "admin" }, select: { id: true } })).id;
      await tx.staffSession.deleteMany({ where: { staffId: id } });
      const issued = await issueEnrolmentLink(tx, id, "cli");
      await tx.auditLog.create({
        data: {
          actorId: "cli",
          actorRole: "system",
          action: existing ? "staff.update" : "staff.create",
          entity: "staff_user",
          entityId: id,
          after: {
            email: email.data,
            role: "admin",
            ...(existing ? { accessReset: true } : {}),
            enrolmentLinkUntil: issued.expiresAt.toISOString(),
          },
        },
      });
      return issued;
    });
    const base = process.env.PUBLIC_BASE_URL || `http://localhost:${process.env.PORT ?? "3000"}`;
    console.log(`${existing ? "New enrolment link for" : "Admin created:"} ${email.data}`);
    console.log(
      `One-time enrolment link (valid ${ENROLMENT_HOURS} hours, until ${link.expiresAt.toISOString()}; give it only to that person):`,
    );
    console.log(enrolmentUrl(base, locale, link.token));
    return 0;
  });
}

runCli(main);
