/**
 * Shape of the catalogue data files under prisma/catalogue/. The seed validates every file with
 * these schemas before it writes anything, so a typo in the data fails loudly instead of
 * publishing a half-empty procedure.
 */
import { z } from "zod";
import { MEXICAN_STATE_CODES } from "../../lib/geo/mexican-states";

/** Every text the public reads is given per locale. es and en are complete; more languages are optional keys. */
export const localizedText = z
  .object({ es: z.string().trim().min(1), en: z.string().trim().min(1) })
  .catchall(z.string().trim().min(1));
export type LocalizedText = z.infer<typeof localizedText>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lowercase-kebab slug");
const sourceIds = z.array(z.string().min(1)).min(1);

export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url(),
  /** primary = the authority or the law itself; secondary = press, consultancies, mirrors. */
  kind: z.enum(["primary", "secondary"]),
  accessedOn: isoDate,
});

export const holidaySchema = z.object({
  date: isoDate,
  name: localizedText,
  /** e.g. "LFT art. 74" */
  legalBasis: z.string().min(1),
});

export const institutionSchema = z.object({
  code: z.string().min(2),
  name: localizedText,
  shortName: localizedText,
  parentBody: localizedText,
  country: z.string().length(2),
  currency: z.string().length(3),
  timeZone: z.string().min(3),
  defaultLocale: z.string().min(2),
  website: z.url(),
  contact: z.object({
    phone: z.string().min(3),
    email: z.email().optional(),
    hours: localizedText,
    /**
     * Who answers for the personal data the portal collects (LGPDPPSO): shown in the privacy notices
     * (/{locale}/privacidad and the short notices on each form). Another authority edits this, not code.
     */
    privacy: z.object({
      responsible: localizedText,
      address: z.string().min(5),
      transparencyUnit: localizedText,
      transparencyUnitAddress: z.string().min(5),
      transparencyUnitEmail: z.email().optional(),
      /** Where ARCO requests are filed online (e.g. the Plataforma Nacional de Transparencia). */
      arcoUrl: z.url(),
      legalBasis: localizedText,
      transfers: localizedText,
      /** What still needs checking against the authority's own notice, and where it came from. */
      verify: z.string().min(1).optional(),
      sources: sourceIds,
    }),
  }),
  holidays: z.array(holidaySchema),
  sources: sourceIds,
  lastReviewed: isoDate,
});

export const categorySchema = z.object({
  slug,
  position: z.number().int().min(0),
  name: localizedText,
  description: localizedText,
});

export const requirementSchema = z.object({
  name: localizedText,
  detail: localizedText.optional(),
  presentation: z.enum(["original", "copy", "original_and_copy", "online"]),
  /** When the requirement applies only to some applicants, e.g. minors. Absent = always. */
  condition: localizedText.optional(),
  /**
   * The part of `condition` the portal can evaluate from the applicant's answers, so the personal
   * checklist leaves out what does not apply. Ages are in whole years; maxAge is exclusive.
   */
  appliesWhen: z.object({ minAge: z.number().int().min(0).optional(), maxAge: z.number().int().min(1).optional() }).optional(),
  sources: sourceIds,
  /** true = could not be confirmed in a primary source; the page says so. */
  verify: z.boolean(),
});

export const feeSchema = z.object({
  /** Position of the payment in the sequence (regularisation: 1 study, 2 fine, 3 issuance). */
  payment: z.number().int().min(1),
  concept: localizedText,
  /** Distinguishes alternatives of one payment, e.g. "1 año" / "2 años". */
  variant: localizedText.optional(),
  /** null = no source gives the amount; the page then says it is to be confirmed (verify must be true). */
  amountMxn: z.number().min(0).multipleOf(0.01).nullable(),
  year: z.number().int().min(2000).max(2100),
  legalBasis: z.string().min(1),
  exemptions: localizedText.optional(),
  sources: sourceIds,
  verify: z.boolean(),
}).refine((f) => f.amountMxn !== null || f.verify, { message: "a fee without an amount must have verify: true" });

export const deadlineSchema = z.object({
  /** Legal time the authority has to resolve; null when the procedure needs no resolution (e.g. a notice). */
  resolution: z.object({ days: z.number().int().positive(), unit: z.enum(["business", "calendar"]) }).nullable(),
  silence: z.enum(["negativa_ficta", "afirmativa_ficta", "none"]),
  silenceText: localizedText,
  /** Time the applicant has to file, e.g. notices within 90 calendar days of the change. */
  applicantDeadline: z
    .object({ days: z.number().int().positive(), unit: z.enum(["business", "calendar"]), text: localizedText })
    .optional(),
  notes: localizedText.optional(),
  legalBasis: z.string().min(1),
  sources: sourceIds,
  verify: z.boolean(),
});

export const stepSchema = z.object({ title: localizedText, detail: localizedText });

export const procedureSchema = z.object({
  slug,
  category: slug,
  position: z.number().int().min(0),
  /** Rank among the most used procedures shown on the home page; null = not featured. */
  featuredRank: z.number().int().min(1).nullable(),
  codes: z.object({ conamer: z.string().optional(), gobMx: z.string().optional() }),
  title: localizedText,
  summary: localizedText,
  audience: localizedText,
  description: localizedText,
  /** Extra words people search with that are not in the title, e.g. "FM3", "tarjeta". */
  keywords: localizedText.optional(),
  requirements: z.array(requirementSchema).min(1),
  fees: z.array(feeSchema),
  feeNotes: localizedText.optional(),
  deadline: deadlineSchema,
  steps: z.array(stepSchema).min(3),
  legalBasis: z.array(z.string().min(1)).min(1),
  sources: sourceIds,
  lastReviewed: isoDate,
});

/**
 * An office that receives filings (offices.json). Details no source confirms stay null and the office carries
 * `verify: true` with a note saying what is unconfirmed: never an invented address or phone number.
 */
export const officeSchema = z
  .object({
    /** Stable: printed on posters and in short links. */
    slug,
    /** State code of lib/geo/mexican-states.ts. */
    state: z.enum(MEXICAN_STATE_CODES),
    name: localizedText,
    city: z.string().trim().min(1),
    address: z.string().trim().min(1).nullable(),
    postalCode: z.string().regex(/^\d{5}$/, "expected a 5-digit código postal").nullable(),
    phone: z.string().regex(/^[+\d][\d ()-]{6,38}$/, "expected a phone number").nullable(),
    hours: localizedText,
    location: z.object({ latitude: z.number().min(14).max(33), longitude: z.number().min(-119).max(-86) }).nullable(),
    /** "all" = every procedure of the catalogue, optionally minus some; or the exact list of slugs. */
    procedures: z.union([z.literal("all"), z.object({ except: z.array(slug).min(1) }), z.array(slug).min(1)]),
    /** Order among the offices of the same state (0 = the state's representation office). */
    position: z.number().int().min(0),
    sources: sourceIds,
    verify: z.boolean(),
    verifyNote: localizedText.optional(),
  })
  .refine((o) => !o.verify || o.verifyNote !== undefined, { message: "an office with verify: true must say what to verify (verifyNote)" })
  .refine((o) => o.address !== null || o.verify, { message: "an office without an address must have verify: true" });

export type SourceData = z.infer<typeof sourceSchema>;
export type OfficeData = z.infer<typeof officeSchema>;
export type InstitutionData = z.infer<typeof institutionSchema>;
export type CategoryData = z.infer<typeof categorySchema>;
export type ProcedureData = z.infer<typeof procedureSchema>;
