// Interim so the tree compiles: the 15-diff branch replaces this file with the real diff before anything lands.
import type { ProcedureDocument } from "./document";
export type CatalogueChange = { kind: string };
export function diffProcedures(before: ProcedureDocument | null, after: ProcedureDocument): CatalogueChange[] {
  void before;
  void after;
  return [];
}

// Interim for the history pages of the 15-public branch: same names and signature as the 15-diff branch's
// describeChanges (lib/catalogue/diff-describe.ts), which replaces this when it is merged.
export type DescribeChangeOptions = {
  names?: Partial<Record<string, Record<string, import("@/lib/i18n/localize").LocalizedText | string>>>;
};
export function describeChanges(
  changes: readonly CatalogueChange[],
  locale: import("@/lib/i18n/config").Locale,
  options: DescribeChangeOptions = {},
): string[] {
  void changes;
  void locale;
  void options;
  return [];
}
