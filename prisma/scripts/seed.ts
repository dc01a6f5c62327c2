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
import { pesosToCentavos } from "../../lib/fees/format";
import type { Prisma } from "../../lib/generated/prisma/client";
import { formatLegalRefs } from "../../lib/procedures/rules";
import { loadCatalogue, officeProcedureSlugs, type Catalogue } from "../catalogue/validate";

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
const json = (value: unknown) => (value ?? undefined) as Prisma.InputJsonValue | undefined;

/** Writes the catalogue; returns whether anything changed. `force` rewrites even when the hash matches. */
export async function seedCatalogue(
  url: string,
  options: { force?: boolean } = {},
): Promise<{ changed: boolean; procedures: number; hash: string }> {
  const catalogue: Catalogue = loadCatalogue(catalogueDir);
  const hash = hashCatalogueFiles(catalogueDir);
  const db = createPrismaClient(url);
  try {
    const current = await db.institution.findUnique({ where: { id: 1 }, select: { contentHash: true } });
    if (current?.contentHash === hash && !options.force) {
      return { changed: false, procedures: catalogue.procedures.length, hash };
    }
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
        const abbreviations = Object.fromEntries(inst.rules.legalInstruments.map((i) => [i.id, i.abbreviation]));
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

        const categoryIds = new Map<string, number>();
        for (const c of catalogue.categories) {
          const data = { position: c.position, name: c.name, description: c.description };
          const row = await tx.category.upsert({
            where: { slug: c.slug },
            create: { slug: c.slug, ...data },
            update: data,
            select: { id: true },
          });
          categoryIds.set(c.slug, row.id);
        }

        // Featured ranks are unique: clear them first so two procedures can swap ranks in one seed.
        await tx.procedure.updateMany({ data: { featuredRank: null } });
        for (const p of catalogue.procedures) {
          const d = p.deadline;
          const data = {
            categoryId: categoryIds.get(p.category)!,
            position: p.position,
            featuredRank: p.featuredRank,
            conamerCode: p.codes.conamer ?? null,
            gobMxCode: p.codes.gobMx ?? null,
            title: p.title,
            summary: p.summary,
            audience: p.audience,
            description: p.description,
            keywords: json(p.keywords),
            feeNotes: json(p.feeNotes),
            resolutionDays: d.resolution?.days ?? null,
            resolutionUnit: d.resolution?.unit ?? null,
            silence: d.silence,
            silenceText: d.silenceText,
            applicantDeadlineDays: d.applicantDeadline?.days ?? null,
            applicantDeadlineUnit: d.applicantDeadline?.unit ?? null,
            applicantDeadlineText: json(d.applicantDeadline?.text),
            deadlineNotes: json(d.notes),
            deadlineLegalBasis: d.legalBasis,
            deadlineSourceIds: d.sources,
            deadlineVerify: d.verify,
            legalBasis: p.legalBasis,
            sourceIds: p.sources,
            lastReviewed: date(p.lastReviewed),
            deadlineRules: {
              resolution: d.resolution ? { anchor: d.resolution.anchor, authority: d.resolution.authority } : null,
              applicant: d.applicantDeadline
                ? { anchor: d.applicantDeadline.anchor, direction: d.applicantDeadline.direction }
                : null,
              more: d.more ?? [],
            } as Prisma.InputJsonValue,
            routes: (p.routes ?? []) as Prisma.InputJsonValue,
            forms: p.forms as Prisma.InputJsonValue,
            requestForm: p.requestForm as Prisma.InputJsonValue,
          };
          const row = await tx.procedure.upsert({
            where: { slug: p.slug },
            create: { slug: p.slug, ...data },
            update: data,
            select: { id: true },
          });
          const procedureId = row.id;
          await tx.requirement.deleteMany({ where: { procedureId } });
          await tx.fee.deleteMany({ where: { procedureId } });
          await tx.step.deleteMany({ where: { procedureId } });
          await tx.requirement.createMany({
            data: p.requirements.map((r, position) => ({
              procedureId,
              position,
              name: r.name,
              detail: json(r.detail),
              presentation: r.presentation,
              condition: json(r.condition),
              appliesWhen: json(r.appliesWhen),
              sourceIds: r.sources,
              verify: r.verify,
            })),
          });
          await tx.fee.createMany({
            data: p.fees.map((f, position) => ({
              procedureId,
              position,
              payment: f.payment,
              concept: f.concept,
              variant: json(f.variant),
              amountCentavos: f.amount === null ? null : pesosToCentavos(f.amount),
              currency: f.currency,
              indexRange: json(f.indexRange),
              due: f.due,
              appliesWhen: json(f.appliesWhen),
              discounts: (f.discounts ?? []).map((x) => ({
                percent: x.percent,
                appliesWhen: x.appliesWhen ?? null,
                legalBasis: x.legalBasis,
                sourceIds: x.sources,
                verify: x.verify,
              })) as Prisma.InputJsonValue,
              legalRefs: f.legalBasis as Prisma.InputJsonValue,
              year: f.year,
              legalBasis: formatLegalRefs(f.legalBasis, abbreviations),
              exemptions: json(f.exemptions),
              sourceIds: f.sources,
              verify: f.verify,
            })),
          });
          await tx.step.createMany({
            data: p.steps.map((s, position) => ({ procedureId, position, title: s.title, detail: s.detail })),
          });
        }
        // Offices are upserted by slug too: applications and printed posters point at their ids.
        const procedureIds = new Map(
          (await tx.procedure.findMany({ select: { id: true, slug: true } })).map((p) => [p.slug, p.id] as const),
        );
        const catalogueSlugs = catalogue.procedures.map((p) => p.slug);
        await tx.procedureOffice.deleteMany({});
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
          const row = await tx.office.upsert({
            where: { slug: o.slug },
            create: { slug: o.slug, ...data },
            update: data,
            select: { id: true },
          });
          await tx.procedureOffice.createMany({
            data: officeProcedureSlugs(o, catalogueSlugs).map((slug) => ({
              officeId: row.id,
              procedureId: procedureIds.get(slug)!,
            })),
          });
        }
        await tx.office.deleteMany({ where: { slug: { notIn: catalogue.offices.map((o) => o.slug) } } });

        // Procedures removed from the data go away; a foreign key from later data (applications) blocks it instead.
        await tx.procedure.deleteMany({ where: { slug: { notIn: catalogue.procedures.map((p) => p.slug) } } });
        await tx.category.deleteMany({ where: { slug: { notIn: catalogue.categories.map((c) => c.slug) } } });
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    return { changed: true, procedures: catalogue.procedures.length, hash };
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  const force = process.argv.includes("--force");
  const { resolveDatabase } = await import("./db");
  const database = await resolveDatabase({});
  try {
    const result = await seedCatalogue(database.url, { force });
    console.log(
      result.changed ? `Catalogue loaded: ${result.procedures} procedures.` : "Catalogue already up to date.",
    );
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
