import "server-only";
import { onCatalogueChange } from "@/lib/cache/catalogue-generation";
import { createProcessCache } from "@/lib/cache/process-cache";
import { getDb } from "@/lib/db";
import { readOffices } from "./read-offices";
import { groupByState, officesForProcedure } from "./ordering";
import type { OfficeDTO, StateOfficesDTO } from "./types";

/** Offices change only when the catalogue is re-seeded: same in-memory policy as the catalogue (5 minutes). */
const OFFICES_TTL_MS = 5 * 60_000;

const cachedOffices = createProcessCache(() => readOffices(getDb()), OFFICES_TTL_MS);
onCatalogueChange(() => cachedOffices.invalidate());

/**
 * Every office, ordered by state then position, from a per-process copy refreshed in the background
 * (stale-while-revalidate). The first load throws on a database failure: an outage is never "no offices".
 */
export async function listOffices(): Promise<OfficeDTO[]> {
  return cachedOffices();
}

/** One office by its stable slug, or null when there is none. */
export async function getOfficeBySlug(slug: string): Promise<OfficeDTO | null> {
  return (await listOffices()).find((o) => o.slug === slug) ?? null;
}

/** One office by id (applications store the id), or null. */
export async function getOfficeById(id: number): Promise<OfficeDTO | null> {
  return (await listOffices()).find((o) => o.id === id) ?? null;
}

/** The offices grouped by state, states in alphabetical order. */
export async function listOfficesByState(): Promise<StateOfficesDTO[]> {
  return groupByState(await listOffices());
}

/** The offices that receive a procedure, optionally with those of one state first. */
export async function listOfficesForProcedure(
  procedureSlug: string,
  preferredState?: string | null,
): Promise<OfficeDTO[]> {
  return officesForProcedure(await listOffices(), procedureSlug, preferredState);
}

/**
 * The offices a procedure record names (a past version, a draft): its own list of office slugs, in the
 * offices' usual order. A record without one (read from the data files) falls back to today's offices.
 */
export async function listOfficesForRecord(procedure: {
  slug: string;
  officeSlugs: string[] | null;
}): Promise<OfficeDTO[]> {
  if (!procedure.officeSlugs) return listOfficesForProcedure(procedure.slug);
  const named = new Set(procedure.officeSlugs);
  return (await listOffices()).filter((o) => named.has(o.slug));
}
