import type { LocalizedText } from "@/lib/i18n/localize";

export type { LocalizedText };

/** An office that receives filings, as pages, forms and posters see it. */
export type OfficeDTO = {
  id: number;
  /** Stable; printed on posters. */
  slug: string;
  /** Code of one of the institution's divisions (country.json divisions), e.g. "JC". */
  stateCode: string;
  stateName: string;
  name: LocalizedText;
  city: string;
  /** null while no source gives it; the page then says so. */
  address: string | null;
  postalCode: string | null;
  phone: string | null;
  hours: LocalizedText;
  location: { latitude: number; longitude: number } | null;
  sourceIds: string[];
  /** Some details could not be confirmed in a primary source (`verifyNote` says which). */
  verify: boolean;
  verifyNote: LocalizedText | null;
  position: number;
  /** Slugs of the procedures this office receives, in catalogue order. */
  procedureSlugs: string[];
};

/** Offices of one state, for the directory page. */
export type StateOfficesDTO = { stateCode: string; stateName: string; offices: OfficeDTO[] };
