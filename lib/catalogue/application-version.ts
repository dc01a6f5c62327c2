import "server-only";
import { onCatalogueChange } from "@/lib/cache/catalogue-generation";
import { getDb } from "@/lib/db";
import { procedureFromDocument } from "@/lib/procedures/from-document";
import { getCatalogue } from "@/lib/procedures/queries";
import type { InstitutionDTO, ProcedureDTO, ProcedureVersionStamp } from "@/lib/procedures/types";
import type { ProcedureDocument } from "./document";

/**
 * The procedure of an application as it read when the application was filed: the applicant's checklist,
 * fees and PDFs, the staff detail page, the requirements a clerk may ask for and the e-mails that name them
 * all come from here, never from the live catalogue, so a later publication cannot change what a filed
 * application asked of its applicant.
 */
export type ApplicationProcedure = {
  procedure: ProcedureDTO;
  institution: InstitutionDTO;
  /** The version in force now when it is newer than the application's (the staff page says so); else null. */
  newerVersion: ProcedureVersionStamp | null;
};

/** Versions never change, so a converted one is kept; the institution's rules feed the conversion, so a catalogue change clears it. */
const MAX_KEPT = 200;
const kept = ((
  globalThis as unknown as { ventanillaApplicationVersions?: Map<number, Promise<ProcedureDTO | null>> }
).ventanillaApplicationVersions ??= new Map());
onCatalogueChange(() => kept.clear());

async function loadVersion(id: number, institution: InstitutionDTO): Promise<ProcedureDTO | null> {
  const row = await getDb().procedureVersion.findUnique({
    where: { id },
    select: { number: true, document: true, publishedAt: true, effectiveAt: true },
  });
  if (!row) return null;
  return procedureFromDocument(row.document as ProcedureDocument, institution.rules, {
    number: row.number,
    publishedAt: row.publishedAt.toISOString(),
    effectiveAt: row.effectiveAt.toISOString(),
  });
}

function versionById(id: number, institution: InstitutionDTO): Promise<ProcedureDTO | null> {
  let found = kept.get(id);
  if (!found) {
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
    found = loadVersion(id, institution);
    // A failed read is not remembered: the next call asks the database again.
    found.catch(() => kept.delete(id));
    kept.set(id, found);
  }
  return found;
}

/**
 * The procedure an application was filed under (`procedureVersionId`, recorded at submission). A null
 * version is only possible for a row older than catalogue versions that the seed has not linked yet: it
 * falls back to the live version, which is what such an application was filed under until the first
 * publication. Throws when the procedure is in neither (a broken reference is never shown as "not found").
 */
export async function procedureOfApplication(application: {
  procedureSlug: string;
  procedureVersionId: number | null;
}): Promise<ApplicationProcedure> {
  const catalogue = await getCatalogue();
  const live = catalogue.procedures.find((p) => p.slug === application.procedureSlug) ?? null;
  const procedure =
    application.procedureVersionId === null
      ? live
      : await versionById(application.procedureVersionId, catalogue.institution);
  if (!procedure)
    throw new Error(
      `Procedure ${application.procedureSlug} (version id ${application.procedureVersionId}) of an application is missing`,
    );
  const newer =
    live?.version && procedure.version && live.version.number > procedure.version.number ? live.version : null;
  return { procedure, institution: catalogue.institution, newerVersion: newer };
}
