import { generateApplicationNumber, paymentReference } from "@/lib/applications/number";
import type { ApplicationStatus } from "@/lib/applications/statuses";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type StoredApplicationInput = {
  /** Procedure slug; the renewal by default. */
  slug?: string;
  status?: ApplicationStatus;
  officeId?: number | null;
  submittedAt?: Date;
  applicantName?: string;
  isSample?: boolean;
};

/**
 * An application row as the submission would leave it, minus the answers the test does not need: a
 * fresh random number (so tests sharing a database never collide), its payment reference, a dummy
 * password hash (nobody signs in with it). For staff, statistics and participation tests.
 */
export async function createStoredApplication(db: PrismaClient, input: StoredApplicationInput = {}) {
  const procedure = await db.procedure.findUniqueOrThrow({
    where: { slug: input.slug ?? "renovacion-de-documento-migratorio" },
    select: { id: true, liveVersionId: true },
  });
  const number = generateApplicationNumber(2026);
  return db.application.create({
    data: {
      number,
      passwordHash: "x",
      procedureId: procedure.id,
      procedureVersionId: procedure.liveVersionId,
      locale: "es",
      answers: {},
      applicantName: input.applicantName ?? "Ana",
      feePositions: [],
      paymentReference: paymentReference(number),
      status: input.status ?? "submitted",
      officeId: input.officeId ?? null,
      isSample: input.isSample ?? false,
      ...(input.submittedAt ? { submittedAt: input.submittedAt } : {}),
    },
    select: { id: true, number: true, version: true, procedureId: true, officeId: true },
  });
}
