import "server-only";
import { unstable_cache } from "next/cache";
import { getDb } from "@/lib/db";
import { readCatalogue } from "./read-catalogue";
import type { CatalogueDTO, ProcedureDTO } from "./types";

/** Cache tag of everything the catalogue pages show; revalidate it when the catalogue data changes. */
export const CATALOGUE_TAG = "catalogue";

/**
 * The whole public catalogue, from Next's data cache: pages and the JSON API share one copy, so
 * serving the catalogue costs no database round-trip per request. Refreshed hourly, or at once
 * through the `catalogue` tag.
 */
export const getCatalogue: () => Promise<CatalogueDTO> = unstable_cache(
  async () => readCatalogue(getDb()),
  ["catalogue-v1"],
  { tags: [CATALOGUE_TAG], revalidate: 3600 },
);

/** One procedure by its stable slug, or null when there is none (a database failure throws instead). */
export async function getProcedureBySlug(slug: string): Promise<ProcedureDTO | null> {
  const catalogue = await getCatalogue();
  return catalogue.procedures.find((p) => p.slug === slug) ?? null;
}
