import "server-only";
import { onCatalogueChange } from "@/lib/cache/catalogue-generation";
import { createProcessCache } from "@/lib/cache/process-cache";
import { getDb } from "@/lib/db";
import { nationalityGroupsOf, type NationalityGroups } from "./conditions";
import { readCatalogue } from "./read-catalogue";
import type { CatalogueDTO, ProcedureDTO } from "./types";

/** How long a process keeps its copy of the catalogue at most; a publication reloads it sooner (lib/cache/catalogue-generation.ts). */
const CATALOGUE_TTL_MS = 5 * 60_000;

const cachedCatalogue = createProcessCache(() => readCatalogue(getDb()), CATALOGUE_TTL_MS);
onCatalogueChange(() => cachedCatalogue.invalidate());

/**
 * The whole public catalogue (tens of procedures, a few hundred KB), kept in process memory:
 * pages, search and the JSON API share one copy, so no request costs a database round-trip or a
 * deserialisation. After five minutes the copy is refreshed in the background while the old one
 * keeps being served (stale-while-revalidate); if that refresh fails the old copy stays.
 * The first load waits for the database and throws if it fails: an outage is never an empty catalogue.
 */
export async function getCatalogue(): Promise<CatalogueDTO> {
  return cachedCatalogue();
}

/** One procedure by its stable slug, or null when there is none (a database failure throws instead). */
export async function getProcedureBySlug(slug: string): Promise<ProcedureDTO | null> {
  const catalogue = await getCatalogue();
  return catalogue.procedures.find((p) => p.slug === slug) ?? null;
}

/** The institution's named nationality groups (regional visitor card countries…), for the condition evaluator. */
export async function getNationalityGroups(): Promise<NationalityGroups> {
  const catalogue = await getCatalogue();
  return nationalityGroupsOf(catalogue.institution.rules?.nationalityGroups);
}

/**
 * `generateStaticParams` of the pages under `/[locale]/tramites/[slug]`: one entry per catalogue procedure
 * (the locale comes from the `[locale]` layout's own params).
 */
export async function procedureSlugParams(): Promise<{ slug: string }[]> {
  const { procedures } = await getCatalogue();
  return procedures.map((p) => ({ slug: p.slug }));
}
