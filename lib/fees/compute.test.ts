import { describe, expect, it } from "vitest";
import { computeFee, computeFees, indexValueOn, type FeeRule } from "./compute";

const uma = [
  { code: "UMA", value: 113.14, effectiveFrom: "2025-02-01", verify: false },
  { code: "UMA", value: 117.31, effectiveFrom: "2026-02-01", verify: true },
];
let position = 0;
function fee(overrides: Partial<FeeRule>): FeeRule {
  return {
    position: position++,
    payment: 1,
    currency: "MXN",
    amountCentavos: null,
    indexRange: null,
    appliesWhen: null,
    discounts: [],
    verify: false,
    ...overrides,
  };
}
const familyDiscount = {
  percent: 50,
  appliesWhen: { field: "route" as const, op: "in" as const, value: ["unidad-familiar"] },
  verify: false,
};

describe("indexValueOn", () => {
  it("takes the UMA in force on the filing date (it changes every 1 February)", () => {
    expect(indexValueOn(uma, "UMA", "2026-01-31")?.value).toBe(113.14);
    expect(indexValueOn(uma, "UMA", "2026-02-01")?.value).toBe(117.31);
  });
});

describe("computeFee", () => {
  it("turns a 20–40 UMA fine into pesos with the UMA of the filing date", () => {
    const c = computeFee(
      fee({ indexRange: { unit: "UMA", min: 20, max: 40 } }),
      {},
      { indexUnits: uma, onDate: "2026-06-01" },
    );
    // 20 × 117.31 = 2,346.20; 40 × 117.31 = 4,692.40
    expect([c.minCentavos, c.maxCentavos]).toEqual([234620, 469240]);
  });

  it("applies the 50 % family-unity discount only on that route, and keeps it as a possibility when the route is unknown", () => {
    const card = fee({ amountCentavos: 1114100, discounts: [familyDiscount] });
    expect(computeFee(card, { route: "unidad-familiar" }, { onDate: "2026-06-01" })).toMatchObject({
      discountPercent: 50,
      minCentavos: 557050,
      maxCentavos: 557050,
    });
    expect(computeFee(card, { route: "oferta-de-empleo" }, { onDate: "2026-06-01" })).toMatchObject({
      discountPercent: 0,
      minCentavos: 1114100,
    });
    expect(computeFee(card, {}, { onDate: "2026-06-01" })).toMatchObject({
      discountPercent: 0,
      possibleDiscountPercent: 50,
      minCentavos: 557050,
      maxCentavos: 1114100,
    });
  });

  it("never takes off a discount still to be confirmed: it stays a possibility", () => {
    const card = fee({ amountCentavos: 1114100, discounts: [{ ...familyDiscount, verify: true }] });
    expect(computeFee(card, { route: "unidad-familiar" }, { onDate: "2026-06-01" })).toMatchObject({
      discountPercent: 0,
      possibleDiscountPercent: 50,
      minCentavos: 1114100,
      maxCentavos: 1114100,
    });
  });

  it("makes an exemption (100 %) free", () => {
    const card = fee({
      amountCentavos: 1357896,
      discounts: [
        {
          percent: 100,
          appliesWhen: { field: "currentStatus" as const, op: "in" as const, value: ["recognised_refugee" as const] },
          verify: false,
        },
      ],
    });
    expect(computeFee(card, { currentStatus: "recognised_refugee" }, { onDate: "2026-06-01" })).toMatchObject({
      minCentavos: 0,
      maxCentavos: 0,
    });
  });
});

describe("computeFees", () => {
  it("leaves out fees whose condition is false and keeps currencies apart", () => {
    const fees = [
      fee({ payment: 1, amountCentavos: 0 }),
      fee({ payment: 2, currency: "USD", amountCentavos: 5600 }),
      fee({ payment: 3, amountCentavos: 1357896, appliesWhen: { field: "age", op: "lt", value: 18 } }),
    ];
    const adult = computeFees(fees, { age: 30 }, { onDate: "2026-06-01" });
    expect(adult.omitted).toBe(1);
    expect(adult.totals).toEqual([
      { currency: "MXN", minCentavos: 0, maxCentavos: 0, hasUnknown: false, hasConditional: false },
      { currency: "USD", minCentavos: 5600, maxCentavos: 5600, hasUnknown: false, hasConditional: false },
    ]);
    const unknownAge = computeFees(fees, {}, { onDate: "2026-06-01" });
    expect(unknownAge.totals[0]).toEqual({
      currency: "MXN",
      minCentavos: 0,
      maxCentavos: 1357896,
      hasUnknown: false,
      hasConditional: true,
    });
  });

  it("keeps only the chosen alternative of a payment (1–4 years)", () => {
    const years = [1114100, 1669300].map((amountCentavos) => fee({ payment: 1, amountCentavos }));
    const chosen = computeFees(
      years,
      {},
      { onDate: "2026-06-01", choice: { payment: 1, chosenPosition: years[1]!.position } },
    );
    expect(chosen.items.map((i) => i.fee.amountCentavos)).toEqual([1669300]);
    expect(chosen.totals[0]).toMatchObject({ minCentavos: 1669300, maxCentavos: 1669300 });
    const open = computeFees(years, {}, { onDate: "2026-06-01" });
    expect(open.totals[0]).toMatchObject({ minCentavos: 1114100, maxCentavos: 1669300 });
  });
});
