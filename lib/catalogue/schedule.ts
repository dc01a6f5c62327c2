/**
 * Every server, every CATALOGUE_CHECK_SECONDS: puts in force the scheduled versions whose time has come
 * (./live.ts; one server does it, the others find the lock taken), reloads its in-process catalogue when the
 * catalogue generation moved (lib/cache/catalogue-generation.ts), and then marks its pre-rendered pages stale
 * (./page-refresh.ts). So a publication on one replica reaches the others within this period, without LISTEN
 * connections. The pages are also refreshed once after start: a build may be older than the last publication.
 */
import "server-only";
import { observeCatalogueGeneration } from "@/lib/cache/catalogue-generation";
import { getDb } from "@/lib/db";
import { logSecurityEvent } from "@/lib/security/log";
import { activateDueVersions } from "./live";
import { requestPageRefresh } from "./page-refresh";

/** The check period when CATALOGUE_CHECK_SECONDS is not set; the README's "live within" figure is built on it. */
export const DEFAULT_CATALOGUE_CHECK_SECONDS = 15;
const MAX_CATALOGUE_CHECK_SECONDS = 3600;

/** CATALOGUE_CHECK_SECONDS (1–3600, fractions allowed for tests), or the default when unset or not such a number. */
export function catalogueCheckSeconds(value = process.env.CATALOGUE_CHECK_SECONDS): number {
  if (value === undefined || value.trim() === "") return DEFAULT_CATALOGUE_CHECK_SECONDS;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 1 && seconds <= MAX_CATALOGUE_CHECK_SECONDS) return seconds;
  console.warn(
    `CATALOGUE_CHECK_SECONDS=${value} is not a number of seconds between 1 and ${MAX_CATALOGUE_CHECK_SECONDS}; using ${DEFAULT_CATALOGUE_CHECK_SECONDS}.`,
  );
  return DEFAULT_CATALOGUE_CHECK_SECONDS;
}

const globalForSchedule = globalThis as unknown as {
  ventanillaCatalogueTimer?: NodeJS.Timeout;
  ventanillaPagesStale?: boolean;
};

/** One round. Never throws: a database hiccup or a failed page refresh is retried on the next round. */
export async function runCatalogueCheck(now: Date = new Date()): Promise<void> {
  try {
    const db = getDb();
    const { activated } = await activateDueVersions(db, now);
    for (const a of activated) logSecurityEvent("catalogue.version_live", { target: `${a.slug}#${a.number}` });
    const row = await db.institution.findUnique({ where: { id: 1 }, select: { catalogueGeneration: true } });
    if (row && observeCatalogueGeneration(row.catalogueGeneration)) globalForSchedule.ventanillaPagesStale = true;
    if (globalForSchedule.ventanillaPagesStale && (await requestPageRefresh()))
      globalForSchedule.ventanillaPagesStale = false;
  } catch {
    // The next round tries again; the catalogue copy in memory keeps being served meanwhile.
  }
}

/** Starts the timer once per process. */
export function startCatalogueSchedule(): void {
  if (globalForSchedule.ventanillaCatalogueTimer) return;
  globalForSchedule.ventanillaPagesStale = true;
  void runCatalogueCheck();
  globalForSchedule.ventanillaCatalogueTimer = setInterval(
    () => void runCatalogueCheck(),
    catalogueCheckSeconds() * 1000,
  );
  globalForSchedule.ventanillaCatalogueTimer.unref();
}
