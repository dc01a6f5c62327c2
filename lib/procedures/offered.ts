import type { LocalizedText } from "@/lib/i18n/localize";
import type { ProcedureDTO } from "./types";

/**
 * Whether a procedure can still be applied for. A retired one keeps its page (printed posters and old links
 * point at it) but leaves the lists a person chooses from, and its request form starts no new application.
 */
export function isOffered(procedure: Pick<ProcedureDTO, "retired">): boolean {
  return procedure.retired === null;
}

export type Replacement = { slug: string; title: LocalizedText };

/**
 * The procedures that replace a retired one, as links can name them: the catalogue's current titles, in the
 * order the retirement lists them. A slug the catalogue no longer has is left out (there is no page to send
 * a person to).
 */
export function replacementsOf(
  procedure: Pick<ProcedureDTO, "retired">,
  procedures: readonly Pick<ProcedureDTO, "slug" | "title">[],
): Replacement[] {
  return (procedure.retired?.replacedBy ?? []).flatMap((slug) => {
    const found = procedures.find((p) => p.slug === slug);
    return found ? [{ slug, title: found.title }] : [];
  });
}
