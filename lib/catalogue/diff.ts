// Interim so the tree compiles: the 15-diff branch replaces this file with the real diff before anything lands.
import type { ProcedureDocument } from "./document";
export type CatalogueChange = { kind: string };
export function diffProcedures(before: ProcedureDocument | null, after: ProcedureDocument): CatalogueChange[] {
  void before;
  void after;
  return [];
}
