// Interim so the tree compiles: the 15-diff branch replaces this file with the real diff before anything lands.
import type { ProcedureDocument } from "./document";
export type CatalogueChange = { kind: string };
export function diffProcedures(before: ProcedureDocument | null, after: ProcedureDocument): CatalogueChange[] {
  void before;
  void after;
  return [];
}
/** Interim (this branch only, until 15-diff lands): the sentences of a change list; the real one names each change. */
export function describeChanges(changes: readonly CatalogueChange[], locale: string): string[] {
  void changes;
  void locale;
  return [];
}
