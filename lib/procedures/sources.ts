import { summarizeCost } from "@/lib/fees/summary";
import type { ProcedureDTO, SourceDTO } from "./types";

/** Every source a procedure cites (its own, its requirements', fees' and deadline's), in first-cited order. */
export function collectSourceIds(procedure: ProcedureDTO): string[] {
  const ids = [
    ...procedure.sourceIds,
    ...procedure.requirements.flatMap((r) => r.sourceIds),
    ...procedure.fees.flatMap((f) => f.sourceIds),
    ...procedure.deadline.sourceIds,
  ];
  return [...new Set(ids)];
}

/** The cited sources resolved against the catalogue's source list (unknown ids are skipped, the seed rejects them). */
export function resolveSources(procedure: ProcedureDTO, sources: Record<string, SourceDTO>): SourceDTO[] {
  return collectSourceIds(procedure)
    .map((id) => sources[id])
    .filter((s): s is SourceDTO => s !== undefined);
}

/** Fees grouped by payment number (1, 2, 3…), in order: regularisation is paid in several steps. */
export function groupFeesByPayment<T extends { payment: number }>(fees: T[]): { payment: number; fees: T[] }[] {
  const groups = new Map<number, T[]>();
  for (const fee of fees) groups.set(fee.payment, [...(groups.get(fee.payment) ?? []), fee]);
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([payment, grouped]) => ({ payment, fees: grouped }));
}

/** True when every fee of the procedure is zero: the page then says "free" instead of a table. */
export function isFree(procedure: Pick<ProcedureDTO, "fees">): boolean {
  return summarizeCost(procedure.fees).kind === "free";
}
