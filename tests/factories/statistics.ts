import { readFileSync } from "node:fs";
import path from "node:path";
import { generateApplicationNumber, paymentReference } from "@/lib/applications/number";
import { createPrismaClient } from "@/lib/db";
import { importHistoricalFile } from "@/lib/statistics/import-historical";

export const SAMPLE_STATISTICS_FILE = path.join(
  __dirname,
  "../../prisma/statistics/sample/documentos-emitidos-SAMPLE.csv",
);

/**
 * Data for the end-to-end statistics pages, loaded before the build (the page is pre-rendered):
 * the repo's SAMPLE history (stored and shown as sample), and twenty applications of one procedure
 * received and resolved this month at one office (15 in time, 5 late; 5 denied), so every chart has bars.
 * The applications carry their deadline facts directly: the figures themselves are tested against
 * the real transitions in tests/integration/statistics.test.ts.
 */
export async function loadStatisticsFixtures(url: string, now = new Date()): Promise<void> {
  const db = createPrismaClient(url);
  try {
    await importHistoricalFile(db, {
      bytes: readFileSync(SAMPLE_STATISTICS_FILE),
      fileName: SAMPLE_STATISTICS_FILE,
      source: "Ventanilla (SAMPLE, invented figures)",
    });
    const procedure = await db.procedure.findUniqueOrThrow({
      where: { slug: "renovacion-de-documento-migratorio" },
      select: { id: true, liveVersionId: true },
    });
    const office = await db.office.findFirstOrThrow({
      where: { procedures: { some: { procedureId: procedure.id } } },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1, 16));
    for (let i = 0; i < 20; i += 1) {
      const number = generateApplicationNumber(2026);
      const received = new Date(Math.min(monthStart.getTime() + i * 3_600_000, now.getTime()));
      await db.application.create({
        data: {
          number,
          passwordHash: "x",
          procedureId: procedure.id,
          procedureVersionId: procedure.liveVersionId,
          officeId: office.id,
          locale: "es",
          answers: {},
          applicantName: "Prueba e2e",
          feePositions: [],
          paymentReference: paymentReference(number),
          status: i % 4 === 3 ? "denied" : "approved",
          submittedAt: received,
          receivedAt: received,
          resolvedAt: received,
          resolvedInTime: i % 4 !== 0,
        },
      });
    }
  } finally {
    await db.$disconnect();
  }
}
