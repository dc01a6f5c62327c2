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
