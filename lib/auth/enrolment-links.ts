import { createHash, randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Enrolment links (security review M2): the only way an official gets a password and a second factor.
 * A new account, an admin reset and `npm run staff:create-admin` all issue one; it is valid for
 * ENROLMENT_HOURS, works once, and only its sha256 is stored. Issuing a link deletes the older ones of
 * that account. No server-only import here: the create-admin command uses it with its own client.
 */
export const ENROLMENT_HOURS = 24;

type Tx = Prisma.TransactionClient | PrismaClient;

export const enrolmentTokenId = (token: string) => createHash("sha256").update(token).digest("hex");

export async function issueEnrolmentLink(
  tx: Tx,
  staffId: string,
  issuedBy: string,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + ENROLMENT_HOURS * 3_600_000);
  await tx.staffEnrolment.deleteMany({ where: { staffId } });
  await tx.staffEnrolment.create({
    data: { id: enrolmentTokenId(token), staffId, issuedBy: issuedBy.slice(0, 64), expiresAt },
  });
  return { token, expiresAt };
}

/** The address of the enrolment page for a token (`base` is PUBLIC_BASE_URL or the request's origin). */
export function enrolmentUrl(base: string, locale: string, token: string): string {
  return `${base.replace(/\/+$/, "")}/${locale}/personal/alta/${token}`;
}
