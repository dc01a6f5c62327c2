import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/messages";
import type { FeeDTO } from "@/lib/procedures/types";
import { centavosToPesos, describeFee, formatCost, formatFeeAmount, formatHomeMoney, pesosToCentavos } from "./format";
import { isFree, paymentGroups, summarizeCost } from "./summary";

const es = getTranslator("es");
const en = getTranslator("en");

let position = 0;
function fee(payment: number, amountCentavos: number | null, variant?: string, currency = "MXN"): FeeDTO {
  return {
    position: position++,
    payment,
    concept: { es: "Expedición de la tarjeta", en: "Card issuance" },
    variant: variant ? { es: variant, en: variant } : null,
    amountCentavos,
    currency,
    indexRange: null,
    due: "before_filing",
    appliesWhen: null,
    discounts: [],
    legalRefs: [{ instrument: "lfd", article: "8" }],
    year: 2026,
    legalBasis: "LFD",
    exemptions: null,
    sourceIds: ["s"],
    verify: false,
  };
}

describe("amounts of money", () => {
  it("converts pesos to exact centavos without floating-point drift", () => {
    expect(pesosToCentavos(13578.96)).toBe(1357896);
    expect(pesosToCentavos(0.1 + 0.2)).toBe(30);
    expect(centavosToPesos(1114100)).toBe(11141);
  });
  it("formats Mexican pesos in each language", () => {
    expect(formatHomeMoney(1114100, "es")).toBe("$11,141.00");
    expect(formatHomeMoney(1114100, "en")).toBe("$11,141.00");
    expect(formatHomeMoney(0, "es")).toBe("$0.00");
  });
});

describe("formatFeeAmount", () => {
  it("prints pesos with centavos, 'Sin costo' for zero and never $0 for an unknown amount", () => {
    expect(formatFeeAmount(1114100, es, "es")).toBe("$11,141.00");
    expect(formatFeeAmount(1357896, es, "es")).toBe("$13,578.96");
    expect(formatFeeAmount(0, es, "es")).toBe("Sin costo");
    expect(formatFeeAmount(0, en, "en")).toBe("Free");
    expect(formatFeeAmount(null, es, "es")).toBe("Monto por confirmar");
  });
  it("gives a foreign currency its code and an index range its unit", () => {
    expect(formatFeeAmount({ amountCentavos: 5600, currency: "USD" }, en, "en")).toBe("USD\u00a056.00");
    expect(formatFeeAmount({ amountCentavos: null, indexRange: { min: 20, max: 40, unit: "UMA" } }, es, "es")).toBe(
      "de 20 a 40 UMA",
    );
  });
});

describe("describeFee", () => {
  it("joins concept and variant", () => {
    expect(describeFee(fee(1, 1, "Residente temporal, 1 año"), "es")).toBe(
      "Expedición de la tarjeta — Residente temporal, 1 año",
    );
    expect(describeFee(fee(1, 1), "es")).toBe("Expedición de la tarjeta");
    expect(describeFee(fee(1, 1), "en")).toBe("Card issuance");
  });
});

describe("formatCost: the total the page, the checklist and the PDF print", () => {
  it("adds the known payments and says some are still to confirm (regularisation: study, fine, card)", () => {
    const chosen = [fee(1, null), fee(2, null), fee(3, 1114100, "1 año")];
    expect(formatCost(summarizeCost(chosen), es, "es")).toBe("$11,141.00 más montos por confirmar");
    expect(formatCost(summarizeCost(chosen), en, "en")).toBe("$11,141.00 plus amounts to be confirmed");
    expect(paymentGroups(chosen).map((g) => [g.payment, formatCost(g.cost, es, "es")])).toEqual([
      [1, "Monto por confirmar"],
      [2, "Monto por confirmar"],
      [3, "$11,141.00"],
    ]);
  });
  it("sums several known payments exactly", () => {
    expect(formatCost(summarizeCost([fee(1, 170200), fee(2, 1114100)]), es, "es")).toBe("$12,843.00");
  });
  it("shows a range when the fees still hold alternatives (blank checklist)", () => {
    expect(formatCost(summarizeCost([fee(1, 1114100), fee(1, 2505800)]), es, "es")).toBe(
      "de $11,141.00 a $25,058.00, según su caso",
    );
    expect(formatCost(summarizeCost([fee(1, 1114100), fee(1, 2505800)]), en, "en")).toBe(
      "from $11,141.00 to $25,058.00, depending on your case",
    );
  });
  it("says 'free or up to' when the cheapest alternative costs nothing, never 'from $0.00'", () => {
    const exemptOrCard = [fee(1, 0, "Exento"), fee(1, 2505800, "4 años")];
    expect(formatCost(summarizeCost(exemptOrCard), es, "es")).toBe("sin costo o hasta $25,058.00, según su caso");
    expect(formatCost(summarizeCost(exemptOrCard), en, "en")).toBe("free or up to $25,058.00, depending on your case");
  });
  it("keeps each currency apart and never adds dollars to pesos", () => {
    expect(formatCost(summarizeCost([fee(1, 170200), fee(2, 5600, undefined, "USD")]), es, "es")).toBe(
      "$1,702.00 + USD\u00a056.00",
    );
  });
  it("says free or to be confirmed rather than printing $0", () => {
    expect(formatCost(summarizeCost([fee(1, 0), fee(2, 0)]), es, "es")).toBe("Sin costo");
    expect(formatCost(summarizeCost([fee(1, null)]), en, "en")).toBe("Amount to be confirmed");
    expect(formatCost(summarizeCost([]), es, "es")).toBe("Monto por confirmar");
  });
});

describe("isFree", () => {
  it("calls fees free only when every one is zero, and no fees at all not free", () => {
    expect(isFree([fee(1, 0)])).toBe(true);
    expect(isFree([fee(1, 0), fee(2, null)])).toBe(false);
    expect(isFree([fee(1, 0), fee(1, 100)])).toBe(false);
    expect(isFree([])).toBe(false);
  });
});
