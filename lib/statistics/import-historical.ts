/**
 * Loads one official statistics file into `statistics_import` + `historical_statistic`, in one
 * transaction: a file is imported whole (its valid lines) or not at all. Takes the Prisma client as an
 * argument because it runs from the command line (`npm run stats:import`), outside the web server.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { AUTHORITY_TIME_ZONE, todayIn } from "@/lib/dates";
import { DomainError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseHistoricalFile, type RejectedLine } from "./historical-parse";

export type ImportInput = {
  bytes: Uint8Array;
  fileName: string;
  /** Who published the figures and in which publication, e.g. "UPM, Boletín mensual de estadísticas migratorias 2015". */
  source: string;
  sourceUrl?: string | null;
  /** Demo data. Forced on for any file whose name or folder says SAMPLE / sample. */
  isSample?: boolean;
  now?: Date;
};

export type ImportReport = {
  importId: number;
  isSample: boolean;
  encoding: string;
  accepted: number;
  rejected: RejectedLine[];
  months: { first: string; last: string };
};

const INSERT_BATCH = 5_000;

/** A file whose path says it is a sample is always stored as a sample, whatever the flag says. */
export function looksLikeSample(fileName: string): boolean {
  return /sample|muestra/i.test(fileName.split(path.sep).join("/"));
}

export async function importHistoricalFile(db: PrismaClient, input: ImportInput): Promise<ImportReport> {
  const source = input.source.trim();
  if (!source) throw new DomainError("INVALID_INPUT", "Say where the figures come from (--source).");
  if (input.sourceUrl && !/^https?:\/\//.test(input.sourceUrl))
    throw new DomainError("INVALID_INPUT", "--source-url must be an http(s) address.");
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const previous = await db.statisticsImport.findUnique({ where: { sha256 }, select: { id: true, importedAt: true } });
  if (previous)
    throw new DomainError(
      "CONFLICT",
      `This file was already imported (import #${previous.id}, ${previous.importedAt.toISOString()}).`,
    );

  const currentMonth = todayIn(AUTHORITY_TIME_ZONE, input.now ?? new Date()).slice(0, 7);
  const parsed = parseHistoricalFile(input.bytes, currentMonth);
  if (parsed.accepted.length === 0) {
    throw new DomainError("INVALID_INPUT", `No valid line to import (${parsed.rejected.length} rejected).`, {
      cause: parsed.rejected,
    });
  }
  const isSample = Boolean(input.isSample) || looksLikeSample(input.fileName);
  const months = parsed.accepted.map((r) => r.month).sort();

  const importId = await db.$transaction(
    async (tx) => {
      const created = await tx.statisticsImport.create({
        data: {
          source,
          sourceUrl: input.sourceUrl ?? null,
          fileName: path.basename(input.fileName),
          sha256,
          isSample,
          rowsAccepted: parsed.accepted.length,
          rowsRejected: parsed.rejected.length,
        },
        select: { id: true },
      });
      for (let i = 0; i < parsed.accepted.length; i += INSERT_BATCH) {
        await tx.historicalStatistic.createMany({
          data: parsed.accepted.slice(i, i + INSERT_BATCH).map((r) => ({
            importId: created.id,
            month: new Date(`${r.month}-01T00:00:00Z`),
            stateCode: r.stateCode,
            documentType: r.documentType,
            count: r.count,
          })),
        });
      }
      return created.id;
    },
    { timeout: 120_000 },
  );
  return {
    importId,
    isSample,
    encoding: parsed.encoding,
    accepted: parsed.accepted.length,
    rejected: parsed.rejected,
    months: { first: months[0]!, last: months.at(-1)! },
  };
}
