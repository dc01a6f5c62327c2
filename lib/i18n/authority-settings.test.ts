import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUTHORITY_TIME_ZONE } from "@/lib/dates";
import { AUTHORITY_REGION, intlLocale } from "./config";

// The institution's data is the record; the two constants exist so that formatting and "today" work
// without a database read (also in the browser). They must say what the data says.
const institution = JSON.parse(
  readFileSync(path.join(__dirname, "../../prisma/catalogue/institution.json"), "utf8"),
) as { country: string; timeZone: string };

describe("the authority's region and time zone", () => {
  it("are the institution's country and time zone", () => {
    expect(AUTHORITY_REGION).toBe(institution.country);
    expect(AUTHORITY_TIME_ZONE).toBe(institution.timeZone);
  });

  it("give Intl the language in the authority's region", () => {
    expect(intlLocale("es")).toBe("es-MX");
    expect(intlLocale("en")).toBe("en-MX");
  });
});
