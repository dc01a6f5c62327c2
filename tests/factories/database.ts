import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "../../prisma/scripts/migrate";
import { seedCatalogue } from "../../prisma/scripts/seed";

export type TestDatabase = { url: string; name: string; drop(): Promise<void> };

/** URL of another database on the same server as `adminUrl`. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A fresh database with a unique name on the test server, migrated from the committed migrations
 * and (unless `seed: false`) loaded with the real catalogue. `drop()` removes it.
 */
export async function createTestDatabase(
  adminUrl: string,
  options: { seed?: boolean; migrate?: boolean } = {},
): Promise<TestDatabase> {
  const name = `vt_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(adminUrl, name);
  if (options.migrate !== false) await applyMigrations(url);
  if (options.migrate !== false && options.seed !== false) await seedCatalogue(url);
  return {
    url,
    name,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
