import "server-only";
import { getDb } from "@/lib/db";
import { holidaySet } from "./business-days";

const TTL_MS = 60 * 60 * 1000;
let cached: { set: ReadonlySet<string>; loadedAt: number } | undefined;

/**
 * Official non-working days from the `holiday` table (data, never hard-coded), kept in memory for an hour.
 * National days only: an office closure stops the clock of that office's cases, not everyone's.
 */
export async function getHolidays(): Promise<ReadonlySet<string>> {
  if (cached && Date.now() - cached.loadedAt < TTL_MS) return cached.set;
  const rows = await getDb().holiday.findMany({ where: { offices: { isEmpty: true } }, select: { date: true } });
  cached = { set: holidaySet(rows.map((r) => ({ date: r.date.toISOString().slice(0, 10) }))), loadedAt: Date.now() };
  return cached.set;
}
