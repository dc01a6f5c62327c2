import { describe, expect, it } from "vitest";
import { catalogueSearchSchema, MAX_QUERY_LENGTH } from "./schemas";

describe("catalogueSearchSchema", () => {
  it("accepts a normal search and topic", () => {
    expect(catalogueSearchSchema.parse({ q: "  cambio   de domicilio ", categoria: "notificaciones" })).toEqual({
      q: { query: "cambio de domicilio", truncated: false },
      categoria: "notificaciones",
      oficina: "",
    });
  });
  it("cuts very long input and says so, never rejects it", () => {
    const result = catalogueSearchSchema.parse({ q: "á".repeat(5000) });
    expect(Array.from(result.q.query)).toHaveLength(MAX_QUERY_LENGTH);
    expect(result.q.truncated).toBe(true);
  });
  it("turns repeated parameters, missing values and control characters into a normal search", () => {
    expect(catalogueSearchSchema.parse({ q: ["visa", "otra"], categoria: ["visas"] })).toEqual({
      q: { query: "visa", truncated: false },
      categoria: "visas",
      oficina: "",
    });
    expect(catalogueSearchSchema.parse({})).toEqual({ q: { query: "", truncated: false }, categoria: "", oficina: "" });
    expect(catalogueSearchSchema.parse({ q: "a\u0000b\u001fc" }).q.query).toBe("a b c");
    expect(catalogueSearchSchema.parse({ q: "\ud800x" }).q.query).toBe("\ufffdx");
  });
  it("ignores an absurd topic instead of failing", () => {
    expect(catalogueSearchSchema.parse({ categoria: "x".repeat(500) }).categoria).toBe("");
  });
  it("keeps an office filter and ignores an absurd one", () => {
    expect(catalogueSearchSchema.parse({ oficina: ["jalisco", "x"] }).oficina).toBe("jalisco");
    expect(catalogueSearchSchema.parse({ oficina: "x".repeat(500) }).oficina).toBe("");
  });
});
