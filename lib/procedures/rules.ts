/**
 * Closed vocabularies of the catalogue's rules (fees, deadlines, holidays) and the legal-citation format.
 * One definition: the catalogue schema validates against these lists and the pages label them from here.
 */
import type { Locale } from "@/lib/i18n/config";
import type { LocalizedText } from "@/lib/i18n/localize";

/** When a payment is made. */
export const FEE_DUE_MOMENTS = ["before_filing", "after_approval", "at_consulate", "when_fined"] as const;
export type FeeDue = (typeof FEE_DUE_MOMENTS)[number];

/** Events a term runs from (or, for "before", up to). */
export const DEADLINE_ANCHORS = [
  "complete_filing",
  "notification",
  "entry",
  "document_expiry",
  "change_of_circumstances",
  "authorisation_notified",
  "consulate_filing",
  "approval",
  "issuance",
] as const;
export type DeadlineAnchor = (typeof DEADLINE_ANCHORS)[number];

export const HOLIDAY_KINDS = ["statutory", "dof_agreement", "office_closure"] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export const FEE_DUE_LABELS: Record<FeeDue, LocalizedText> = {
  before_filing: { es: "Se paga antes de presentar la solicitud", en: "Paid before you file" },
  after_approval: {
    es: "Se paga solo si se aprueba, antes de recoger la tarjeta",
    en: "Paid only if approved, before the card is issued",
  },
  at_consulate: {
    es: "Se paga en el consulado, en moneda local al tipo de cambio del consulado",
    en: "Paid at the consulate, in local currency at the consulate's exchange rate",
  },
  when_fined: { es: "Se paga solo si la autoridad impone la multa", en: "Paid only if the authority imposes the fine" },
};

export const DEADLINE_ANCHOR_LABELS: Record<DeadlineAnchor, LocalizedText> = {
  complete_filing: { es: "la recepción de la solicitud completa", en: "receipt of the complete application" },
  notification: { es: "la notificación", en: "notification" },
  entry: { es: "su entrada a México", en: "your entry into Mexico" },
  document_expiry: { es: "el vencimiento de su documento", en: "the expiry of your document" },
  change_of_circumstances: { es: "el cambio", en: "the change" },
  authorisation_notified: { es: "la notificación de la autorización", en: "notification of the authorisation" },
  consulate_filing: { es: "su comparecencia en el consulado", en: "your appointment at the consulate" },
  approval: { es: "la aprobación", en: "approval" },
  issuance: { es: "la expedición", en: "issuance" },
};

export type LegalRef = {
  instrument: string;
  article?: string;
  fraction?: string;
  inciso?: string;
  paragraph?: string;
  dof?: string;
  url?: string;
  verify?: boolean;
};

/**
 * "LFD art. 8, fr. VI, inc. a) (DOF 2025-11-07)". `abbreviations` maps instrument ids to their short names
 * (institution data); an id without one is printed as is.
 */
export function formatLegalRef(
  ref: LegalRef,
  abbreviations: Record<string, string> = {},
  locale: Locale = "es",
): string {
  const parts: string[] = [abbreviations[ref.instrument] ?? ref.instrument];
  if (ref.article) parts.push(`art. ${ref.article}`);
  if (ref.fraction) parts.push(`fr. ${ref.fraction}`);
  if (ref.inciso) parts.push(`inc. ${ref.inciso})`);
  if (ref.paragraph) parts.push(ref.paragraph);
  const [name, ...rest] = parts;
  let text = rest.length ? `${name} ${rest.join(", ")}` : `${name}`;
  if (ref.dof) text += ` (DOF ${ref.dof})`;
  if (ref.verify) text += locale === "es" ? " [por confirmar]" : " [to be confirmed]";
  return text;
}

/** Citations of several references, joined with "; " (same format as `formatLegalRef`). */
export function formatLegalRefs(
  refs: LegalRef[],
  abbreviations: Record<string, string> = {},
  locale: Locale = "es",
): string {
  return refs.map((r) => formatLegalRef(r, abbreviations, locale)).join("; ");
}

/**
 * Instrument id → short name ("lfd" → "LFD") from the institution's legal instruments, the `abbreviations`
 * that `formatLegalRef` expects; empty when the institution lists none.
 */
export function abbreviationsOf(institution: {
  rules?: { legalInstruments: { id: string; abbreviation: string }[] } | null;
}): Record<string, string> {
  return Object.fromEntries((institution.rules?.legalInstruments ?? []).map((i) => [i.id, i.abbreviation]));
}

/**
 * How the portal prints a filled copy of an official form (institution.json `rules.forms[].layout`): stay =
 * the foreigner applies; visa-authorization = the employer or the relative in Mexico applies for the foreigner;
 * employer-registration = the company; minor-exit = the child, the trip and who authorises it (SAM).
 */
export const FORM_LAYOUTS = ["stay", "visa-authorization", "employer-registration", "minor-exit"] as const;
export type FormLayout = (typeof FORM_LAYOUTS)[number];
