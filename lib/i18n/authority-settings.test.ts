import { describe, expect, it } from "vitest";
import { AUTHORITY_TIME_ZONE } from "@/lib/dates";
import { AUTHORITY_REGION, intlLocale } from "./config";

// Both come from the institution's data (lib/authority.ts); the shipped institution is Mexico's.
describe("the authority's region and time zone", () => {
  it("are the shipped institution's country and time zone", () => {
    expect(AUTHORITY_REGION).toBe("MX");
    expect(AUTHORITY_TIME_ZONE).toBe("America/Mexico_City");
  });

  it("give Intl the language in the authority's region", () => {
    expect(intlLocale("es")).toBe("es-MX");
    expect(intlLocale("en")).toBe("en-MX");
  });
});
