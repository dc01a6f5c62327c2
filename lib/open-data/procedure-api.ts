/**
 * Open-data shapes of /api/v1/tramites. Field names here are a public contract (documented in the
 * README): add fields freely, never rename or remove them within v1.
 */
import { centavosToPesos } from "@/lib/fees/format";
import { isFree } from "@/lib/fees/summary";
import { resolveSources } from "@/lib/procedures/sources";
import type { CatalogueDTO, ProcedureDTO } from "@/lib/procedures/types";

export const API_VERSION = 1;

export function toApiProcedureSummary(p: ProcedureDTO) {
  return {
    slug: p.slug,
    category: p.categorySlug,
    title: p.title,
    summary: p.summary,
    featuredRank: p.featuredRank,
    officialCodes: p.codes,
    isFree: isFree(p.fees),
    resolutionDays: p.deadline.resolution?.days ?? null,
    resolutionDayUnit: p.deadline.resolution?.unit ?? null,
    lastReviewed: p.lastReviewed,
    pages: { es: `/es/tramites/${p.slug}`, en: `/en/tramites/${p.slug}` },
    detail: `/api/v1/tramites/${p.slug}`,
    // The published version in force: its number and ISO date-times; every version: /api/v1/datos/versiones.csv.
    version: p.version
      ? { number: p.version.number, publishedAt: p.version.publishedAt, effectiveAt: p.version.effectiveAt }
      : null,
    history: { es: `/es/tramites/${p.slug}/historial`, en: `/en/tramites/${p.slug}/historial` },
    retired: p.retired,
  };
}

export function toApiProcedure(p: ProcedureDTO, catalogue: CatalogueDTO) {
  return {
    ...toApiProcedureSummary(p),
    audience: p.audience,
    description: p.description,
    requirements: p.requirements.map((r, i) => ({
      number: i + 1,
      name: r.name,
      detail: r.detail,
      presentation: r.presentation,
      condition: r.condition,
      toVerify: r.verify,
      sources: r.sourceIds,
      appliesWhen: r.appliesWhen,
    })),
    fees: p.fees.map((f) => ({
      payment: f.payment,
      concept: f.concept,
      variant: f.variant,
      // v1: `amount` is in the institution's currency; a fee charged in another one is in chargedAmount.
      amount:
        f.amountCentavos === null || f.currency !== catalogue.institution.currency
          ? null
          : centavosToPesos(f.amountCentavos),
      currency: catalogue.institution.currency,
      year: f.year,
      legalBasis: f.legalBasis,
      exemptions: f.exemptions,
      toVerify: f.verify,
      sources: f.sourceIds,
      chargedAmount: f.amountCentavos === null ? null : centavosToPesos(f.amountCentavos),
      chargedCurrency: f.currency,
      indexRange: f.indexRange,
      due: f.due,
      appliesWhen: f.appliesWhen,
      discounts: f.discounts,
      legalRefs: f.legalRefs,
    })),
    feeNotes: p.feeNotes,
    deadline: {
      resolutionDays: p.deadline.resolution?.days ?? null,
      resolutionDayUnit: p.deadline.resolution?.unit ?? null,
      silenceRule: p.deadline.silence,
      silenceText: p.deadline.silenceText,
      applicantDeadline: p.deadline.applicantDeadline,
      notes: p.deadline.notes,
      legalBasis: p.deadline.legalBasis,
      toVerify: p.deadline.verify,
      sources: p.deadline.sourceIds,
      resolution: p.deadline.resolution,
      more: p.deadline.more,
    },
    routes: p.routes,
    forms: p.forms,
    steps: p.steps.map((s, i) => ({ number: i + 1, title: s.title, detail: s.detail })),
    legalBasis: p.legalBasis,
    sources: resolveSources(p, catalogue.sources),
  };
}

export function toApiCatalogue(catalogue: CatalogueDTO) {
  const { institution } = catalogue;
  return {
    apiVersion: API_VERSION,
    institution: {
      code: institution.code,
      name: institution.name,
      country: institution.country,
      currency: institution.currency,
      timeZone: institution.timeZone,
      website: institution.website,
    },
    count: catalogue.procedures.length,
    categories: catalogue.categories.map((c) => ({ slug: c.slug, name: c.name, description: c.description })),
    procedures: catalogue.procedures.map(toApiProcedureSummary),
  };
}
