import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { applyMigrations } from "@/prisma/scripts/migrate";
import { FIRST_VERSION_NOTE, seedCatalogue } from "@/prisma/scripts/seed";
import { createTestDatabase, type TestDatabase } from "../factories/database";

/**
 * Upgrading a database that has applications from before versions existed: the migration drops the old
 * content columns and tables, and the next start (the seed) records the data files as version 1 of every
 * procedure and links the old applications to it. Nothing is lost that the files do not hold.
 */
const VERSIONS_MIGRATION = "20261202165906_catalogue_versions";
const SLUG = "renovacion-de-documento-migratorio";
let database: TestDatabase;
let oldMigrations: string;

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"), { migrate: false });
  oldMigrations = mkdtempSync(path.join(tmpdir(), "vt-migrations-"));
  const committed = path.join(process.cwd(), "prisma", "migrations");
  // Every migration before the versions one (folder names sort by their timestamp).
  cpSync(committed, oldMigrations, {
    recursive: true,
    filter: (source) => {
      const folder = path.relative(committed, source).split(path.sep)[0] ?? "";
      return !/^\d{14}_/.test(folder) || folder < VERSIONS_MIGRATION;
    },
  });
  await applyMigrations(database.url, { migrationsDir: oldMigrations, engine: "sql" });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    // A procedure and an application as the previous schema stored them.
    await client.query(`INSERT INTO category (slug, position, name, description)
      VALUES ('residencia', 0, '{"es":"R","en":"R"}', '{"es":"R","en":"R"}')`);
    await client.query(
      `INSERT INTO procedure (slug, category_id, position, title, summary, audience, description, silence, silence_text,
         deadline_legal_basis, deadline_verify, last_reviewed, updated_at)
       SELECT $1, id, 0, '{"es":"T","en":"T"}', '{"es":"S","en":"S"}', '{"es":"A","en":"A"}', '{"es":"D","en":"D"}',
         'negativa_ficta', '{"es":"N","en":"N"}', 'LFPA', false, '2026-01-01', now() FROM category`,
      [SLUG],
    );
    await client.query(
      `INSERT INTO application (number, password_hash, procedure_id, locale, answers, applicant_name, fee_positions, payment_reference)
       SELECT '26-OLD0-0000-1', 'x', id, 'es', '{}', 'Persona', '{}', 'RF00OLD' FROM procedure WHERE slug = $1`,
      [SLUG],
    );
  } finally {
    await client.end();
  }
});

afterAll(async () => {
  rmSync(oldMigrations, { recursive: true, force: true });
  await database?.drop();
});

describe("upgrading to catalogue versions", () => {
  it("keeps the procedure's id, makes the data files its version 1 and links the old application to it", async () => {
    const db = createPrismaClient(database.url);
    try {
      const before = await db.$queryRaw<{ id: number }[]>`SELECT id FROM procedure WHERE slug = ${SLUG}`;
      const { applied } = await applyMigrations(database.url);
      expect(applied).toContain(VERSIONS_MIGRATION);
      const seeded = await seedCatalogue(database.url);
      expect(seeded.created).toContain(SLUG);
      const procedure = await db.procedure.findUniqueOrThrow({
        where: { slug: SLUG },
        select: { id: true, liveVersion: { select: { id: true, number: true, note: true, origin: true } } },
      });
      expect(procedure.id).toBe(before[0]!.id);
      expect(procedure.liveVersion).toMatchObject({ number: 1, note: FIRST_VERSION_NOTE, origin: "files" });
      const application = await db.application.findUniqueOrThrow({
        where: { number: "26-OLD0-0000-1" },
        select: { procedureVersionId: true },
      });
      expect(application.procedureVersionId).toBe(procedure.liveVersion!.id);
    } finally {
      await db.$disconnect();
    }
  });

  it("refuses to change, delete or truncate a published version: the record is immutable", async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await expect(client.query(`UPDATE procedure_version SET note = 'otra' WHERE number = 1`)).rejects.toThrow(
        /immutable/,
      );
      await expect(client.query(`DELETE FROM procedure_version`)).rejects.toThrow(/immutable/);
      await expect(client.query(`TRUNCATE procedure_version CASCADE`)).rejects.toThrow(/immutable/);
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM procedure_version`);
      expect(rows[0].n).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  });
});
