/**
 * Loads the catalogue data files (prisma/catalogue) into the database.
 * Idempotent: a sha256 of the files is stored on the institution row; when it matches, nothing is written.
 * Procedures are upserted by slug (their ids stay stable for later foreign keys) and their children replaced,
 * all in one transaction, so a reader never sees half a catalogue.
 *
 * CLI: `tsx prisma/scripts/seed.ts [--force] [--demo]` uses DATABASE_URL, or starts the embedded database;
 * `--demo` adds the development-only demo staff and sample applications (prisma/scripts/seed-demo.ts).
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../../lib/db";
import { isDeepStrictEqual } from "node:util";
import { diffProcedures } from "../../lib/catalogue/diff";
import { citedSourceIds } from "../../lib/catalogue/document";
import { documentOfFile } from "../../lib/catalogue/file-format";
import { bumpCatalogueGeneration, setLiveVersion } from "../../lib/catalogue/live";
import type { Prisma } from "../../lib/generated/prisma/client";
import { loadCatalogue, type Catalogue } from "../catalogue/validate";

const catalogueDir = path.join(__dirname, "..", "catalogue");

/** sha256 over every catalogue data file (names and contents), in a stable order. */
export function hashCatalogueFiles(dir = catalogueDir): string {
  const hash = createHash("sha256");
  const files = [
    ...readdirSync(dir).filter((f) => f.endsWith(".json")),
    ...readdirSync(path.join(dir, "procedures"))
      .filter((f) => f.endsWith(".json"))
      .map((f) => path.join("procedures", f)),
  ].sort();
  for (const file of files)
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(dir, file)))
      .update("\0");
  return hash.digest("hex");
}

const date = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
type Tx = Prisma.TransactionClient;

/** The note of every version 1: where it came from, said the same way for every procedure. */
export const FIRST_VERSION_NOTE = "Primera versión registrada: cargada de los archivos del catálogo.";

/**
 * Creates version 1 (in force at once) for every procedure of the files the database has no version of, and
 * links the applications filed before versions existed to it. Returns those slugs, and the slugs whose file
 * now differs from the newest published version (left alone: editors own them).
 */
async function loadFirstVersions(tx: Tx, catalogue: Catalogue, slugs: string[], now: Date) {
  const created: string[] = [];
  const differing: string[] = [];
  for (const slug of slugs) {
    const document = documentOfFile(catalogue, slug);
    const procedure = await tx.procedure.upsert({
      where: { slug },
      create: { slug },
      update: {},
      select: { id: true },
    });
    const latest = await tx.procedureVersion.findFirst({
      where: { procedureId: procedure.id },
      orderBy: { number: "desc" },
      select: { document: true },
    });
    if (latest) {
      if (!isDeepStrictEqual(latest.document, JSON.parse(JSON.stringify(document)))) differing.push(slug);
      continue;
    }
    const sources = catalogue.sources.filter((s) => citedSourceIds(document).includes(s.id));
    const version = await tx.procedureVersion.create({
      data: {
        procedureId: procedure.id,
        number: 1,
        document: document as unknown as Prisma.InputJsonValue,
        sources: sources as unknown as Prisma.InputJsonValue,
        changes: diffProcedures(null, document, {
          nationalityGroups: catalogue.institution.rules.nationalityGroups,
        }) as unknown as Prisma.InputJsonValue,
        note: FIRST_VERSION_NOTE,
        origin: "files",
        authorIds: [],
        publishedAt: now,
        effectiveAt: now,
      },
      select: { id: true },
    });
    await setLiveVersion(tx, procedure.id, version.id, document.offices);
    await tx.application.updateMany({
      where: { procedureId: procedure.id, procedureVersionId: null },
      data: { procedureVersionId: version.id },
    });
    created.push(slug);
  }
  return { created, differing };
}

/** procedure_office again from every live version (office rows may have been re-created by this seed). */
async function rebuildProcedureOffices(tx: Tx) {
  const live = await tx.procedure.findMany({
    where: { liveVersionId: { not: null } },
    select: { id: true, liveVersionId: true, liveVersion: { select: { document: true } } },
  });
  for (const p of live)
    await setLiveVersion(tx, p.id, p.liveVersionId!, (p.liveVersion!.document as { offices: string[] }).offices);
}
const json = (value: unknown) => (value ?? undefined) as Prisma.InputJsonValue | undefined;

/** Writes the catalogue; returns whether anything changed. `force` rewrites even when the hash matches. */
export async function seedCatalogue(
  url: string,
  options: { force?: boolean; now?: Date } = {},
): Promise<{ changed: boolean; procedures: number; hash: string; created: string[]; differing: string[] }> {
  const catalogue: Catalogue = loadCatalogue(catalogueDir);
  const hash = hashCatalogueFiles(catalogueDir);
  const db = createPrismaClient(url);
  try {
    const current = await db.institution.findUnique({ where: { id: 1 }, select: { contentHash: true } });
    const unversioned = await db.procedure.count({ where: { liveVersionId: null, versions: { none: {} } } });
    if (current?.contentHash === hash && unversioned === 0 && !options.force) {
      return { changed: false, procedures: catalogue.procedures.length, hash, created: [], differing: [] };
    }
    const now = options.now ?? new Date();
    let created: string[] = [];
    let differing: string[] = [];
    await db.$transaction(
      async (tx) => {
        const { institution: inst } = catalogue;
        const institutionData = {
          code: inst.code,
          name: inst.name,
          shortName: inst.shortName,
          parentBody: inst.parentBody,
          country: catalogue.country.code,
          currency: inst.currency,
          timeZone: catalogue.country.timeZone,
          defaultLocale: inst.defaultLocale,
          website: inst.website,
          contact: inst.contact,
          sourceIds: inst.sources,
          lastReviewed: date(inst.lastReviewed),
          contentHash: hash,
          rules: inst.rules as Prisma.InputJsonValue,
        };
        await tx.institution.upsert({
          where: { id: 1 },
          create: { id: 1, ...institutionData },
          update: institutionData,
        });

        await tx.holiday.deleteMany({});
        await tx.holiday.createMany({
          data: inst.holidays.map((h) => ({
            date: date(h.date),
            name: h.name,
            kind: h.kind,
            legalBasis: h.legalBasis,
            reference: h.reference ?? null,
            offices: h.offices ?? [],
            verify: h.verify ?? false,
          })),
        });

        for (const s of catalogue.sources) {
          const data = {
            title: s.title,
            publisher: s.publisher,
            url: s.url,
            kind: s.kind,
            accessedOn: date(s.accessedOn),
          };
          await tx.source.upsert({ where: { id: s.id }, create: { id: s.id, ...data }, update: data });
        }
        await tx.source.deleteMany({ where: { id: { notIn: catalogue.sources.map((s) => s.id) } } });

        for (const c of catalogue.categories) {
          const data = { position: c.position, name: c.name, description: c.description };
          await tx.category.upsert({ where: { slug: c.slug }, create: { slug: c.slug, ...data }, update: data });
        }

        // Offices are upserted by slug too: applications and printed posters point at their ids.
        for (const o of catalogue.offices) {
          const data = {
            stateCode: o.state,
            name: o.name,
            city: o.city,
            address: o.address,
            postalCode: o.postalCode,
            phone: o.phone,
            hours: o.hours,
            latitude: o.location?.latitude ?? null,
            longitude: o.location?.longitude ?? null,
            sourceIds: o.sources,
            verify: o.verify,
            verifyNote: json(o.verifyNote),
            position: o.position,
          };
          await tx.office.upsert({ where: { slug: o.slug }, create: { slug: o.slug, ...data }, update: data });
        }
        await tx.office.deleteMany({ where: { slug: { notIn: catalogue.offices.map((o) => o.slug) } } });

        // Procedures: the files are the first version of each procedure the database does not know yet.
        // Once a procedure has versions, its record is what editors published (npm run catalogue:import
        // turns changed files into a draft for review); the seed never overwrites it.
        const catalogueSlugs = catalogue.procedures.map((p) => p.slug);
        const firstVersions = await loadFirstVersions(tx, catalogue, catalogueSlugs, now);
        differing = firstVersions.differing;
        created = firstVersions.created;
        await rebuildProcedureOffices(tx);

        // A category no live version uses any more goes away.
        const used = new Set(
          (await tx.procedureVersion.findMany({ where: { liveFor: { isNot: null } }, select: { document: true } })).map(
            (v) => (v.document as { category: string }).category,
          ),
        );
        await tx.category.deleteMany({
          where: { slug: { notIn: [...catalogue.categories.map((c) => c.slug), ...used] } },
        });
        await bumpCatalogueGeneration(tx);
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    return { changed: true, procedures: catalogue.procedures.length, hash, created, differing };
  } finally {
    await db.$disconnect();
  }
}

/** What a seed did, in lines for the console (npm start and npm run db:seed print the same). */
export function seedReport(result: Awaited<ReturnType<typeof seedCatalogue>>): string[] {
  const lines = [
    result.changed
      ? `Catalogue loaded: ${result.procedures} procedures in the files, ${result.created.length} loaded as their first version.`
      : "Catalogue up to date.",
  ];
  if (result.differing.length)
    lines.push(
      `${result.differing.length} procedure file(s) differ from the published catalogue and were left as published ` +
        `(${result.differing.join(", ")}): \`npm run catalogue:import\` turns them into drafts for review.`,
    );
  return lines;
}

async function main() {
  const force = process.argv.includes("--force");
  const { resolveDatabase } = await import("./db");
  const database = await resolveDatabase({});
  try {
    const result = await seedCatalogue(database.url, { force });
    seedReport(result).forEach((line) => console.log(line));
    if (process.argv.includes("--demo")) {
      const { ensureTotpKey } = await import("./lib/totp-key");
      ensureTotpKey(database.embedded);
      const { seedDemo } = await import("./seed-demo");
      const demo = await seedDemo(database.url);
      console.log(
        `Demo data: ${demo.staff} staff accounts, ${demo.applications} sample applications added (they can sign in only with VENTANILLA_DEMO=1).`,
      );
    }
  } finally {
    await database.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
