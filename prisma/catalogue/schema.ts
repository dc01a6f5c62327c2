/**
 * Shape of the catalogue data files under prisma/catalogue/. The seed validates every file with
 * these schemas before it writes anything, so a typo in the data fails loudly instead of
 * publishing a half-empty procedure.
 */
import { z } from "zod";
import { requestFormSchema } from "../../lib/applications/fields";
import { NATIONAL_ID_CHECK_IDS } from "../../lib/applications/national-id";
import { divisionCodes } from "../../lib/country";
import { conditionSchema } from "../../lib/procedures/conditions";
import { DEADLINE_ANCHORS, FEE_DUE_MOMENTS, FORM_LAYOUTS, HOLIDAY_KINDS } from "../../lib/procedures/rules";

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

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lowercase-kebab id");
const currencyCode = z.string().regex(/^[A-Z]{3}$/, "expected an ISO 4217 currency code, e.g. MXN");

/**
 * A non-working day for the legal clock. statutory = named by the law (LFPA art. 28); dof_agreement = declared
 * by an agreement published in the official gazette (its reference is required); office_closure = one or more
 * offices closed by an agreement (only their cases' clocks stop).
 */
export const holidaySchema = z
  .strictObject({
    date: isoDate,
    name: localizedText,
    kind: z.enum(HOLIDAY_KINDS),
    /** e.g. "LFPA art. 28" */
    legalBasis: z.string().min(1),
    /** The DOF publication that declares it, e.g. "Acuerdo … DOF 2026-03-20". */
    reference: z.string().min(1).optional(),
    offices: z.array(slug).min(1).optional(),
    verify: z.boolean().optional(),
  })
  .refine((h) => h.kind !== "dof_agreement" || h.reference !== undefined || h.verify === true, {
    message:
      "a holiday declared by a DOF agreement needs its reference (or verify: true while the agreement is not found)",
  })
  .refine((h) => (h.kind === "office_closure") === (h.offices !== undefined), {
    message: "an office closure (and only it) lists its offices",
  });

/**
 * A structured legal citation: instrument (an id of institution.json `legalInstruments`), article, fraction,
 * inciso, paragraph, the DOF date of the version read, and a link. Printed as "LFD art. 8, fr. VI, inc. a)".
 */
export const legalRefSchema = z.strictObject({
  instrument: id,
  article: z.string().min(1).optional(),
  fraction: z
    .string()
    .regex(/^[IVXLC]+$/, "expected a roman numeral")
    .optional(),
  inciso: z
    .string()
    .regex(/^[a-z]$/, "expected a letter")
    .optional(),
  paragraph: z.string().min(1).optional(),
  dof: isoDate.optional(),
  url: z.url().optional(),
  /** true = the citation itself is inferred (e.g. matched by amount) and must be confirmed. */
  verify: z.boolean().optional(),
});
export type LegalRefData = z.infer<typeof legalRefSchema>;

/** Data about the institution that the code must not hard-wire: it differs from one migration authority to another. */
/** A regular expression written as a string, anchored with ^ and $ so it describes the whole value. */
const anchoredPattern = z.string().refine(
  (p) => {
    try {
      new RegExp(p);
      return p.startsWith("^") && p.endsWith("$");
    } catch {
      return false;
    }
  },
  { error: "expected a regular expression anchored with ^ and $" },
);

export const institutionRulesSchema = z.strictObject({
  /** The official form fees are paid with and the words the payment sheet uses for it. */
  paymentForm: z.strictObject({
    name: localizedText,
    shortName: localizedText,
    scheme: z.string().trim().min(1),
    bankKeys: localizedText,
  }),
  /** Groups of nationalities conditions can name, e.g. the countries of the regional visitor card. */
  nationalityGroups: z.record(
    id,
    z.strictObject({
      name: localizedText,
      members: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1),
      sources: sourceIds,
    }),
  ),
  legalInstruments: z
    .array(z.strictObject({ id, abbreviation: z.string().min(1), name: localizedText, url: z.url().optional() }))
    .min(1),
  /** Authorities that take part in procedures: the institution itself first (the default resolver), then consulates… */
  authorities: z.array(z.strictObject({ id, name: localizedText })).min(1),
  /**
   * Official forms a procedure can use. `layout` is how the portal prints a filled copy of it (who applies,
   * who is the beneficiary, who signs): stay (the foreigner applies), visa-authorization (the employer or the
   * relative in Mexico applies for the foreigner), employer-registration (the company), minor-exit (SAM: the
   * child, the trip and the parents or guardian). A form the portal does not fill has no layout.
   */
  forms: z
    .array(
      z.strictObject({
        id,
        name: localizedText,
        url: z.url().optional(),
        signedBy: localizedText.optional(),
        layout: z.enum(FORM_LAYOUTS).optional(),
        sources: sourceIds,
      }),
    )
    .min(1),
  /** Currencies fees may be charged in; the first is the institution's own. */
  currencies: z.array(currencyCode).min(1),
  /** Index units fees can be written in (UMA), with the daily value in force from a date. */
  indexUnits: z.array(
    z.strictObject({
      code: z.string().min(2),
      name: localizedText,
      value: z.number().positive(),
      currency: currencyCode,
      effectiveFrom: isoDate,
      sources: sourceIds,
      verify: z.boolean(),
    }),
  ),
});

/**
 * The country the authority serves (country.json): what the code needs everywhere, the browser included —
 * formats, time zone, states, national ID, postal code. See lib/country.ts.
 */
export const countrySchema = z.strictObject({
  /** ISO 3166-1 alpha-2: the region of number and date formats (es-MX). */
  code: z.string().regex(/^[A-Z]{2}$/),
  /** The country's name, as texts say it ("Domicilio en México"). */
  name: localizedText,
  /** The adjective of the country's nationals ("mexicana" / "Mexican"): "Persona mexicana", "a Mexican citizen". */
  nationality: localizedText,
  /**
   * The country's administrative divisions (states): the request form's state fields, offices.json `state`
   * and the statistics use their codes. `aliases` are other names a statistics file may use ("cdmx").
   */
  divisions: z.strictObject({
    /** What a division is called on forms ("Estado" / "State"). */
    name: localizedText,
    items: z
      .array(
        z.strictObject({
          code: z.string().regex(/^[A-Z0-9]{1,6}$/),
          name: z.string().trim().min(1),
          aliases: z.array(z.string().trim().min(1)).optional(),
        }),
      )
      .min(1),
  }),
  /**
   * The national ID the request form asks (optional for the person), or null when there is none to ask:
   * its label, format (a regular expression over the upper-cased value) and the check algorithm of
   * lib/applications/national-id.ts that applies, if any.
   */
  nationalId: z
    .strictObject({
      label: localizedText,
      name: localizedText,
      asked: z.boolean(),
      maxLength: z.number().int().min(1).max(40),
      pattern: anchoredPattern,
      example: z.string().min(1),
      check: z.enum(NATIONAL_ID_CHECK_IDS).nullable(),
    })
    .nullable(),
  /** The country's postal code: its format (anchored regular expression), length, an example and whether it is all digits. */
  postalCode: z.strictObject({
    pattern: anchoredPattern,
    maxLength: z.number().int().min(1).max(20),
    example: z.string().min(1),
    numeric: z.boolean(),
  }),
  /** IANA time zone in which the authority's days begin and end (legal clock, "today", SQL dates). */
  timeZone: z.string().refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    },
    { error: "expected an IANA time zone" },
  ),
  /** How texts name that time zone ("hora del centro de México"). */
  timeZoneName: localizedText,
});
export type CountryData = z.infer<typeof countrySchema>;

export const institutionSchema = z.object({
  code: z.string().min(2),
  name: localizedText,
  shortName: localizedText,
  parentBody: localizedText,
  currency: currencyCode,
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
  rules: institutionRulesSchema,
  sources: sourceIds,
  lastReviewed: isoDate,
});

export const categorySchema = z.object({
  slug,
  position: z.number().int().min(0),
  name: localizedText,
  description: localizedText,
});

export const requirementSchema = z
  .object({
    name: localizedText,
    detail: localizedText.optional(),
    presentation: z.enum(["original", "copy", "original_and_copy", "online"]),
    /**
     * When the requirement applies, in the condition language (lib/procedures/conditions.ts); the pages say it in
     * words. Absent = always (unless `condition` says otherwise).
     */
    appliesWhen: conditionSchema.optional(),
    /** A condition the portal cannot evaluate, in words ("Solo si la autoridad le impuso una multa."): the person decides. */
    condition: localizedText.optional(),
    sources: sourceIds,
    /** true = could not be confirmed in a primary source; the page says so. */
    verify: z.boolean(),
  })
  .strict()
  .refine((r) => !(r.appliesWhen && r.condition), {
    message: "give either appliesWhen (evaluated) or condition (words), not both",
  });

export const feeDiscountSchema = z.strictObject({
  /** 100 = exemption. */
  percent: z.number().int().min(1).max(100),
  /** Absent = the discount applies to everyone on the procedure (e.g. regularisation through a family tie). */
  appliesWhen: conditionSchema.optional(),
  legalBasis: z.array(legalRefSchema).min(1),
  sources: sourceIds,
  verify: z.boolean(),
});

export const feeSchema = z
  .strictObject({
    /** Position of the payment in the sequence (regularisation: 1 study, 2 fine, 3 issuance). */
    payment: z.number().int().min(1),
    concept: localizedText,
    /** Distinguishes alternatives of one payment, e.g. "1 año" / "2 años". */
    variant: localizedText.optional(),
    /** Currency of the amount as the law writes it (MXN; USD for fees paid at a consulate). */
    currency: currencyCode,
    /** Fixed amount in that currency; null = no fixed amount (a UMA range, or no source gives it: then verify). */
    amount: z.number().min(0).multipleOf(0.01).nullable(),
    /** A range written in index units (fines of 20–40 UMA days); the amount follows from the unit's value. */
    indexRange: z
      .strictObject({ unit: z.string().min(2), min: z.number().positive(), max: z.number().positive() })
      .optional(),
    year: z.number().int().min(2000).max(2100),
    due: z.enum(FEE_DUE_MOMENTS),
    /** Who pays this fee (e.g. only minors' cards); absent = everyone on the procedure. */
    appliesWhen: conditionSchema.optional(),
    discounts: z.array(feeDiscountSchema).optional(),
    legalBasis: z.array(legalRefSchema).min(1),
    exemptions: localizedText.optional(),
    sources: sourceIds,
    verify: z.boolean(),
  })
  .refine((f) => f.amount !== null || f.indexRange !== undefined || f.verify, {
    message: "a fee without an amount must have verify: true",
  })
  .refine((f) => !(f.amount !== null && f.indexRange), {
    message: "a fee has a fixed amount or an index range, not both",
  })
  .refine((f) => !f.indexRange || f.indexRange.min <= f.indexRange.max, {
    message: "indexRange min must not exceed max",
  });

const period = {
  days: z.number().int().positive(),
  unit: z.enum(["business", "calendar"]),
  /** The event that starts (or, with direction "before", ends) the period. Required: a term without its start means nothing. */
  anchor: z.enum(DEADLINE_ANCHORS),
};

/** A further term: the second authority of a visa, the applicant's time to answer a request, a validity… */
export const deadlineRuleSchema = z.strictObject({
  ...period,
  party: z.enum(["authority", "applicant"]),
  direction: z.enum(["after", "before"]),
  /** An authority id of institution.json rules.authorities (for party "authority"). */
  authority: id.optional(),
  silence: z.enum(["negativa_ficta", "afirmativa_ficta", "none"]).optional(),
  text: localizedText,
  legalBasis: z.array(legalRefSchema).min(1),
  verify: z.boolean(),
});

export const deadlineSchema = z.strictObject({
  /** Legal time the authority has to resolve; null when the procedure needs no resolution (e.g. a notice). */
  resolution: z.strictObject({ ...period, authority: id }).nullable(),
  silence: z.enum(["negativa_ficta", "afirmativa_ficta", "none"]),
  silenceText: localizedText,
  /** Time the applicant has to file, e.g. notices within 90 calendar days after the change. */
  applicantDeadline: z
    .strictObject({ ...period, direction: z.enum(["after", "before"]), text: localizedText })
    .optional(),
  /** Other terms of the procedure, each with its anchor. */
  more: z.array(deadlineRuleSchema).optional(),
  notes: localizedText.optional(),
  legalBasis: z.string().min(1),
  sources: sourceIds,
  verify: z.boolean(),
});

export const stepSchema = z.object({ title: localizedText, detail: localizedText });

export const procedureSchema = z.object({
  slug,
  /** The slug is printed on QR posters and in short links: it must exist forever (tests check every stable slug is served). */
  stable: z.boolean().optional(),
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
  /**
   * The routes (modalities) a person chooses between, e.g. RT→RP by 4 years / pensioner / points. Conditions
   * name them with { field: "route" }. `available: false` = in the law but not operating (sistema de puntos).
   */
  routes: z
    .array(
      z.strictObject({ id, name: localizedText, available: z.boolean().default(true), note: localizedText.optional() }),
    )
    .optional(),
  /**
   * The official form(s) the procedure uses (ids of institution.json rules.forms) and what to select in them
   * (the procedure, the condition, the route). A selection cites its sources; `verify: true` while the form's
   * own wording is not confirmed in a primary source.
   */
  forms: z
    .array(
      z
        .strictObject({
          form: id,
          selection: localizedText.optional(),
          appliesWhen: conditionSchema.optional(),
          sources: sourceIds.optional(),
          verify: z.boolean().optional(),
        })
        .refine((f) => f.selection === undefined || f.sources !== undefined, {
          message: "a form selection cites its sources",
        }),
    )
    .min(1),
  /**
   * Which questions the portal's request form asks (the kinds of lib/applications/fields.ts), e.g.
   * { "kind": "renewal" } or { "kind": "notification", "subject": "address" }. Required: a procedure
   * without it has no form to fill.
   */
  requestForm: requestFormSchema,
  steps: z.array(stepSchema).min(3),
  legalBasis: z.array(z.string().min(1)).min(1),
  sources: sourceIds,
  lastReviewed: isoDate,
  /**
   * The procedure is no longer offered from this date: its page says so and points to what replaces it (the slug
   * keeps answering, posters and old links still land somewhere useful). New applications are refused.
   */
  retired: z.strictObject({ on: isoDate, replacedBy: z.array(slug), note: localizedText }).optional(),
});

/**
 * An office that receives filings (offices.json). Details no source confirms stay null and the office carries
 * `verify: true` with a note saying what is unconfirmed: never an invented address or phone number.
 */
export const officeSchema = z
  .object({
    /** Stable: printed on posters and in short links. */
    slug,
    /** Code of one of the institution's divisions (country.json divisions). */
    state: z.string().refine((code) => divisionCodes().includes(code), { error: "unknown division code" }),
    name: localizedText,
    city: z.string().trim().min(1),
    address: z.string().trim().min(1).nullable(),
    postalCode: z
      .string()
      .regex(/^\d{5}$/, "expected a 5-digit código postal")
      .nullable(),
    phone: z
      .string()
      .regex(/^[+\d][\d ()-]{6,38}$/, "expected a phone number")
      .nullable(),
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
  .refine((o) => !o.verify || o.verifyNote !== undefined, {
    message: "an office with verify: true must say what to verify (verifyNote)",
  })
  .refine((o) => o.address !== null || o.verify, { message: "an office without an address must have verify: true" });

export type SourceData = z.infer<typeof sourceSchema>;
export type OfficeData = z.infer<typeof officeSchema>;
export type InstitutionData = z.infer<typeof institutionSchema>;
export type CategoryData = z.infer<typeof categorySchema>;
export type ProcedureData = z.infer<typeof procedureSchema>;
