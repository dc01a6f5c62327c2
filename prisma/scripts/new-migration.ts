/**
 * `npm run db:new-migration -- <name>`: writes prisma/migrations/<UTC yyyymmddHHMMSS>_<name>/migration.sql
 * with the SQL that takes a database from the committed migrations to the current prisma/schema.prisma
 * (what `prisma migrate dev --create-only` does). Review the file, then `npm run db:migrate`.
 *
 * Prisma's schema engine replays the committed migrations on a shadow database and diffs the result
 * with the schema. The shadow lives on DATABASE_URL's server when set (its user needs CREATEDB),
 * otherwise on a throw-away embedded PostgreSQL that is deleted afterwards.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { errorMessage } from "./lib/log";
import { MIGRATION_LOCK_TOML, readMigrationsList } from "./lib/migrations";
import { migrationsDir, schemaPath } from "./lib/paths";
import { planMigration } from "./lib/schema-engine";

/** Prisma's naming rule for migration folders: lower-case letters, digits and underscores. */
export function migrationSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (!slug)
    throw new Error(
      `"${name}" is not a usable migration name: use letters, digits and underscores, e.g. add_office_hours.`,
    );
  return slug;
}

/** yyyymmddHHMMSS in UTC, the prefix Prisma gives migration folders (they sort in creation order). */
export function utcTimestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

/**
 * Creates the migration folder for `name` and returns its path, or null (nothing written) when the
 * schema already matches the committed migrations. Also writes migration_lock.toml when missing.
 */
export async function createMigration(
  name: string,
  options: { migrationsDir?: string; schemaFile?: string } = {},
): Promise<string | null> {
  const slug = migrationSlug(name);
  const dir = options.migrationsDir ?? migrationsDir();
  const file = options.schemaFile ?? schemaPath();
  const schema = { path: file, content: fs.readFileSync(file, "utf8") };
  const list = readMigrationsList(dir);
  // The engine reads the provider from the lock file; the very first migration has none yet.
  list.lockfile.content ??= MIGRATION_LOCK_TOML;

  const { startEmbeddedPostgres } = await import("./db");
  const given = process.env.DATABASE_URL;
  const scratchDir = given ? null : fs.mkdtempSync(path.join(os.tmpdir(), "ventanilla-shadow-"));
  const server = scratchDir
    ? await startEmbeddedPostgres({ dataDir: path.join(scratchDir, "pg"), persistent: false })
    : null;
  try {
    const script = await planMigration(given ?? server!.url, list, schema);
    if (script === null) return null;
    const target = path.join(dir, `${utcTimestamp(new Date())}_${slug}`);
    if (fs.existsSync(target)) throw new Error(`${target} already exists; wait a second and run again.`);
    fs.mkdirSync(target, { recursive: true });
    fs.writeFileSync(path.join(target, "migration.sql"), script);
    const lockFile = path.join(dir, "migration_lock.toml");
    if (!fs.existsSync(lockFile)) fs.writeFileSync(lockFile, MIGRATION_LOCK_TOML);
    return target;
  } finally {
    await server?.stop();
    if (scratchDir) fs.rmSync(scratchDir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const name = process.argv[2];
  if (!name || name.startsWith("-")) {
    console.error("Usage: npm run db:new-migration -- <name>   (e.g. add_office_hours)");
    return 2;
  }
  const created = await createMigration(name);
  if (!created) {
    console.log("no changes: prisma/schema.prisma already matches the committed migrations.");
    return 0;
  }
  console.log(
    `Created ${path.relative(process.cwd(), path.join(created, "migration.sql"))}\nReview it, then run: npm run db:migrate`,
  );
  return 0;
}

if (/[\\/]prisma[\\/]scripts[\\/]new-migration(\.ts)?$/.test(process.argv[1] ?? "")) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(errorMessage(error));
      process.exit(1);
    },
  );
}
