import { describe, expect, it } from "vitest";
import { summarizeCost } from "@/lib/fees/summary";
import { getTranslator } from "@/lib/i18n/messages";
import type { FeeDTO } from "@/lib/procedures/types";
import { describeFee, formatCost, formatFeeAmount, isFreeSelection, paymentGroups } from "./fees";

const t = getTranslator("es");
let position = 0;
function fee(payment: number, amountCentavos: number | null, variant?: string): FeeDTO {
  return {
    position: position++,
    payment,
    concept: { es: "Expedición de la tarjeta", en: "Card issuance" },
    variant: variant ? { es: variant, en: variant } : null,
    amountCentavos,
    currency: "MXN",
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

describe("formatFeeAmount", () => {
  it("prints pesos with centavos, 'Sin costo' for zero and never $0 for an unknown amount", () => {
    expect(formatFeeAmount(1114100, t, "es")).toBe("$11,141.00");
    expect(formatFeeAmount(1357896, t, "es")).toBe("$13,578.96");
    expect(formatFeeAmount(0, t, "es")).toBe("Sin costo");
    expect(formatFeeAmount(null, t, "es")).toBe("Monto por confirmar");
  });
});

describe("describeFee", () => {
  it("joins concept and variant", () => {
    expect(describeFee(fee(1, 1, "Residente temporal, 1 año"), "es")).toBe("Expedición de la tarjeta — Residente temporal, 1 año");
    expect(describeFee(fee(1, 1), "es")).toBe("Expedición de la tarjeta");
  });
});

describe("totals of the chosen fees", () => {
  it("adds the known payments and says some are still to confirm (regularisation: study, fine, card)", () => {
    const chosen = [fee(1, null), fee(2, null), fee(3, 1114100, "1 año")];
    expect(formatCost(summarizeCost(chosen), t, "es")).toBe("$11,141.00 más montos por confirmar");
    expect(paymentGroups(chosen).map((g) => [g.payment, formatCost(g.cost, t, "es")])).toEqual([
      [1, "Monto por confirmar"],
      [2, "Monto por confirmar"],
      [3, "$11,141.00"],
    ]);
  });
  it("sums several known payments exactly", () => {
    expect(formatCost(summarizeCost([fee(1, 170200), fee(2, 1114100)]), t, "es")).toBe("$12,843.00");
  });
  it("shows a range when the fees still hold alternatives (blank checklist)", () => {
    expect(formatCost(summarizeCost([fee(1, 1114100), fee(1, 2505800)]), t, "es")).toBe("de $11,141.00 a $25,058.00, según su caso");
  });
  it("calls a selection free only when every fee is zero", () => {
    expect(isFreeSelection([fee(1, 0)])).toBe(true);
    expect(isFreeSelection([fee(1, 0), fee(2, null)])).toBe(false);
    expect(isFreeSelection([])).toBe(false);
  });
});
