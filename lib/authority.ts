/**
 * The authority that runs the portal, as its catalogue data says (prisma/catalogue/institution.json): its
 * names, country, time zone, the country's administrative divisions, its national ID and the form fees are
 * paid with. Nothing national is written in code: another migration authority loads its own institution.json.
 *
 * Read here, once and synchronously, because formatting, "today", the request form's checks (also in the
 * browser) and the PDFs need it everywhere. The seed and `npx tsx prisma/catalogue/validate.ts` check the
 * file against institutionSchema (prisma/catalogue/schema.ts) before anything is published.
 *
 * The functions below take the profile as an argument (defaulting to the shipped one) so a test can show
 * that what the portal says comes from the data.
 */
import institution from "@/prisma/catalogue/institution.json";
import type { Locale } from "@/lib/i18n/config";
import type { LocalizedText } from "@/lib/i18n/localize";

/** One administrative division (a state): its code is the value stored in answers and in offices.json. */
export type Division = { code: string; name: string; aliases?: string[] };

/** The country's personal ID as the request form asks it; `check` names an algorithm of lib/applications/national-id.ts. */
export type NationalIdRule = {
  label: LocalizedText;
  name: LocalizedText;
  /** Whether the request form asks for it (always optional: not every foreign person has one). */
  asked: boolean;
  maxLength: number;
  /** The whole format, as a regular expression over the upper-cased value without spaces or dashes. */
  pattern: string;
  example: string;
  /** The check algorithm beyond the pattern (check digit, agreement with birth date and sex); null = pattern only. */
  check: string | null;
};

/** The official form fees are paid with (its name, the payment scheme, what the bank needs from it). */
export type PaymentForm = {
  name: LocalizedText;
  shortName: LocalizedText;
  /** The payment scheme's name, which the portal's own reference must not be confused with. */
  scheme: string;
  /** What the form carries that the bank needs, as a noun phrase with its article. */
  bankKeys: LocalizedText;
};

export type AuthorityProfile = {
  code: string;
  /** The institution's own id among rules.authorities (the first one listed): who resolves by default. */
  authorityId: string;
  name: LocalizedText;
  shortName: LocalizedText;
  /** ISO 3166-1 alpha-2. */
  country: string;
  countryName: LocalizedText;
  /** The adjective of its nationals ("mexicana" / "Mexican"). */
  nationality: LocalizedText;
  /** IANA time zone in which the authority's days begin and end. */
  timeZone: string;
  /** How texts name the time zone ("hora del centro de México"). */
  timeZoneName: LocalizedText;
  currency: string;
  divisions: { name: LocalizedText; items: Division[] };
  nationalId: NationalIdRule | null;
  postalCode: { pattern: string; maxLength: number; example: string; numeric: boolean };
  paymentForm: PaymentForm;
};

const { rules } = institution;

/** The shipped institution's profile. */
export const AUTHORITY: AuthorityProfile = {
  code: institution.code,
  authorityId: rules.authorities[0]!.id,
  name: institution.name,
  shortName: institution.shortName,
  country: institution.country,
  countryName: rules.countryName,
  nationality: rules.nationality,
  timeZone: institution.timeZone,
  timeZoneName: institution.timeZoneName,
  currency: institution.currency,
  divisions: rules.divisions,
  nationalId: rules.nationalId ?? null,
  postalCode: rules.postalCode,
  paymentForm: rules.paymentForm,
};

/** Codes of the administrative divisions, in the data's order. */
export function divisionCodes(profile: AuthorityProfile = AUTHORITY): string[] {
  return profile.divisions.items.map((d) => d.code);
}

/** The name of a division (proper nouns, the same in every language); an unknown code is shown as is. */
export function divisionName(code: string, profile: AuthorityProfile = AUTHORITY): string {
  return profile.divisions.items.find((d) => d.code === code)?.name ?? code;
}

/**
 * The values the message files refer to as `{@name}` (lib/i18n/messages.ts fills them when it loads a
 * catalogue): who the authority is, its country, its national ID and its payment form, in one language.
 */
export function institutionPlaceholders(locale: Locale, profile: AuthorityProfile = AUTHORITY): Record<string, string> {
  const pick = (text: LocalizedText) => text[locale] ?? text.es;
  const id = profile.nationalId;
  return {
    authority: pick(profile.shortName),
    timeZoneName: pick(profile.timeZoneName),
    authorityName: pick(profile.name),
    country: pick(profile.countryName),
    nationality: pick(profile.nationality),
    division: pick(profile.divisions.name),
    nationalId: id ? pick(id.label) : "",
    nationalIdName: id ? pick(id.name) : "",
    nationalIdExample: id?.example ?? "",
    nationalIdLength: id ? String(id.maxLength) : "",
    postalCodeExample: profile.postalCode.example,
    paymentForm: pick(profile.paymentForm.name),
    paymentFormShort: pick(profile.paymentForm.shortName),
    paymentScheme: profile.paymentForm.scheme,
    paymentKeys: pick(profile.paymentForm.bankKeys),
  };
}

/** Replaces every `{@name}` of a text with the institution's value; an unknown name stays visible. */
export function fillInstitution(text: string, values: Record<string, string>): string {
  return text.replace(/\{@(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
