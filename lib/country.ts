/**
 * The country the authority serves, as its catalogue data says (prisma/catalogue/country.json): its ISO
 * code and name, the adjective of its nationals, the time zone its days count in, its administrative
 * divisions (states), its national ID and its postal code format. Nothing national is written in code.
 *
 * A file of its own, read synchronously, because number and date formatting, "today" and the request
 * form's checks run in the browser too: this small file is what the pages' scripts carry, not the whole
 * institution (holidays, legal instruments, forms: prisma/catalogue/institution.json, lib/authority.ts).
 * The seed and `npx tsx prisma/catalogue/validate.ts` check it against countrySchema first.
 *
 * The functions take the profile as an argument (defaulting to the shipped one) so a test can show that
 * what the portal says comes from the data.
 */
import country from "@/prisma/catalogue/country.json";

/** Text per language; es and en are always present (the same shape as lib/i18n/localize.ts). */
type Texts = { es: string; en: string } & Record<string, string>;

/** One administrative division (a state): its code is the value stored in answers and in offices.json. */
export type Division = { code: string; name: string; aliases?: string[] };

/** The country's personal ID as the request form asks it; `check` names an algorithm of lib/applications/national-id.ts. */
export type NationalIdRule = {
  label: Texts;
  name: Texts;
  /** Whether the request form asks for it (always optional: not every foreign person has one). */
  asked: boolean;
  maxLength: number;
  /** The whole format, as a regular expression over the upper-cased value without spaces or dashes. */
  pattern: string;
  example: string;
  /** The check algorithm beyond the pattern (check digit, agreement with birth date and sex); null = pattern only. */
  check: string | null;
};

export type CountryProfile = {
  /** ISO 3166-1 alpha-2: the region of number and date formats (es-MX). */
  code: string;
  name: Texts;
  /** The adjective of its nationals ("mexicana" / "Mexican"). */
  nationality: Texts;
  /** IANA time zone in which the authority's days begin and end. */
  timeZone: string;
  /** How texts name that time zone ("hora del centro de México"). */
  timeZoneName: Texts;
  divisions: { name: Texts; items: Division[] };
  nationalId: NationalIdRule | null;
  postalCode: { pattern: string; maxLength: number; example: string; numeric: boolean };
};

/** The shipped country's profile. */
export const COUNTRY: CountryProfile = country;

/** Codes of the administrative divisions, in the data's order. */
export function divisionCodes(profile: CountryProfile = COUNTRY): string[] {
  return profile.divisions.items.map((d) => d.code);
}

/** The name of a division (proper nouns, the same in every language); an unknown code is shown as is. */
export function divisionName(code: string, profile: CountryProfile = COUNTRY): string {
  return profile.divisions.items.find((d) => d.code === code)?.name ?? code;
}
