/**
 * `npm run db:migrate`: applies the committed prisma/migrations to DATABASE_URL, or to the embedded
 * database (started for the occasion, or shared with the `npm run dev` that already runs it).
 *
 *   tsx prisma/scripts/migrate.ts                       apply pending migrations
 *   tsx prisma/scripts/migrate.ts --status              list pending migrations, exit 1 if any
 *   tsx prisma/scripts/migrate.ts --rolled-back <name>  mark a failed migration rolled back
 *
 * The work is done by Prisma's own schema engine (WebAssembly build, see lib/schema-engine.ts); a
 * plain SQL runner that writes the same `_prisma_migrations` rows takes over if that engine cannot
 * be loaded, or when VENTANILLA_MIGRATION_ENGINE=sql.
 */
import fs from "node:fs";
import pg from "pg";
import { errorMessage } from "./lib/log";
import {
  applyMigrationsWithSql,
  assertHistoryIsSound,
  markMigrationRolledBack,
  pendingMigrations,
  readAppliedMigrations,
  readMigrationsList,
  unappliedMigrationNames,
} from "./lib/migrations";
import { migrationsDir, schemaPath } from "./lib/paths";
import { applyMigrationsWithEngine, SchemaEngineUnavailableError } from "./lib/schema-engine";

export { pendingMigrations };

export type MigrationEngine = "wasm" | "sql";

/**
 * Our own session-level advisory lock (two-int form: it cannot collide with the single-bigint lock
 * 72707369 that Prisma's engine takes inside, which would deadlock us against ourselves).
 * 0x56454e54 = "VENT".
 */
const LOCK_KEYS = [0x56454e54, 1] as const;

/**
 * Applies every committed migration that `_prisma_migrations` does not list as applied, in folder
 * order, each in its own transaction. Safe to run again (nothing to do → `applied: []`) and from
 * several processes at once (they queue on an advisory lock; the migration runs once). Refuses with
 * an explanation when an applied migration's file was edited or an earlier migration failed.
 */
export async function applyMigrations(
  url: string,
  options: { migrationsDir?: string; engine?: MigrationEngine } = {},
): Promise<{ applied: string[]; engine: MigrationEngine }> {
  const requested = options.engine ?? (process.env.VENTANILLA_MIGRATION_ENGINE === "sql" ? "sql" : "wasm");
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Cannot connect to the database to migrate it: ${errorMessage(error)}`);
  }
  try {
    await client.query("SET lock_timeout = '120s'");
    await client.query("SELECT pg_advisory_lock($1, $2)", [...LOCK_KEYS]).catch((error: { code?: string }) => {
      if (error.code === "55P03")
        throw new Error("Another migration run has held the migration lock for 2 minutes; try again when it finishes.");
      throw error;
    });
    await client.query("RESET lock_timeout");

    // Read the folder only now: a run that waited for the lock sees what the previous one applied.
    const list = readMigrationsList(options.migrationsDir ?? migrationsDir());
    const history = await readAppliedMigrations(client);
    assertHistoryIsSound(list, history);
    const pending = unappliedMigrationNames(list, history);
    if (pending.length === 0) return { applied: [], engine: requested };

    if (requested === "wasm") {
      const file = schemaPath();
      try {
        const applied = await applyMigrationsWithEngine(url, list, {
          path: file,
          content: fs.readFileSync(file, "utf8"),
        });
        return { applied, engine: "wasm" };
      } catch (error) {
        if (!(error instanceof SchemaEngineUnavailableError)) throw error;
        console.warn(`${error.message}\nFalling back to the plain SQL migration runner.`);
      }
    }
    return { applied: await applyMigrationsWithSql(client, list, pending), engine: "sql" };
  } finally {
    await client.query("SELECT pg_advisory_unlock_all()").catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const { resolveDatabase } = await import("./db");
  const database = await resolveDatabase();
  const onSignal = () => void database.stop().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    if (args[0] === "--status") {
      const pending = await pendingMigrations(database.url);
      console.log(
        pending.length
          ? `Pending migrations:\n${pending.map((name) => `- ${name}`).join("\n")}`
          : "Database is up to date.",
      );
      return pending.length ? 1 : 0;
    }
    if (args[0] === "--rolled-back") {
      const name = args[1];
      if (!name) throw new Error("Usage: tsx prisma/scripts/migrate.ts --rolled-back <migration name>");
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const marked = await markMigrationRolledBack(client, name);
        console.log(
          marked
            ? `Marked ${name} as rolled back; the next run applies it again.`
            : `No failed migration named ${name}.`,
        );
        return marked ? 0 : 1;
      } finally {
        await client.end();
      }
    }
    const { applied } = await applyMigrations(database.url);
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s):\n${applied.map((name) => `- ${name}`).join("\n")}`
        : "Database is up to date.",
    );
    return 0;
  } finally {
    await database.stop();
  }
}

// Run only as a script: Next's /readyz route and the tests import this file.
if (/[\\/]prisma[\\/]scripts[\\/]migrate(\.ts)?$/.test(process.argv[1] ?? "")) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(errorMessage(error));
      process.exit(1);
    },
  );
}
