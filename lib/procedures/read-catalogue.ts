import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ProcedureData } from "@/prisma/catalogue/schema";
import { procedureFromDocument } from "./from-document";
import type { CatalogueDTO, LocalizedText } from "./types";

const text = (value: unknown) => value as LocalizedText;
const isoDate = (value: Date) => value.toISOString().slice(0, 10);

/**
 * Reads the catalogue from the database into plain DTOs (explicit selects, no raw rows leave): each
 * procedure as its live version says (procedure.live_version_id; a procedure with none yet is not public).
 * Takes the client as an argument so integration tests run it against their own database.
 * Throws when the institution row is missing: an unseeded database is an operator error, not "no procedures".
 */
export async function readCatalogue(db: PrismaClient): Promise<CatalogueDTO> {
  const [institution, categories, procedures, sources] = await Promise.all([
    db.institution.findUnique({
      where: { id: 1 },
      select: {
        code: true,
        name: true,
        shortName: true,
        parentBody: true,
        country: true,
        currency: true,
        timeZone: true,
        defaultLocale: true,
        website: true,
        contact: true,
        rules: true,
        lastReviewed: true,
      },
    }),
    db.category.findMany({
      orderBy: { position: "asc" },
      select: { slug: true, position: true, name: true, description: true },
    }),
    db.procedure.findMany({
      where: { liveVersionId: { not: null } },
      select: {
        liveVersion: { select: { number: true, document: true, publishedAt: true, effectiveAt: true } },
      },
    }),
    db.source.findMany({
      orderBy: { id: "asc" },
      select: { id: true, title: true, publisher: true, url: true, kind: true, accessedOn: true },
    }),
  ]);
  if (!institution) throw new Error("The catalogue has not been seeded (no institution row). Run `npm run db:seed`.");

  const rules = institution.rules as unknown as CatalogueDTO["institution"]["rules"];
  const categoryPosition = new Map(categories.map((c) => [c.slug, c.position]));
  return {
    institution: {
      code: institution.code,
      name: text(institution.name),
      shortName: text(institution.shortName),
      parentBody: text(institution.parentBody),
      country: institution.country,
      currency: institution.currency,
      timeZone: institution.timeZone,
      defaultLocale: institution.defaultLocale,
      website: institution.website,
      contact: institution.contact as CatalogueDTO["institution"]["contact"],
      rules,
      lastReviewed: isoDate(institution.lastReviewed),
    },
    categories: categories.map((c) => ({
      slug: c.slug,
      position: c.position,
      name: text(c.name),
      description: text(c.description),
    })),
    procedures: procedures
      .map(({ liveVersion: v }) =>
        procedureFromDocument(v!.document as unknown as ProcedureData, rules, {
          number: v!.number,
          publishedAt: v!.publishedAt.toISOString(),
          effectiveAt: v!.effectiveAt.toISOString(),
        }),
      )
      .sort(
        (a, b) =>
          (categoryPosition.get(a.categorySlug) ?? Infinity) - (categoryPosition.get(b.categorySlug) ?? Infinity) ||
          a.position - b.position ||
          a.slug.localeCompare(b.slug),
      ),
    sources: Object.fromEntries(
      sources.map((s) => [
        s.id,
        {
          id: s.id,
          title: s.title,
          publisher: s.publisher,
          url: s.url,
          kind: s.kind,
          accessedOn: isoDate(s.accessedOn),
        },
      ]),
    ),
  };
}
