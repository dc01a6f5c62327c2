import { pesosToCentavos } from "@/lib/fees/format";
import type { ProcedureData } from "@/prisma/catalogue/schema";
import { conditionWords } from "./describe-condition";
import { formatLegalRefs } from "./rules";
import type { InstitutionRulesDTO, ProcedureDTO, ProcedureVersionStamp } from "./types";

/** What turning a document into the public shape needs from the institution. */
export type DocumentContext = Pick<InstitutionRulesDTO, "legalInstruments" | "nationalityGroups">;

/**
 * A procedure as recorded (a data file, a published version, a draft under review) in the shape pages, PDFs
 * and the API read. The one conversion: the live catalogue, past versions, previews and test factories all use it.
 * `offices` is optional because a data file says it in offices.json instead.
 */
export function procedureFromDocument(
  p: ProcedureData & { offices?: string[] },
  context: DocumentContext,
  version: ProcedureVersionStamp | null,
): ProcedureDTO {
  const abbreviations = Object.fromEntries(context.legalInstruments.map((i) => [i.id, i.abbreviation]));
  const routes = (p.routes ?? []).map((r) => ({
    id: r.id,
    name: r.name,
    available: r.available,
    ...(r.note ? { note: r.note } : {}),
  }));
  const words = { routes, nationalityGroups: context.nationalityGroups };
  return {
    slug: p.slug,
    categorySlug: p.category,
    position: p.position,
    featuredRank: p.featuredRank,
    codes: { conamer: p.codes.conamer ?? null, gobMx: p.codes.gobMx ?? null },
    title: p.title,
    summary: p.summary,
    audience: p.audience,
    description: p.description,
    keywords: p.keywords ?? null,
    requirements: p.requirements.map((r, position) => ({
      position,
      name: r.name,
      detail: r.detail ?? null,
      presentation: r.presentation,
      condition: conditionWords(r.appliesWhen, r.condition, words),
      appliesWhen: r.appliesWhen ?? null,
      sourceIds: r.sources,
      verify: r.verify,
    })),
    fees: p.fees.map((f, position) => ({
      position,
      payment: f.payment,
      concept: f.concept,
      variant: f.variant ?? null,
      amountCentavos: f.amount === null ? null : pesosToCentavos(f.amount),
      currency: f.currency,
      indexRange: f.indexRange ?? null,
      due: f.due,
      appliesWhen: f.appliesWhen ?? null,
      discounts: (f.discounts ?? []).map((d) => ({
        percent: d.percent,
        appliesWhen: d.appliesWhen ?? null,
        legalBasis: d.legalBasis,
        sourceIds: d.sources,
        verify: d.verify,
      })),
      legalRefs: f.legalBasis,
      year: f.year,
      legalBasis: formatLegalRefs(f.legalBasis, abbreviations),
      exemptions: f.exemptions ?? null,
      sourceIds: f.sources,
      verify: f.verify,
    })),
    feeNotes: p.feeNotes ?? null,
    deadline: {
      resolution: p.deadline.resolution,
      silence: p.deadline.silence,
      silenceText: p.deadline.silenceText,
      applicantDeadline: p.deadline.applicantDeadline ?? null,
      more: p.deadline.more ?? [],
      notes: p.deadline.notes ?? null,
      legalBasis: p.deadline.legalBasis,
      sourceIds: p.deadline.sources,
      verify: p.deadline.verify,
    },
    routes,
    forms: p.forms,
    requestForm: p.requestForm,
    steps: p.steps.map((s, position) => ({ position, title: s.title, detail: s.detail })),
    legalBasis: p.legalBasis,
    sourceIds: p.sources,
    lastReviewed: p.lastReviewed,
    retired: p.retired ?? null,
    officeSlugs: p.offices ?? null,
    version,
  };
}
