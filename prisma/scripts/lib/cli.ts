import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { errorMessage } from "./log";

/**
 * Runs a command-line script's `main` and exits with the code it returns; a thrown error prints its
 * message (no stack unless VENTANILLA_DEBUG is set, see ./log) and exits 1. Explicit exit because an
 * open handle (a pool, a timer) must not keep a finished command alive.
 */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(errorMessage(error));
      process.exit(1);
    },
  );
}

export type ScriptDatabase = { url: string; embedded: boolean };

/**
 * Opens this install's database (DATABASE_URL, or the embedded one of `npm start` when it is not
 * running) and a Prisma client on it, runs `body`, then closes both, also when `body` throws.
 */
export async function withScriptDatabase<T>(
  body: (db: PrismaClient, database: ScriptDatabase) => Promise<T>,
): Promise<T> {
  // Loaded on demand: the embedded-Postgres wrapper is only needed when the script really runs.
  const { resolveDatabase } = await import("../db");
  const { createPrismaClient } = await import("../../../lib/db");
  const database = await resolveDatabase({});
  const db = createPrismaClient(database.url);
  try {
    return await body(db, { url: database.url, embedded: database.embedded });
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}
