import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasValidNationalIdCheck, isNationalIdFormat, nationalIdMismatches } from "@/lib/applications/national-id";
import { fillInstitution, institutionPlaceholders, type AuthorityProfile } from "./authority";
import { divisionCodes, divisionName, type CountryProfile } from "./country";
import esRaw from "./i18n/messages/es.json";
import enRaw from "./i18n/messages/en.json";

/**
 * A made-up authority and country, only for this test: not shipped, not any real institution. "XA" is an
 * ISO 3166 user-assigned code, so it names no country. It has two divisions, a numeric ID without a check
 * algorithm, a postal code with letters and a payment form of its own.
 */
const FICTIONAL_COUNTRY: CountryProfile = {
  code: "XA",
  name: { es: "Ejemplia", en: "Examplia" },
  nationality: { es: "ejemplense", en: "Examplian" },
  timeZone: "America/Guatemala",
  timeZoneName: { es: "hora de Ejemplia", en: "Examplia time" },
  divisions: {
    name: { es: "Departamento", en: "Department" },
    items: [
      { code: "NO", name: "Norte" },
      { code: "SU", name: "Sur", aliases: ["region sur"] },
    ],
  },
  nationalId: {
    label: { es: "NIP", en: "NIP" },
    name: { es: "Número de Identidad Personal", en: "Personal Identity Number" },
    asked: true,
    maxLength: 8,
    pattern: "^\\d{8}$",
    example: "12345678",
    check: null,
  },
  postalCode: { pattern: "^[A-Z]{2}\\d{4}$", maxLength: 6, example: "NO1234", numeric: false },
};

const FICTIONAL: AuthorityProfile = {
  code: "AME",
  authorityId: "ame",
  name: { es: "Autoridad Migratoria de Ejemplo", en: "Example Migration Authority" },
  shortName: { es: "AME", en: "EMA" },
  currency: "XTS",
  paymentForm: {
    name: { es: "boleta de pago PagoNet", en: "PagoNet payment slip" },
    shortName: { es: "boleta", en: "slip" },
    scheme: "PagoNet",
    bankKeys: { es: "el número de boleta", en: "the slip number" },
  },
  country: FICTIONAL_COUNTRY,
};

const raw = (messages: unknown, key: string) =>
  key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;

describe("the institution's data decides what the portal says", () => {
  it("takes the state list from the data", () => {
    expect(divisionCodes(FICTIONAL_COUNTRY)).toEqual(["NO", "SU"]);
    expect(divisionName("SU", FICTIONAL_COUNTRY)).toBe("Sur");
    expect(divisionName("JC", FICTIONAL_COUNTRY)).toBe("JC");
  });

  it("names the authority, its country, its ID and its payment form in the message texts", () => {
    const es = institutionPlaceholders("es", FICTIONAL);
    const en = institutionPlaceholders("en", FICTIONAL);
    expect(fillInstitution(raw(esRaw, "pdf.pago.step1"), es)).toBe(
      "Obtenga la boleta de pago PagoNet de cada pago. La emite la autoridad: descárguela del sitio oficial del AME o pídala en la oficina donde hará su trámite. Trae el número de boleta que el banco necesita.",
    );
    expect(fillInstitution(raw(enRaw, "pdf.pago.step6"), en)).toBe(
      "The reference {reference} only identifies this application in Ventanilla; it is not an PagoNet key and cannot be used to pay.",
    );
    expect(fillInstitution(raw(esRaw, "form.fields.curp.label"), es)).toBe("NIP");
    expect(fillInstitution(raw(enRaw, "form.fields.curp.label"), en)).toBe("NIP (Personal Identity Number)");
    expect(fillInstitution(raw(esRaw, "errors.nationalIdFormat"), es)).toBe(
      "Revise su NIP: tiene 8 caracteres, por ejemplo 12345678",
    );
    expect(fillInstitution(raw(esRaw, "form.fields.state.label"), es)).toBe("Departamento");
    expect(fillInstitution(raw(esRaw, "form.fields.relativeStatus.options.national"), es)).toBe("Persona ejemplense");
    expect(fillInstitution(raw(enRaw, "offices.navLink"), en)).toBe("EMA offices by state");
    expect(fillInstitution(raw(esRaw, "errors.postalCode"), es)).toBe("Revise el código postal, por ejemplo NO1234");
  });

  it("leaves a placeholder it does not know visible", () => {
    expect(fillInstitution("{@nothing} y {name}", institutionPlaceholders("es", FICTIONAL))).toBe(
      "{@nothing} y {name}",
    );
  });

  it("checks the ID with the data's pattern, and with no algorithm when the data names none", () => {
    const rule = FICTIONAL_COUNTRY.nationalId;
    expect(isNationalIdFormat("12345678", rule)).toBe(true);
    expect(isNationalIdFormat("1234567", rule)).toBe(false);
    expect(isNationalIdFormat("GOMA900517HNEXXX02", rule)).toBe(false);
    expect(hasValidNationalIdCheck("87654321", rule)).toBe(true);
    expect(nationalIdMismatches("12345678", { birthDate: "1990-05-17", sex: "F" }, rule)).toEqual([]);
  });

  it("applies the algorithm the data names (the CURP check digit, birth date and sex)", () => {
    const curpRule = {
      ...FICTIONAL_COUNTRY.nationalId!,
      maxLength: 18,
      pattern: "^[A-Z]{4}\\d{6}[HMX][A-Z]{5}[A-Z\\d]\\d$",
    };
    const withCheck = { ...curpRule, check: "curp" };
    // GOMA900517HNEXXX0 → check digit 2 (RENAPO weights 18…2, modulo 10).
    expect(hasValidNationalIdCheck("GOMA900517HNEXXX02", withCheck)).toBe(true);
    expect(hasValidNationalIdCheck("GOMA900517HNEXXX05", withCheck)).toBe(false);
    expect(hasValidNationalIdCheck("GOMA900517HNEXXX05", curpRule)).toBe(true);
    expect(nationalIdMismatches("GOMA900517HNEXXX02", { birthDate: "1990-05-18", sex: "F" }, withCheck)).toEqual([
      "errors.nationalIdBirthDate",
      "errors.nationalIdSex",
    ]);
    expect(nationalIdMismatches("GOMA900517HNEXXX02", { birthDate: "1990-05-17", sex: "M" }, withCheck)).toEqual([]);
  });

  it("asks no ID when the institution has none", () => {
    expect(isNationalIdFormat("12345678", null)).toBe(false);
    expect(
      institutionPlaceholders("es", { ...FICTIONAL, country: { ...FICTIONAL_COUNTRY, nationalId: null } }).nationalId,
    ).toBe("");
  });
});

/** Folders whose code must not name one country's authority, time zone or payment scheme. */
const CODE_ROOTS = ["app", "components", "lib", "prisma/scripts", "prisma/catalogue"];
const FORBIDDEN = [/America\/Mexico_City/, /\bINM\b/, /e5cinco/];

const ROOT = path.join(__dirname, "..");

/** Code files under a folder of the project (paths relative to the project root). */
function codeFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(path.join(ROOT, file)).isDirectory())
      return name === "generated" || name === "procedures" ? [] : codeFiles(file);
    // Tests may name real values; catalogue data (prisma/catalogue/*.json) is where they belong.
    if (/\.test\.tsx?$/.test(name)) return [];
    if (dir === path.join("prisma", "catalogue") && name.endsWith(".json")) return [];
    return /\.(tsx?|mjs|json)$/.test(name) ? [file] : [];
  });
}

describe("code names no country", () => {
  it("keeps the authority's name, time zone and payment scheme out of code and message files", () => {
    const files = CODE_ROOTS.flatMap(codeFiles);
    expect(files).toContain(path.join("lib", "i18n", "messages", "es.json"));
    const offenders = files.flatMap((file) => {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      return FORBIDDEN.filter((re) => re.test(text)).map((re) => `${file}: ${re.source}`);
    });
    expect(offenders).toEqual([]);
  });
});
