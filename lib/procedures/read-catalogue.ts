import { AUTHORITY } from "@/lib/authority";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { conditionWords } from "./describe-condition";
import type { CatalogueDTO, DeadlineDTO, FeeDTO, LocalizedText, ProcedureDTO, RequirementDTO } from "./types";

const text = (value: unknown) => value as LocalizedText;
const optionalText = (value: unknown) => (value ?? null) as LocalizedText | null;
const isoDate = (value: Date) => value.toISOString().slice(0, 10);

/**
 * Reads the catalogue from the database into plain DTOs (explicit selects, no raw rows leave).
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
      orderBy: [{ category: { position: "asc" } }, { position: "asc" }],
      select: {
        slug: true,
        position: true,
        featuredRank: true,
        conamerCode: true,
        gobMxCode: true,
        title: true,
        summary: true,
        audience: true,
        description: true,
        keywords: true,
        feeNotes: true,
        resolutionDays: true,
        resolutionUnit: true,
        silence: true,
        silenceText: true,
        applicantDeadlineDays: true,
        applicantDeadlineUnit: true,
        applicantDeadlineText: true,
        deadlineNotes: true,
        deadlineLegalBasis: true,
        deadlineSourceIds: true,
        deadlineVerify: true,
        legalBasis: true,
        sourceIds: true,
        lastReviewed: true,
        deadlineRules: true,
        routes: true,
        forms: true,
        requestForm: true,
        category: { select: { slug: true } },
        requirements: {
          orderBy: { position: "asc" },
          select: {
            position: true,
            name: true,
            detail: true,
            presentation: true,
            condition: true,
            appliesWhen: true,
            sourceIds: true,
            verify: true,
          },
        },
        fees: {
          orderBy: { position: "asc" },
          select: {
            position: true,
            payment: true,
            concept: true,
            variant: true,
            amountCentavos: true,
            year: true,
            currency: true,
            indexRange: true,
            due: true,
            appliesWhen: true,
            discounts: true,
            legalRefs: true,
            legalBasis: true,
            exemptions: true,
            sourceIds: true,
            verify: true,
          },
        },
        steps: { orderBy: { position: "asc" }, select: { position: true, title: true, detail: true } },
      },
    }),
    db.source.findMany({
      orderBy: { id: "asc" },
      select: { id: true, title: true, publisher: true, url: true, kind: true, accessedOn: true },
    }),
  ]);
  if (!institution) throw new Error("The catalogue has not been seeded (no institution row). Run `npm run db:seed`.");

  const rules = institution.rules as unknown as CatalogueDTO["institution"]["rules"];
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
    procedures: procedures.map((p) => {
      const routes = p.routes as unknown as ProcedureDTO["routes"];
      const words = { routes, nationalityGroups: rules.nationalityGroups };
      return {
        slug: p.slug,
        categorySlug: p.category.slug,
        position: p.position,
        featuredRank: p.featuredRank,
        codes: { conamer: p.conamerCode, gobMx: p.gobMxCode },
        title: text(p.title),
        summary: text(p.summary),
        audience: text(p.audience),
        description: text(p.description),
        keywords: optionalText(p.keywords),
        requirements: p.requirements.map((r) => ({
          position: r.position,
          name: text(r.name),
          detail: optionalText(r.detail),
          presentation: r.presentation,
          condition: conditionWords(r.appliesWhen as RequirementDTO["appliesWhen"], optionalText(r.condition), words),
          appliesWhen: (r.appliesWhen ?? null) as RequirementDTO["appliesWhen"],
          sourceIds: r.sourceIds,
          verify: r.verify,
        })),
        fees: p.fees.map((f) => ({
          position: f.position,
          payment: f.payment,
          concept: text(f.concept),
          variant: optionalText(f.variant),
          amountCentavos: f.amountCentavos,
          currency: f.currency,
          indexRange: (f.indexRange ?? null) as FeeDTO["indexRange"],
          due: f.due as FeeDTO["due"],
          appliesWhen: (f.appliesWhen ?? null) as FeeDTO["appliesWhen"],
          discounts: f.discounts as unknown as FeeDTO["discounts"],
          legalRefs: f.legalRefs as unknown as FeeDTO["legalRefs"],
          year: f.year,
          legalBasis: f.legalBasis,
          exemptions: optionalText(f.exemptions),
          sourceIds: f.sourceIds,
          verify: f.verify,
        })),
        feeNotes: optionalText(p.feeNotes),
        deadline: deadlineOf(p),
        routes,
        forms: p.forms as unknown as ProcedureDTO["forms"],
        requestForm: p.requestForm,
        steps: p.steps.map((s) => ({ position: s.position, title: text(s.title), detail: text(s.detail) })),
        legalBasis: p.legalBasis,
        sourceIds: p.sourceIds,
        lastReviewed: isoDate(p.lastReviewed),
      };
    }),
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

type DeadlineRules = {
  resolution?: { anchor: NonNullable<DeadlineDTO["resolution"]>["anchor"]; authority: string } | null;
  applicant?: { anchor: NonNullable<DeadlineDTO["applicantDeadline"]>["anchor"]; direction: "after" | "before" } | null;
  more?: DeadlineDTO["more"];
};

type DeadlineColumns = {
  resolutionDays: number | null;
  resolutionUnit: "business" | "calendar" | null;
  silence: DeadlineDTO["silence"];
  silenceText: unknown;
  applicantDeadlineDays: number | null;
  applicantDeadlineUnit: "business" | "calendar" | null;
  applicantDeadlineText: unknown;
  deadlineNotes: unknown;
  deadlineLegalBasis: string;
  deadlineSourceIds: string[];
  deadlineVerify: boolean;
  deadlineRules: unknown;
};

/** The deadline columns plus their anchors (deadline_rules JSON) as one DTO. */
function deadlineOf(p: DeadlineColumns): DeadlineDTO {
  const rules = (p.deadlineRules ?? {}) as DeadlineRules;
  return {
    resolution:
      p.resolutionDays && p.resolutionUnit
        ? {
            days: p.resolutionDays,
            unit: p.resolutionUnit,
            anchor: rules.resolution?.anchor ?? "complete_filing",
            authority: rules.resolution?.authority ?? AUTHORITY.authorityId,
          }
        : null,
    silence: p.silence,
    silenceText: text(p.silenceText),
    applicantDeadline:
      p.applicantDeadlineDays && p.applicantDeadlineUnit && p.applicantDeadlineText
        ? {
            days: p.applicantDeadlineDays,
            unit: p.applicantDeadlineUnit,
            anchor: rules.applicant?.anchor ?? "change_of_circumstances",
            direction: rules.applicant?.direction ?? "after",
            text: text(p.applicantDeadlineText),
          }
        : null,
    more: rules.more ?? [],
    notes: optionalText(p.deadlineNotes),
    legalBasis: p.deadlineLegalBasis,
    sourceIds: p.deadlineSourceIds,
    verify: p.deadlineVerify,
  };
}
