import type { ActionState } from "@/lib/forms/action-state";
import type { LocalizedText } from "@/lib/i18n/localize";

/** A catalogue draft as the editor page shows it (lib/catalogue/editor-queries.ts). */
export type EditorDraftDTO = {
  id: number;
  slug: string;
  /** The draft creates a procedure that has no published version yet. */
  isNew: boolean;
  status: "editing" | "submitted";
  /** Every save names it; a stale one is refused as a conflict. */
  revision: number;
  /** The published version the draft started from (null for a new procedure). */
  baseVersion: number | null;
  /** The document as last saved: may be incomplete, and may hold JSON text that did not parse. */
  document: Record<string, unknown>;
  note: string;
  newSources: Record<string, unknown>[];
  /** Why a publisher sent it back. */
  reviewComment: string | null;
  /** Names of everyone who edited it. */
  authors: string[];
  /** When it was last saved, and by whom (ISO date-time; name null when unknown). */
  savedAt: string;
  savedBy: string | null;
  /** The evaluated conditions of the saved document said in words, by path (`requirements.2.appliesWhen`). */
  conditionWords: Record<string, LocalizedText>;
};

export type EditorOptionsDTO = {
  categories: { slug: string; name: LocalizedText }[];
  /** Every office, grouped by state in directory order. */
  officesByState: { stateName: string; offices: { slug: string; name: LocalizedText }[] }[];
  sources: { id: string; title: string }[];
  instruments: { id: string; abbreviation: string }[];
  forms: { id: string; name: LocalizedText }[];
  authorities: { id: string; name: LocalizedText }[];
  currencies: string[];
};

/** Who saved a draft last and when (shown with a conflict). */
export type DraftStampDTO = { revision: number; savedAt: string; savedBy: string | null };

/** The editor form's answer when it stays on the page (errors, a conflict): what was typed comes back whole. */
export type EditorFormState = ActionState & {
  revision?: number;
  draft?: { document: Record<string, unknown>; note: string; newSources: Record<string, unknown>[] };
};

/** The autosave's answer. */
export type AutosaveResult =
  | { status: "saved"; revision: number; savedAt: string }
  | { status: "conflict"; savedAt: string | null; savedBy: string | null }
  | { status: "error"; message: string };
