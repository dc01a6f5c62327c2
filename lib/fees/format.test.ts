import { describe, expect, it } from "vitest";
import { centavosToPesos, formatMxn, pesosToCentavos } from "./format";

describe("fee amounts", () => {
  it("converts pesos to exact centavos without floating-point drift", () => {
    expect(pesosToCentavos(13578.96)).toBe(1357896);
    expect(pesosToCentavos(0.1 + 0.2)).toBe(30);
    expect(centavosToPesos(1114100)).toBe(11141);
  });
  it("formats Mexican pesos in each language", () => {
    expect(formatMxn(1114100, "es")).toBe("$11,141.00");
    expect(formatMxn(1114100, "en")).toBe("$11,141.00");
    expect(formatMxn(0, "es")).toBe("$0.00");
  });
});
