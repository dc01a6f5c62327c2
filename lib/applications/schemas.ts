/**
 * One zod schema per step of the request form, shared by react-hook-form in the browser and the
 * server actions (the server is the authority). Messages are translation keys ("errors.required"),
 * translated by the field components. Values arrive as strings from HTML forms.
 */
import { z } from "zod";
import { INVALID_CHARACTERS, isMultiLineText, isSingleLineText, normalizeLineBreaks } from "@/lib/text";
import { isCountryCode } from "@/lib/geo/countries";
import { MEXICAN_STATE_CODES } from "@/lib/geo/mexican-states";
import { curpBirthDate, curpSex, hasValidCurpCheckDigit, isCurpFormat } from "./curp";
import { addDays, isRealDate, todayIn } from "@/lib/dates";
import type { DetailsKind } from "./procedure-forms";

export const FORM_STEPS = ["datos-personales", "pasaporte", "domicilio", "detalles"] as const;
export type FormStep = (typeof FORM_STEPS)[number];

const emptyToUndefined = (value: unknown) => {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
};

/** A required line of text, trimmed, at most `max` characters, without control or format characters (lib/text.ts). */
const text = (max: number) =>
  z.preprocess(
    emptyToUndefined,
    z.string({ error: "errors.required" }).max(max, { error: "errors.tooLong" }).refine(isSingleLineText, { error: INVALID_CHARACTERS }),
  );
const optionalText = (max: number) =>
  z.preprocess(emptyToUndefined, z.string().max(max, { error: "errors.tooLong" }).refine(isSingleLineText, { error: INVALID_CHARACTERS }).optional());
/** Text of a textarea: like `text`, but line breaks (`\n`) are allowed. */
const longText = (max: number) =>
  z.preprocess(
    (v) => emptyToUndefined(normalizeLineBreaks(v)),
    z.string({ error: "errors.required" }).max(max, { error: "errors.tooLong" }).refine(isMultiLineText, { error: INVALID_CHARACTERS }),
  );
const optionalLongText = (max: number) =>
  z.preprocess(
    (v) => emptyToUndefined(normalizeLineBreaks(v)),
    z.string().max(max, { error: "errors.tooLong" }).refine(isMultiLineText, { error: INVALID_CHARACTERS }).optional(),
  );
const upper = (value: unknown) => (typeof value === "string" ? value.replace(/[\s-]/g, "").toUpperCase() : value);

const date = () =>
  z.preprocess(emptyToUndefined, z.string({ error: "errors.required" }).refine(isRealDate, { error: "errors.invalidDate", abort: true }));
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(emptyToUndefined, z.enum(values, { error: "errors.choose" }));
const country = () =>
  z.preprocess(
    (v) => (typeof v === "string" ? emptyToUndefined(v.toUpperCase()) : v),
    z.string({ error: "errors.choose" }).refine(isCountryCode, { error: "errors.country" }),
  );
const state = () => choice(MEXICAN_STATE_CODES);

const today = () => todayIn();

export const SEXES = ["F", "M", "X"] as const;

export const personalStepSchema = z
  .object({
    givenNames: text(80),
    firstSurname: text(80),
    secondSurname: optionalText(80),
    sex: choice(SEXES),
    birthDate: date().refine((d) => d < today(), { error: "errors.birthInFuture" }).refine((d) => d >= "1900-01-01", { error: "errors.birthTooOld" }),
    birthCountry: country(),
    nationality: country(),
    curp: z.preprocess(
      (v) => emptyToUndefined(upper(v)),
      z
        .string()
        .max(18, { error: "errors.curpFormat" })
        .refine(isCurpFormat, { error: "errors.curpFormat", abort: true })
        .refine(hasValidCurpCheckDigit, { error: "errors.curpCheckDigit" })
        .optional(),
    ),
  })
  .superRefine((data, ctx) => {
    if (!data.curp || !isCurpFormat(data.curp)) return;
    if (curpBirthDate(data.curp) !== data.birthDate) ctx.addIssue({ code: "custom", path: ["curp"], message: "errors.curpBirthDate" });
    const sexLetter = { F: "M", M: "H", X: "X" }[data.sex];
    if (curpSex(data.curp) !== sexLetter) ctx.addIssue({ code: "custom", path: ["curp"], message: "errors.curpSex" });
  });

export const MIGRATION_DOCUMENTS = ["none", "temporary-resident", "permanent-resident", "visitor", "fmm", "other"] as const;

export const passportStepSchema = z
  .object({
    passportNumber: z.preprocess(
      (v) => emptyToUndefined(upper(v)),
      z.string({ error: "errors.required" }).regex(/^[A-Z0-9]{5,20}$/, { error: "errors.passportFormat" }),
    ),
    passportCountry: country(),
    passportExpiry: date().refine((d) => d > today(), { error: "errors.passportExpired" }).refine((d) => d <= addDays(today(), 366 * 20), { error: "errors.dateTooFar" }),
    migrationDocument: choice(MIGRATION_DOCUMENTS),
    migrationDocumentNumber: z.preprocess((v) => emptyToUndefined(upper(v)), z.string().max(30, { error: "errors.tooLong" }).regex(/^[A-Z0-9]*$/, { error: "errors.documentNumberFormat" }).optional()),
  })
  .superRefine((data, ctx) => {
    if (data.migrationDocument !== "none" && !data.migrationDocumentNumber) {
      ctx.addIssue({ code: "custom", path: ["migrationDocumentNumber"], message: "errors.required" });
    }
  });

export const addressStepSchema = z.object({
  state: state(),
  municipality: text(80),
  postalCode: z.preprocess(emptyToUndefined, z.string({ error: "errors.required" }).regex(/^\d{5}$/, { error: "errors.postalCode" })),
  neighborhood: optionalText(80),
  street: text(120),
  email: z.preprocess(emptyToUndefined, z.email({ error: "errors.email" }).max(254, { error: "errors.tooLong" })),
  phone: z.preprocess(
    emptyToUndefined,
    z
      .string({ error: "errors.required" })
      .max(25, { error: "errors.phone" })
      .regex(/^\+?[\d\s().-]+$/, { error: "errors.phone" })
      .refine((v) => {
        const digits = v.replace(/\D/g, "").length;
        return digits >= 10 && digits <= 15;
      }, { error: "errors.phone" }),
  ),
});

export const RELATIONSHIPS = ["spouse", "partner", "child", "parent", "sibling"] as const;
export const RELATIVE_STATUSES = ["mexican", "temporary-resident", "permanent-resident"] as const;
export const HUMANITARIAN_REASONS = ["crime-victim", "asylum", "health", "family-emergency", "other"] as const;
export const REPLACEMENT_REASONS = ["lost", "stolen", "damaged"] as const;
export const BORDER_COUNTRIES = ["GT", "BZ", "SV", "HN"] as const;
export const STATUS_CHANGE_BASES = ["four-years", "pensioner", "points", "other"] as const;

/** Options of the fee question: the positions of the fees the applicant may choose between. */
export type FeeChoiceOptions = readonly number[] | null;

function withFeeChoice<T extends z.ZodRawShape>(shape: T, feeOptions: FeeChoiceOptions) {
  if (!feeOptions || feeOptions.length === 0) return z.object(shape);
  const allowed = new Set(feeOptions.map(String));
  return z.object({
    ...shape,
    feeChoice: z.preprocess(emptyToUndefined, z.string({ error: "errors.choose" }).refine((v) => allowed.has(v), { error: "errors.choose" })),
  });
}

const notPast = (d: string) => d >= today();
const notFuture = (d: string) => d <= today();

/**
 * The procedure-specific step. `feeOptions` adds the question "which case applies to you" when the
 * procedure's fees offer alternatives (e.g. 1–4 years of temporary residence).
 */
export function detailsStepSchema(kind: DetailsKind, feeOptions: FeeChoiceOptions = null) {
  switch (kind) {
    case "job-offer":
      return withFeeChoice({ employerName: text(200), employerRegistration: text(40), jobTitle: text(120), consulate: text(120) }, feeOptions);
    case "family":
      return withFeeChoice(
        { relativeName: text(200), relationship: choice(RELATIONSHIPS), relativeStatus: choice(RELATIVE_STATUSES), relativeDocument: optionalText(40) },
        feeOptions,
      );
    case "humanitarian":
      return withFeeChoice({ humanitarianReason: choice(HUMANITARIAN_REASONS), reasonDescription: longText(2000) }, feeOptions);
    case "exit-return":
      return withFeeChoice(
        {
          pendingApplication: text(40),
          travelReason: longText(500),
          departureDate: date().refine(notPast, { error: "errors.dateInPast" }).refine((d) => d <= addDays(today(), 365), { error: "errors.dateTooFar" }),
          returnDate: date(),
        },
        feeOptions,
      ).superRefine((data, ctx) => {
        const { departureDate, returnDate } = data as { departureDate: string; returnDate: string };
        if (returnDate <= departureDate) ctx.addIssue({ code: "custom", path: ["returnDate"], message: "errors.returnBeforeDeparture" });
        else if (returnDate > addDays(departureDate, 60)) ctx.addIssue({ code: "custom", path: ["returnDate"], message: "errors.returnTooLate" });
      });
    case "work-permit":
      return withFeeChoice({ employerName: text(200), employerRegistration: optionalText(40), jobTitle: text(120), workState: state() }, feeOptions);
    case "notification":
      return withFeeChoice({ previousValue: longText(500), newValue: longText(500), changeDate: date().refine(notFuture, { error: "errors.dateInFuture" }) }, feeOptions);
    case "renewal":
      return withFeeChoice({ currentCardExpiry: date().refine((d) => d >= addDays(today(), -365 * 5), { error: "errors.dateTooOld" }) }, feeOptions);
    case "replacement":
      return withFeeChoice({ replacementReason: choice(REPLACEMENT_REASONS), incidentDate: date().refine(notFuture, { error: "errors.dateInFuture" }) }, feeOptions);
    case "border-card":
      return withFeeChoice({ residenceCountry: choice(BORDER_COUNTRIES), employerName: optionalText(200) }, feeOptions);
    case "employer":
      return withFeeChoice(
        {
          companyName: text(200),
          rfc: z.preprocess((v) => emptyToUndefined(upper(v)), z.string({ error: "errors.required" }).regex(/^[A-ZÑ&]{3,4}\d{6}[A-Z\d]{3}$/, { error: "errors.rfcFormat" })),
          activity: text(200),
        },
        feeOptions,
      );
    case "status-change":
      return withFeeChoice({ statusChangeBasis: choice(STATUS_CHANGE_BASES), basisDescription: optionalLongText(1000) }, feeOptions);
    case "expired-document":
      return withFeeChoice({ expiredDocumentNumber: text(30), expiredOn: date().refine(notFuture, { error: "errors.dateInFuture" }) }, feeOptions);
  }
}

export type PersonalStepInput = z.output<typeof personalStepSchema>;
export type PassportStepInput = z.output<typeof passportStepSchema>;
export type AddressStepInput = z.output<typeof addressStepSchema>;
/** Procedure-specific answers: keys depend on the procedure's DetailsKind. */
export type DetailsStepInput = Record<string, string | undefined>;

/** Everything the applicant answered, as stored with the application. */
export type ApplicationAnswers = {
  personal: PersonalStepInput;
  passport: PassportStepInput;
  address: AddressStepInput;
  details: DetailsStepInput;
};

/** Field names of each step, in display order (for the error summary, "check your answers" and the PDF). */
export const STEP_FIELDS: Record<Exclude<FormStep, "detalles">, readonly string[]> = {
  "datos-personales": ["givenNames", "firstSurname", "secondSurname", "sex", "birthDate", "birthCountry", "nationality", "curp"],
  pasaporte: ["passportNumber", "passportCountry", "passportExpiry", "migrationDocument", "migrationDocumentNumber"],
  domicilio: ["state", "municipality", "postalCode", "neighborhood", "street", "email", "phone"],
};

const DETAILS_FIELDS: Record<DetailsKind, readonly string[]> = {
  "job-offer": ["employerName", "employerRegistration", "jobTitle", "consulate"],
  family: ["relativeName", "relationship", "relativeStatus", "relativeDocument"],
  humanitarian: ["humanitarianReason", "reasonDescription"],
  "exit-return": ["pendingApplication", "travelReason", "departureDate", "returnDate"],
  "work-permit": ["employerName", "employerRegistration", "jobTitle", "workState"],
  notification: ["previousValue", "newValue", "changeDate"],
  renewal: ["currentCardExpiry"],
  replacement: ["replacementReason", "incidentDate"],
  "border-card": ["residenceCountry", "employerName"],
  employer: ["companyName", "rfc", "activity"],
  "status-change": ["statusChangeBasis", "basisDescription"],
  "expired-document": ["expiredDocumentNumber", "expiredOn"],
};

/** Field names of the details step for a procedure kind, in display order (the fee question last). */
export function detailsFields(kind: DetailsKind, hasFeeChoice: boolean): string[] {
  return [...DETAILS_FIELDS[kind], ...(hasFeeChoice ? ["feeChoice"] : [])];
}
