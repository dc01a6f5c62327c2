/**
 * Putting a version in force. A procedure's live version is the newest published one whose effective time
 * has come; `procedure.live_version_id` records it so readers need no clock, and the offices that receive it
 * (procedure_office) follow its document. Called in the publishing transaction for a version that takes
 * effect at once, and by every server on a timer (./schedule.ts) for scheduled ones: nobody has to act at
 * midnight on 1 January.
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** Arbitrary constant for pg_try_advisory_xact_lock: one server at a time activates versions. */
const ACTIVATE_LOCK_KEY = 7_215_015;

/** Tells every server that the catalogue changed (they compare it on their timer, lib/cache/catalogue-generation.ts). */
export async function bumpCatalogueGeneration(tx: Tx): Promise<void> {
  await tx.$executeRaw`UPDATE institution SET catalogue_generation = catalogue_generation + 1 WHERE id = 1`;
}

/** Makes `versionId` the live version of its procedure and points procedure_office at the offices it lists. */
export async function setLiveVersion(tx: Tx, procedureId: number, versionId: number, officeSlugs: string[]) {
  await tx.procedure.update({ where: { id: procedureId }, data: { liveVersionId: versionId } });
  await tx.procedureOffice.deleteMany({ where: { procedureId } });
  const offices = await tx.office.findMany({ where: { slug: { in: officeSlugs } }, select: { id: true } });
  await tx.procedureOffice.createMany({ data: offices.map((o) => ({ procedureId, officeId: o.id })) });
}

export type Activation = { slug: string; number: number };

/**
 * Puts in force every version whose effective time has come and that is not live yet, as of `now` (injected
 * so tests need not wait). Returns what went live; `ran: false` when another server holds the lock.
 */
export async function activateDueVersions(
  db: PrismaClient,
  now: Date = new Date(),
): Promise<{ ran: boolean; activated: Activation[] }> {
  return db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<
      { locked: boolean }[]
    >`SELECT pg_try_advisory_xact_lock(${ACTIVATE_LOCK_KEY}) AS locked`;
    if (!lock?.locked) return { ran: false, activated: [] };
    const due = await tx.$queryRaw<{ procedure_id: number; slug: string; version_id: number; number: number }[]>`
      SELECT p.id AS procedure_id, p.slug, v.id AS version_id, v.number
      FROM procedure p
      JOIN LATERAL (
        SELECT id, number FROM procedure_version
        WHERE procedure_id = p.id AND effective_at <= ${now}
        ORDER BY number DESC LIMIT 1
      ) v ON true
      WHERE p.live_version_id IS DISTINCT FROM v.id`;
    for (const row of due) {
      const version = await tx.procedureVersion.findUniqueOrThrow({
        where: { id: row.version_id },
        select: { document: true },
      });
      const offices = (version.document as { offices?: string[] }).offices ?? [];
      await setLiveVersion(tx, row.procedure_id, row.version_id, offices);
      await tx.auditLog.create({
        data: {
          actorId: "system",
          actorRole: "system",
          action: "catalogue.version_live",
          entity: "procedure",
          entityId: row.slug,
          after: { version: row.number, at: now.toISOString() },
        },
      });
    }
    if (due.length) await bumpCatalogueGeneration(tx);
    return { ran: true, activated: due.map((r) => ({ slug: r.slug, number: r.number })) };
  });
}
