import { describe, expect, it } from "vitest";
import { makeCategory, makeProcedure } from "@/tests/factories/procedure";
import { normalizeForSearch, searchProcedures, tokenize } from "./search";

const categories = [makeCategory({ slug: "notificaciones", name: { es: "Notificaciones", en: "Notices" } })];
const address = makeProcedure({
  slug: "notificacion-cambio-de-domicilio",
  categorySlug: "notificaciones",
  title: { es: "Notificación de cambio de domicilio", en: "Notice of change of address" },
  summary: { es: "Avise al INM su nuevo domicilio.", en: "Tell the INM your new address." },
});
const renewal = makeProcedure({
  slug: "renovacion-de-documento-migratorio",
  title: { es: "Renovación de documento migratorio", en: "Renewal of your residence card" },
  summary: { es: "Trámite para renovar su tarjeta de residente.", en: "Renew your residence card." },
});
const exit = makeProcedure({
  slug: "permiso-de-salida-y-regreso",
  title: { es: "Permiso de salida y regreso", en: "Exit and return permit" },
  summary: {
    es: "Salga del país mientras su trámite está en curso.",
    en: "Travel abroad while your application is pending.",
  },
});
const all = [address, renewal, exit];

describe("normalizeForSearch", () => {
  it("ignores accents and case", () => {
    expect(normalizeForSearch("TRÁMITE Notificación")).toBe("tramite notificacion");
  });
  it("turns quotes, %, emoji and SQL into separators", () => {
    expect(normalizeForSearch(`'; DROP TABLE procedure; -- 100% 🎉 "x"`)).toBe("drop table procedure 100 x");
  });
});

describe("tokenize", () => {
  it("drops stop words and duplicates and keeps at most 12 words", () => {
    expect(tokenize("cambio de domicilio de domicilio")).toEqual(["cambio", "domicilio"]);
    expect(tokenize(Array.from({ length: 40 }, (_, i) => `word${i}`).join(" "))).toHaveLength(12);
  });
});

describe("searchProcedures", () => {
  it("finds accented words typed without accents", () => {
    expect(searchProcedures(all, categories, "tramite", "es").map((p) => p.slug)).toEqual([renewal.slug, exit.slug]);
    expect(searchProcedures(all, categories, "renovacion", "es")[0]?.slug).toBe(renewal.slug);
  });
  it("finds the change-of-address notice with 'domicilio', also on the English page", () => {
    expect(searchProcedures(all, categories, "domicilio", "es")[0]?.slug).toBe(address.slug);
    expect(searchProcedures(all, categories, "domicilio", "en")[0]?.slug).toBe(address.slug);
    expect(searchProcedures(all, categories, "address", "en")[0]?.slug).toBe(address.slug);
  });
  it("requires every word to match", () => {
    expect(searchProcedures(all, categories, "permiso domicilio", "es")).toEqual([]);
    expect(searchProcedures(all, categories, "permiso salida", "es").map((p) => p.slug)).toEqual([exit.slug]);
  });
  it("matches plurals against singular titles", () => {
    expect(searchProcedures(all, categories, "permisos", "es").map((p) => p.slug)).toEqual([exit.slug]);
  });
  it("returns everything in catalogue order for an empty or punctuation-only query", () => {
    expect(searchProcedures(all, categories, "", "es")).toEqual(all);
    expect(searchProcedures(all, categories, `"'%;--`, "es")).toEqual(all);
  });
  it("answers odd input without throwing", () => {
    for (const q of ["%", "'", '"', "😀😀", "x".repeat(5000), "1=1; DROP TABLE procedure;--", "\u0000\u202e"]) {
      expect(() => searchProcedures(all, categories, q, "es")).not.toThrow();
    }
  });
});
