import { describe, expect, it } from "vitest";
import { isOffered, replacementsOf } from "./offered";

const retired = {
  retired: { on: "2027-01-01", replacedBy: ["canje-b", "gone", "canje-a"], note: { es: "Se unificó.", en: "Merged." } },
};
const catalogue = [
  { slug: "canje-a", title: { es: "Canje A", en: "Exchange A" } },
  { slug: "canje-b", title: { es: "Canje B", en: "Exchange B" } },
];

describe("offered procedures", () => {
  it("a procedure without a retirement is offered, a retired one is not", () => {
    expect(isOffered({ retired: null })).toBe(true);
    expect(isOffered(retired)).toBe(false);
  });

  it("names the replacements in the retirement's order and drops a slug the catalogue no longer has", () => {
    expect(replacementsOf(retired, catalogue)).toEqual([
      { slug: "canje-b", title: { es: "Canje B", en: "Exchange B" } },
      { slug: "canje-a", title: { es: "Canje A", en: "Exchange A" } },
    ]);
    expect(replacementsOf({ retired: null }, catalogue)).toEqual([]);
  });
});
