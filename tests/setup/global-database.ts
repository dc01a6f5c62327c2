/**
 * One real PostgreSQL server for the integration tests: the one `npm test` started (TEST_DATABASE_URL),
 * or a throw-away embedded server when the suite runs on its own. Each test file creates its own
 * database on it (tests/factories/database.ts), so files never see each other's rows.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../prisma/scripts/db";

declare module "vitest" {
  // Declaration merging needs an interface here: a type alias cannot extend vitest's context.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide("adminDatabaseUrl", given);
    return;
  }
  const server = await startEmbeddedPostgres({
    dataDir: mkdtempSync(path.join(os.tmpdir(), "ventanilla-it-")),
    persistent: false,
  });
  project.provide("adminDatabaseUrl", server.url);
  return async () => server.stop();
}
