/**
 * The authority that runs the portal, as its catalogue data says (prisma/catalogue/institution.json): its
 * names, its currency and the form fees are paid with, plus its country (lib/country.ts). Nothing national
 * is written in code: another migration authority loads its own institution.json and country.json.
 *
 * Server-side: it carries the whole institution file (holidays, legal instruments, forms), so code that
 * also runs in the browser reads lib/country.ts instead. The seed and `npx tsx prisma/catalogue/validate.ts`
 * check the file against institutionSchema (prisma/catalogue/schema.ts) before anything is published.
 */
import institution from "@/prisma/catalogue/institution.json";
import type { Locale } from "@/lib/i18n/config";
import type { LocalizedText } from "@/lib/i18n/localize";
import { COUNTRY, type CountryProfile } from "./country";

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
  currency: string;
  paymentForm: PaymentForm;
  country: CountryProfile;
};

const { rules } = institution;

/** The shipped institution's profile. */
export const AUTHORITY: AuthorityProfile = {
  code: institution.code,
  authorityId: rules.authorities[0]!.id,
  name: institution.name,
  shortName: institution.shortName,
  currency: institution.currency,
  paymentForm: rules.paymentForm,
  country: COUNTRY,
};

/**
 * The values the message files refer to as `{@name}` (lib/i18n/messages.ts fills them when it loads a
 * catalogue): who the authority is, its country, its national ID and its payment form, in one language.
 */
export function institutionPlaceholders(locale: Locale, profile: AuthorityProfile = AUTHORITY): Record<string, string> {
  const pick = (text: LocalizedText) => text[locale] ?? text.es;
  const { country } = profile;
  const id = country.nationalId;
  return {
    authority: pick(profile.shortName),
    authorityName: pick(profile.name),
    country: pick(country.name),
    nationality: pick(country.nationality),
    division: pick(country.divisions.name),
    timeZoneName: pick(country.timeZoneName),
    nationalId: id ? pick(id.label) : "",
    nationalIdName: id ? pick(id.name) : "",
    nationalIdExample: id?.example ?? "",
    nationalIdLength: id ? String(id.maxLength) : "",
    postalCodeExample: country.postalCode.example,
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
