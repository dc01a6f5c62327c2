import { describe, expect, it } from "vitest";
import { pageAlternates } from "./alternates";

describe("pageAlternates", () => {
  it("names the page in its own language, every language and x-default in Spanish", () => {
    expect(pageAlternates("en", "/tramites/renovacion-de-documento-migratorio")).toEqual({
      canonical: "/en/tramites/renovacion-de-documento-migratorio",
      languages: {
        es: "/es/tramites/renovacion-de-documento-migratorio",
        en: "/en/tramites/renovacion-de-documento-migratorio",
        "x-default": "/es/tramites/renovacion-de-documento-migratorio",
      },
    });
  });

  it("gives the home page its language root", () => {
    expect(pageAlternates("es", "")).toEqual({
      canonical: "/es",
      languages: { es: "/es", en: "/en", "x-default": "/es" },
    });
  });
});
