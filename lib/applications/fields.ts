/**
 * The request form's field registry: every question is declared once here — how it is asked (input,
 * options, length), how it is checked (its zod schema, shared by react-hook-form in the browser and the
 * server actions) and, through its input and options, how its answer is shown on the web and printed in
 * the PDFs (lib/applications/answer-text.ts). The step schemas, the web fields (field-defs.ts), the
 * answers lists and the PDF answers all derive from it. Labels, hints and option labels live in the
 * message files under `form.fields.<name>`: adding a field touches this file and the message files only.
 *
 * Which details a procedure asks is catalogue data (`requestForm` in prisma/catalogue/procedures/*.json,
 * validated with `requestFormSchema` below). Messages are translation keys; values arrive as strings.
 *
 * No server-only or display imports: the browser bundles this file to check each step before sending.
 */
import { z } from "zod";
import {
  INVALID_CHARACTERS,
  isLatinScriptText,
  isMultiLineText,
  isSingleLineText,
  LATIN_SCRIPT_ONLY,
  normalizeLineBreaks,
} from "@/lib/text";
import { isCountryCode } from "@/lib/geo/countries";
import { MEXICAN_STATE_CODES } from "@/lib/geo/mexican-states";
import { curpBirthDate, curpSex, hasValidCurpCheckDigit, isCurpFormat } from "./curp";
import { addDays, isRealDate, todayIn } from "@/lib/dates";

/** The steps of the request form, in order. Stored answers are keyed by these ids. */
export const FORM_STEPS = ["personal", "passport", "address", "details"] as const;
export type FormStep = (typeof FORM_STEPS)[number];

/** The URL segment of each step (`/tramites/<slug>/solicitud/datos-personales`); URLs are Spanish, code is not. */
export const STEP_SLUGS = {
  personal: "datos-personales",
  passport: "pasaporte",
  address: "domicilio",
  details: "detalles",
} as const satisfies Record<FormStep, string>;
export type StepSlug = (typeof STEP_SLUGS)[FormStep];

/** The step a URL segment names, or null for anything else (the page answers 404). */
export function stepFromSlug(segment: string): FormStep | null {
  return FORM_STEPS.find((step) => STEP_SLUGS[step] === segment) ?? null;
}

// ---------------------------------------------------------------------------------------------------
// Validators. Every text a person types is trimmed, length-limited, free of control characters
// (lib/text.ts) and in Latin script: the form is filed with a Mexican authority that writes names as
// the passport's Latin transliteration, and the PDFs' embedded font (Noto Sans) prints every Latin
// letter, Vietnamese included, but no CJK or Arabic script — refused here with a clear message rather
// than printed as blank boxes.

const emptyToUndefined = (value: unknown) => {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
};
const upper = (value: unknown) => (typeof value === "string" ? value.replace(/[\s-]/g, "").toUpperCase() : value);
const today = () => todayIn();

const lineSchema = (max: number) =>
  z
    .string({ error: "errors.required" })
    .max(max, { error: "errors.tooLong" })
    .refine(isSingleLineText, { error: INVALID_CHARACTERS, abort: true })
    .refine(isLatinScriptText, { error: LATIN_SCRIPT_ONLY });
const paragraphSchema = (max: number) =>
  z
    .string({ error: "errors.required" })
    .max(max, { error: "errors.tooLong" })
    .refine(isMultiLineText, { error: INVALID_CHARACTERS, abort: true })
    .refine(isLatinScriptText, { error: LATIN_SCRIPT_ONLY });
const trimmedParagraph = (v: unknown) => emptyToUndefined(normalizeLineBreaks(v));

const dateSchema = () =>
  z.string({ error: "errors.required" }).refine(isRealDate, { error: "errors.invalidDate", abort: true });

// ---------------------------------------------------------------------------------------------------
// Field kinds: each builder returns the whole declaration, so a length or an option list is written once.

export type FieldInput = "text" | "email" | "tel" | "date" | "select" | "radios" | "textarea";
/** Where a field's options come from: the country or state list, the procedure's fee alternatives, or fixed codes. */
export type OptionSource = "countries" | "states" | "fees" | readonly string[];

export type FieldSpec<S extends z.ZodType = z.ZodType> = {
  input: FieldInput;
  /** The field's own check; rules across fields are in the step definitions below. */
  schema: S;
  options?: OptionSource;
  maxLength?: number;
  autoComplete?: string;
  inputMode?: "text" | "numeric" | "email" | "tel";
  /** Upper-case as you type (passport, CURP, RFC). */
  uppercase?: boolean;
  /** Notices name the datum that changed: the label comes from `form.notification.<subject>.<this>`. */
  subjectLabel?: "previous" | "new";
  /** Label on printed documents when it differs from the question on screen. */
  printLabelKey?: string;
};

type Extra = Pick<FieldSpec, "autoComplete" | "inputMode" | "uppercase" | "subjectLabel">;

const text = (max: number, extra: Extra = {}) =>
  ({
    input: "text",
    maxLength: max,
    ...extra,
    schema: z.preprocess(emptyToUndefined, lineSchema(max)),
  }) satisfies FieldSpec;
const optionalText = (max: number, extra: Extra = {}) =>
  ({
    input: "text",
    maxLength: max,
    ...extra,
    schema: z.preprocess(emptyToUndefined, lineSchema(max).optional()),
  }) satisfies FieldSpec;
const longText = (max: number, extra: Extra = {}) =>
  ({
    input: "textarea",
    maxLength: max,
    ...extra,
    schema: z.preprocess(trimmedParagraph, paragraphSchema(max)),
  }) satisfies FieldSpec;
const optionalLongText = (max: number) =>
  ({
    input: "textarea",
    maxLength: max,
    schema: z.preprocess(trimmedParagraph, paragraphSchema(max).optional()),
  }) satisfies FieldSpec;
/** A date (YYYY-MM-DD); `check` adds the field's own limits (not in the future, within a year…). */
const date = <S extends z.ZodType<string, string>>(check: (d: ReturnType<typeof dateSchema>) => S, extra: Extra = {}) =>
  ({ input: "date", ...extra, schema: z.preprocess(emptyToUndefined, check(dateSchema())) }) satisfies FieldSpec;
const choice = <const T extends readonly [string, ...string[]]>(values: T, input: "radios" | "select" = "radios") =>
  ({
    input,
    options: values,
    schema: z.preprocess(emptyToUndefined, z.enum(values, { error: "errors.choose" })),
  }) satisfies FieldSpec;
const country = () =>
  ({
    input: "select",
    options: "countries",
    schema: z.preprocess(
      (v) => (typeof v === "string" ? emptyToUndefined(v.toUpperCase()) : v),
      z.string({ error: "errors.choose" }).refine(isCountryCode, { error: "errors.country" }),
    ),
  }) satisfies FieldSpec;
const state = () =>
  ({
    input: "select",
    options: "states",
    schema: z.preprocess(emptyToUndefined, z.enum(MEXICAN_STATE_CODES, { error: "errors.choose" })),
  }) satisfies FieldSpec;
/** A code typed in capitals (document numbers): spaces and dashes dropped. */
const code = (max: number, pattern: RegExp, error: string) =>
  ({
    input: "text",
    maxLength: max,
    uppercase: true,
    autoComplete: "off",
    schema: z.preprocess(
      (v) => emptyToUndefined(upper(v)),
      z.string({ error: "errors.required" }).regex(pattern, { error }),
    ),
  }) satisfies FieldSpec;

const notPast = (d: string) => d >= today();
const notFuture = (d: string) => d <= today();

// ---------------------------------------------------------------------------------------------------
// The registry.

export const FIELDS = {
  // Personal data
  givenNames: text(80, { autoComplete: "given-name" }),
  firstSurname: text(80, { autoComplete: "family-name" }),
  secondSurname: optionalText(80, { autoComplete: "off" }),
  sex: choice(["F", "M", "X"]),
  birthDate: date(
    (d) =>
      d
        .refine((v) => v < today(), { error: "errors.birthInFuture" })
        .refine((v) => v >= "1900-01-01", { error: "errors.birthTooOld" }),
    { autoComplete: "bday" },
  ),
  birthCountry: country(),
  nationality: country(),
  curp: {
    input: "text",
    maxLength: 18,
    uppercase: true,
    autoComplete: "off",
    schema: z.preprocess(
      (v) => emptyToUndefined(upper(v)),
      z
        .string()
        .max(18, { error: "errors.curpFormat" })
        .refine(isCurpFormat, { error: "errors.curpFormat", abort: true })
        .refine(hasValidCurpCheckDigit, { error: "errors.curpCheckDigit" })
        .optional(),
    ),
  },
  // Passport and immigration document. The passport field takes 24 characters so "AB 123-456" can be typed with spaces.
  passportNumber: code(24, /^[A-Z0-9]{5,20}$/, "errors.passportFormat"),
  passportCountry: country(),
  passportExpiry: date((d) =>
    d
      .refine((v) => v > today(), { error: "errors.passportExpired" })
      .refine((v) => v <= addDays(today(), 366 * 20), { error: "errors.dateTooFar" }),
  ),
  migrationDocument: choice(["none", "temporary-resident", "permanent-resident", "visitor", "fmm", "other"]),
  migrationDocumentNumber: {
    input: "text",
    maxLength: 30,
    uppercase: true,
    autoComplete: "off",
    schema: z.preprocess(
      (v) => emptyToUndefined(upper(v)),
      z
        .string()
        .max(30, { error: "errors.tooLong" })
        .regex(/^[A-Z0-9]*$/, { error: "errors.documentNumberFormat" })
        .optional(),
    ),
  },
  // Address in Mexico and contact
  state: state(),
  municipality: text(80, { autoComplete: "address-level2" }),
  postalCode: {
    input: "text",
    maxLength: 5,
    autoComplete: "postal-code",
    inputMode: "numeric",
    schema: z.preprocess(
      emptyToUndefined,
      z.string({ error: "errors.required" }).regex(/^\d{5}$/, { error: "errors.postalCode" }),
    ),
  },
  neighborhood: optionalText(80, { autoComplete: "address-level3" }),
  street: text(120, { autoComplete: "address-line1" }),
  email: {
    input: "email",
    maxLength: 254,
    autoComplete: "email",
    inputMode: "email",
    schema: z.preprocess(emptyToUndefined, z.email({ error: "errors.email" }).max(254, { error: "errors.tooLong" })),
  },
  phone: {
    input: "tel",
    maxLength: 25,
    autoComplete: "tel",
    inputMode: "tel",
    schema: z.preprocess(
      emptyToUndefined,
      z
        .string({ error: "errors.required" })
        .max(25, { error: "errors.phone" })
        .regex(/^\+?[\d\s().-]+$/, { error: "errors.phone" })
        .refine(
          (v) => {
            const digits = v.replace(/\D/g, "").length;
            return digits >= 10 && digits <= 15;
          },
          { error: "errors.phone" },
        ),
    ),
  },
  // Details (which of them a procedure asks: DETAILS_FIELDS)
  employerName: text(200, { autoComplete: "organization" }),
  employerRegistration: text(40, { uppercase: true }),
  jobTitle: text(120, { autoComplete: "organization-title" }),
  consulate: text(120),
  workState: state(),
  relativeName: text(200),
  relationship: choice(["spouse", "partner", "child", "parent", "sibling"]),
  relativeStatus: choice(["mexican", "temporary-resident", "permanent-resident"]),
  relativeDocument: optionalText(40, { uppercase: true }),
  humanitarianReason: choice(["crime-victim", "asylum", "health", "family-emergency", "other"]),
  reasonDescription: longText(2000),
  pendingApplication: text(40, { uppercase: true }),
  travelReason: longText(500),
  departureDate: date((d) =>
    d
      .refine(notPast, { error: "errors.dateInPast" })
      .refine((v) => v <= addDays(today(), 365), { error: "errors.dateTooFar" }),
  ),
  returnDate: date((d) => d),
  previousValue: longText(500, { subjectLabel: "previous" }),
  newValue: longText(500, { subjectLabel: "new" }),
  changeDate: date((d) => d.refine(notFuture, { error: "errors.dateInFuture" })),
  currentCardExpiry: date((d) => d.refine((v) => v >= addDays(today(), -365 * 5), { error: "errors.dateTooOld" })),
  replacementReason: choice(["lost", "stolen", "damaged"]),
  incidentDate: date((d) => d.refine(notFuture, { error: "errors.dateInFuture" })),
  residenceCountry: choice(["GT", "BZ", "SV", "HN"]),
  companyName: text(200, { autoComplete: "organization" }),
  rfc: code(13, /^[A-ZÑ&]{3,4}\d{6}[A-Z\d]{3}$/, "errors.rfcFormat"),
  activity: text(200),
  statusChangeBasis: choice(["four-years", "pensioner", "points", "other"]),
  basisDescription: optionalLongText(1000),
  expiredDocumentNumber: text(30, { uppercase: true }),
  expiredOn: date((d) => d.refine(notFuture, { error: "errors.dateInFuture" })),
  // The exit authorisation for a child (SAM): the trip and who authorises it; the child is the personal step.
  destinationCountry: country(),
  expectedReturnDate: date((d) => d.refine((v) => v <= addDays(today(), 366 * 2), { error: "errors.dateTooFar" })),
  travelsWith: choice(["alone", "one-parent", "other-adult"]),
  companionName: optionalText(200),
  authorizedBy: choice(["both-parents", "guardian"]),
  firstSignerName: text(200),
  firstSignerDocument: text(60, { uppercase: true }),
  secondSignerName: optionalText(200),
  secondSignerDocument: optionalText(60, { uppercase: true }),
  /** "Which case applies to you": the position of one of the procedure's fee alternatives (checked against them per procedure). */
  feeChoice: {
    input: "radios",
    options: "fees",
    printLabelKey: "pdf.solicitud.feeChoice",
    schema: z.preprocess(
      emptyToUndefined,
      z.string({ error: "errors.choose" }).regex(/^\d{1,3}$/, { error: "errors.choose" }),
    ),
  },
} satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof FIELDS;

/** The declaration of a field by name, or undefined for a name that is not a question of the form. */
export function fieldSpec(name: string): FieldSpec | undefined {
  return Object.hasOwn(FIELDS, name) ? (FIELDS as Record<string, FieldSpec>)[name] : undefined;
}

/** Whether a person may leave the field empty (its schema accepts nothing). */
export function isOptionalField(spec: FieldSpec): boolean {
  return spec.schema.safeParse(undefined).success;
}

// ---------------------------------------------------------------------------------------------------
// Steps: which fields, in display order, and the rules across fields.

type Fields = typeof FIELDS;
function shapeOf<const N extends readonly FieldName[]>(names: N) {
  return Object.fromEntries(names.map((name) => [name, FIELDS[name].schema])) as {
    [K in N[number]]: Fields[K]["schema"];
  };
}

const PERSONAL = [
  "givenNames",
  "firstSurname",
  "secondSurname",
  "sex",
  "birthDate",
  "birthCountry",
  "nationality",
  "curp",
] as const;
const PASSPORT = [
  "passportNumber",
  "passportCountry",
  "passportExpiry",
  "migrationDocument",
  "migrationDocumentNumber",
] as const;
const ADDRESS = ["state", "municipality", "postalCode", "neighborhood", "street", "email", "phone"] as const;

/** Field names of the steps every procedure asks, in display order. */
export const COMMON_STEP_FIELDS = {
  personal: PERSONAL,
  passport: PASSPORT,
  address: ADDRESS,
} as const satisfies Record<Exclude<FormStep, "details">, readonly FieldName[]>;

export const personalStepSchema = z.object(shapeOf(PERSONAL)).superRefine((data, ctx) => {
  if (!data.curp || !isCurpFormat(data.curp)) return;
  if (curpBirthDate(data.curp) !== data.birthDate)
    ctx.addIssue({ code: "custom", path: ["curp"], message: "errors.curpBirthDate" });
  const sexLetter = { F: "M", M: "H", X: "X" }[data.sex];
  if (curpSex(data.curp) !== sexLetter) ctx.addIssue({ code: "custom", path: ["curp"], message: "errors.curpSex" });
});

export const passportStepSchema = z.object(shapeOf(PASSPORT)).superRefine((data, ctx) => {
  if (data.migrationDocument !== "none" && !data.migrationDocumentNumber)
    ctx.addIssue({ code: "custom", path: ["migrationDocumentNumber"], message: "errors.required" });
});

export const addressStepSchema = z.object(shapeOf(ADDRESS));

/** A field of the details step; `optional` makes a field that is required elsewhere optional for this kind. */
type DetailsUse = FieldName | { name: FieldName; optional: true };
const optional = (name: FieldName) => ({ name, optional: true }) as const;

/** The procedure-specific questions of each kind of procedure, in display order (the fee question comes last when there is one). */
export const DETAILS_FIELDS = {
  "job-offer": ["employerName", "employerRegistration", "jobTitle", "consulate"],
  family: ["relativeName", "relationship", "relativeStatus", "relativeDocument"],
  humanitarian: ["humanitarianReason", "reasonDescription"],
  "exit-return": ["pendingApplication", "travelReason", "departureDate", "returnDate"],
  "work-permit": ["employerName", optional("employerRegistration"), "jobTitle", "workState"],
  notification: ["previousValue", "newValue", "changeDate"],
  renewal: ["currentCardExpiry"],
  replacement: ["replacementReason", "incidentDate"],
  "border-card": ["residenceCountry", optional("employerName")],
  employer: ["companyName", "rfc", "activity"],
  "status-change": ["statusChangeBasis", "basisDescription"],
  "expired-document": ["expiredDocumentNumber", "expiredOn"],
  "minor-exit": [
    "destinationCountry",
    "departureDate",
    optional("expectedReturnDate"),
    "travelsWith",
    "companionName",
    "authorizedBy",
    "firstSignerName",
    "firstSignerDocument",
    "secondSignerName",
    "secondSignerDocument",
  ],
} as const satisfies Record<string, readonly DetailsUse[]>;

export type DetailsKind = keyof typeof DETAILS_FIELDS;
export const DETAILS_KINDS = Object.keys(DETAILS_FIELDS) as [DetailsKind, ...DetailsKind[]];
export const NOTIFICATION_SUBJECTS = ["address", "workplace", "civil-status", "nationality", "name"] as const;
export type NotificationSubject = (typeof NOTIFICATION_SUBJECTS)[number];

/**
 * Kinds whose common steps are about someone other than who fills the form in (the SAM: the child), so those
 * steps open with a line that says whose data to give: `form.stepIntro.<kind>.<step>` in the message files.
 */
export const STEP_INTROS: Partial<Record<DetailsKind, readonly FormStep[]>> = {
  "minor-exit": ["personal", "passport"],
};

/** Rules across fields of a details kind (the field-by-field checks are in FIELDS). */
const DETAILS_CHECKS: Partial<
  Record<DetailsKind, (data: Record<string, string | undefined>, ctx: z.RefinementCtx) => void>
> = {
  "exit-return": ({ departureDate, returnDate }, ctx) => {
    if (!departureDate || !returnDate) return;
    if (returnDate <= departureDate)
      ctx.addIssue({ code: "custom", path: ["returnDate"], message: "errors.returnBeforeDeparture" });
    else if (returnDate > addDays(departureDate, 60))
      ctx.addIssue({ code: "custom", path: ["returnDate"], message: "errors.returnTooLate" });
  },
  // Someone travels with the child unless it travels alone; both parents sign unless a guardian does.
  "minor-exit": (d, ctx) => {
    if (d.departureDate && d.expectedReturnDate && d.expectedReturnDate <= d.departureDate)
      ctx.addIssue({ code: "custom", path: ["expectedReturnDate"], message: "errors.returnBeforeDeparture" });
    if (d.travelsWith && d.travelsWith !== "alone" && !d.companionName)
      ctx.addIssue({ code: "custom", path: ["companionName"], message: "errors.companionRequired" });
    if (d.authorizedBy === "both-parents") {
      if (!d.secondSignerName)
        ctx.addIssue({ code: "custom", path: ["secondSignerName"], message: "errors.secondSignerRequired" });
      if (!d.secondSignerDocument)
        ctx.addIssue({ code: "custom", path: ["secondSignerDocument"], message: "errors.secondSignerRequired" });
    }
  },
};

/**
 * Which questions a procedure's form asks, as the catalogue states it: `{ "kind": "renewal" }`, or for a
 * notice `{ "kind": "notification", "subject": "address" }` (the subject names the datum that changed).
 */
export const requestFormSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("notification"), subject: z.enum(NOTIFICATION_SUBJECTS) }),
  z.strictObject({
    kind: z.enum(
      DETAILS_KINDS.filter((k) => k !== "notification") as [
        Exclude<DetailsKind, "notification">,
        ...Exclude<DetailsKind, "notification">[],
      ],
    ),
  }),
]);
export type ProcedureForm = z.infer<typeof requestFormSchema>;

/** The form of a procedure read from the catalogue; a spec the registry does not know is a data error, never a silent default. */
export function procedureForm(procedure: { slug: string; requestForm: unknown }): ProcedureForm {
  const parsed = requestFormSchema.safeParse(procedure.requestForm);
  if (!parsed.success)
    throw new Error(
      `Procedure ${procedure.slug} has no valid requestForm in the catalogue: ${JSON.stringify(procedure.requestForm)}`,
    );
  return parsed.data;
}

/** The subject of a notice, or undefined for other kinds. */
export function notificationSubject(form: ProcedureForm): NotificationSubject | undefined {
  return form.kind === "notification" ? form.subject : undefined;
}

/** One question of a step as a procedure asks it. */
export type FieldUse = { name: FieldName; spec: FieldSpec; optional: boolean };

function use(entry: DetailsUse): FieldUse {
  const name = typeof entry === "string" ? entry : entry.name;
  const spec: FieldSpec = FIELDS[name];
  return { name, spec, optional: typeof entry !== "string" || isOptionalField(spec) };
}

/** The questions of a step for a procedure, in display order; `hasFeeChoice` adds the fee question to the details. */
export function stepFieldUses(step: FormStep, form: ProcedureForm, hasFeeChoice: boolean): FieldUse[] {
  if (step !== "details") return COMMON_STEP_FIELDS[step].map(use);
  const details: readonly DetailsUse[] = DETAILS_FIELDS[form.kind];
  return [...details, ...(hasFeeChoice ? (["feeChoice"] as const) : [])].map(use);
}

/** Options of the fee question: the positions of the fees the applicant may choose between. */
export type FeeChoiceOptions = readonly number[] | null;

/**
 * The procedure-specific step. `feeOptions` adds the question "which case applies to you" when the
 * procedure's fees offer alternatives (e.g. 1–4 years of temporary residence).
 */
export function detailsStepSchema(form: ProcedureForm, feeOptions: FeeChoiceOptions = null) {
  const allowed = new Set((feeOptions ?? []).map(String));
  const shape: Record<string, z.ZodType> = {};
  for (const { name, spec, optional: isOptional } of stepFieldUses("details", form, allowed.size > 0)) {
    let schema = spec.schema;
    if (name === "feeChoice") schema = schema.refine((v) => allowed.has(String(v)), { error: "errors.choose" });
    shape[name] = isOptional && !isOptionalField(spec) ? z.preprocess(emptyToUndefined, schema.optional()) : schema;
  }
  const check = DETAILS_CHECKS[form.kind];
  const object = z.object(shape) as z.ZodType<DetailsStepInput, Record<string, unknown>>;
  return check ? object.superRefine(check) : object;
}

export type PersonalStepInput = z.output<typeof personalStepSchema>;
export type PassportStepInput = z.output<typeof passportStepSchema>;
export type AddressStepInput = z.output<typeof addressStepSchema>;
/** Procedure-specific answers: keys depend on the procedure's DetailsKind. */
export type DetailsStepInput = Record<string, string | undefined>;

/** Everything the applicant answered, as stored with the application (keyed by step id). */
export type ApplicationAnswers = {
  personal: PersonalStepInput;
  passport: PassportStepInput;
  address: AddressStepInput;
  details: DetailsStepInput;
};
