import { describe, expect, it } from "vitest";
import { ERROR_TEXTS, localeOfPath } from "./error-texts";
import { getTranslator } from "./messages";

describe("error page texts (review finding I7)", () => {
  it("has the same texts in every language and serves them through the catalogue too", () => {
    expect(Object.keys(ERROR_TEXTS.en).sort()).toEqual(Object.keys(ERROR_TEXTS.es).sort());
    expect(getTranslator("en")("error.title")).toBe("Something went wrong");
    expect(getTranslator("es")("error.retry")).toBe("Intentar de nuevo");
  });

  it("picks the language from the address, Spanish by default", () => {
    expect(localeOfPath("/en/tramites")).toBe("en");
    expect(localeOfPath("/es/seguimiento")).toBe("es");
    expect(localeOfPath("/english")).toBe("es");
    expect(localeOfPath(null)).toBe("es");
  });
});
