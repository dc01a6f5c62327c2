import type { LocalizedText } from "@/lib/i18n/localize";

/**
 * The 32 federal entities of Mexico. `code` is the two-letter key the CURP uses for the place of birth
 * (RENAPO), which the forms also use as the value of the state field.
 */
export const MEXICAN_STATES = [
  { code: "AS", name: "Aguascalientes" },
  { code: "BC", name: "Baja California" },
  { code: "BS", name: "Baja California Sur" },
  { code: "CC", name: "Campeche" },
  { code: "CL", name: "Coahuila" },
  { code: "CM", name: "Colima" },
  { code: "CS", name: "Chiapas" },
  { code: "CH", name: "Chihuahua" },
  { code: "DF", name: "Ciudad de México" },
  { code: "DG", name: "Durango" },
  { code: "GT", name: "Guanajuato" },
  { code: "GR", name: "Guerrero" },
  { code: "HG", name: "Hidalgo" },
  { code: "JC", name: "Jalisco" },
  { code: "MC", name: "Estado de México" },
  { code: "MN", name: "Michoacán" },
  { code: "MS", name: "Morelos" },
  { code: "NT", name: "Nayarit" },
  { code: "NL", name: "Nuevo León" },
  { code: "OC", name: "Oaxaca" },
  { code: "PL", name: "Puebla" },
  { code: "QT", name: "Querétaro" },
  { code: "QR", name: "Quintana Roo" },
  { code: "SP", name: "San Luis Potosí" },
  { code: "SL", name: "Sinaloa" },
  { code: "SR", name: "Sonora" },
  { code: "TC", name: "Tabasco" },
  { code: "TS", name: "Tamaulipas" },
  { code: "TL", name: "Tlaxcala" },
  { code: "VZ", name: "Veracruz" },
  { code: "YN", name: "Yucatán" },
  { code: "ZS", name: "Zacatecas" },
] as const;

export type MexicanStateCode = (typeof MEXICAN_STATES)[number]["code"];
export const MEXICAN_STATE_CODES = MEXICAN_STATES.map((s) => s.code) as unknown as [
  MexicanStateCode,
  ...MexicanStateCode[],
];

/** State names are proper nouns, the same in every language. */
export function stateName(code: string): string {
  return MEXICAN_STATES.find((s) => s.code === code)?.name ?? code;
}

export type { LocalizedText };
