import type { CategoryDTO, ProcedureDTO } from "@/lib/procedures/types";

let sequence = 0;

/** A complete, valid procedure DTO with unique values; override what the test is about. */
export function makeProcedure(overrides: Partial<ProcedureDTO> = {}): ProcedureDTO {
  sequence += 1;
  const n = sequence;
  return {
    slug: `tramite-de-prueba-${n}`,
    categorySlug: "notificaciones",
    position: n,
    featuredRank: null,
    codes: { conamer: null, gobMx: null },
    title: { es: `Trámite de prueba ${n}`, en: `Test procedure ${n}` },
    summary: { es: "Resumen.", en: "Summary." },
    audience: { es: "Personas extranjeras.", en: "Foreign nationals." },
    description: { es: "Descripción.", en: "Description." },
    keywords: null,
    requirements: [
      {
        position: 0,
        name: { es: "Pasaporte", en: "Passport" },
        detail: null,
        presentation: "original_and_copy",
        condition: null,
        appliesWhen: null,
        sourceIds: ["s1"],
        verify: false,
      },
    ],
    fees: [],
    feeNotes: null,
    deadline: {
      resolution: { days: 20, unit: "business", anchor: "complete_filing", authority: "inm" },
      silence: "negativa_ficta",
      silenceText: { es: "Negativa ficta.", en: "Deemed refusal." },
      applicantDeadline: null,
      more: [],
      notes: null,
      legalBasis: "Ley de Migración",
      sourceIds: ["s1"],
      verify: false,
    },
    routes: [],
    forms: [],
    requestForm: { kind: "renewal" },
    steps: [],
    legalBasis: ["Ley de Migración"],
    sourceIds: ["s1"],
    lastReviewed: "2026-11-22",
    retired: null,
    officeSlugs: null,
    version: null,
    ...overrides,
  };
}

export function makeCategory(overrides: Partial<CategoryDTO> = {}): CategoryDTO {
  sequence += 1;
  return {
    slug: `categoria-${sequence}`,
    position: sequence,
    name: { es: `Categoría ${sequence}`, en: `Category ${sequence}` },
    description: { es: "Descripción.", en: "Description." },
    ...overrides,
  };
}
