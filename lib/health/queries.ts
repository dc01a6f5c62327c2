import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { getDb } from "@/lib/db";

export type Readiness = { ready: boolean; database: "ok" | "unreachable"; pendingMigrations: string[] };

/**
 * Readiness for operators: the database answers and every committed migration is applied.
 * Never throws: an unreachable database is reported, not raised.
 */
export async function checkReadiness(): Promise<Readiness> {
  const migrationsDir = path.join(process.cwd(), "prisma", "migrations");
  const committed = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  try {
    const db = getDb();
    const [table] = await db.$queryRaw<
      { present: boolean }[]
    >`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`;
    const rows = table?.present
      ? await db.$queryRaw<{ migration_name: string }[]>`
          SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
      : [];
    const applied = new Set(rows.map((r) => r.migration_name));
    const pendingMigrations = committed.filter((name) => !applied.has(name));
    return { ready: pendingMigrations.length === 0, database: "ok", pendingMigrations };
  } catch {
    return { ready: false, database: "unreachable", pendingMigrations: [] };
  }
}
