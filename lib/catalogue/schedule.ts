/**
 * Every server, every CATALOGUE_CHECK_SECONDS: puts in force the scheduled versions whose time has come
 * (./live.ts; one server does it, the others find the lock taken) and reloads its in-process catalogue
 * when the catalogue generation moved (lib/cache/catalogue-generation.ts). Started from instrumentation.ts.
 * So a publication on one replica reaches the others within this period, without LISTEN connections.
 */
import "server-only";
import { observeCatalogueGeneration } from "@/lib/cache/catalogue-generation";
import { getDb } from "@/lib/db";
import { logSecurityEvent } from "@/lib/security/log";
import { activateDueVersions } from "./live";

/** How often each server checks (seconds); the README's "live within" figure is built on it. */
export const CATALOGUE_CHECK_SECONDS = 15;

const globalForSchedule = globalThis as unknown as { ventanillaCatalogueTimer?: NodeJS.Timeout };

/** One round. Never throws: a database hiccup is retried on the next round. */
export async function runCatalogueCheck(now: Date = new Date()): Promise<void> {
  try {
    const db = getDb();
    const { activated } = await activateDueVersions(db, now);
    for (const a of activated) logSecurityEvent("catalogue.version_live", { target: `${a.slug}#${a.number}` });
    const row = await db.institution.findUnique({ where: { id: 1 }, select: { catalogueGeneration: true } });
    if (row) observeCatalogueGeneration(row.catalogueGeneration);
  } catch {
    // The next round tries again; the catalogue copy in memory keeps being served meanwhile.
  }
}

/** Starts the timer once per process. */
export function startCatalogueSchedule(): void {
  if (globalForSchedule.ventanillaCatalogueTimer) return;
  void runCatalogueCheck();
  globalForSchedule.ventanillaCatalogueTimer = setInterval(
    () => void runCatalogueCheck(),
    CATALOGUE_CHECK_SECONDS * 1000,
  );
  globalForSchedule.ventanillaCatalogueTimer.unref();
}
