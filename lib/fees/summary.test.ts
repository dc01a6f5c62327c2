import { describe, expect, it } from "vitest";
import { summarizeCost } from "./summary";

describe("summarizeCost", () => {
  it("calls a procedure free only when every fee is zero", () => {
    expect(summarizeCost([{ payment: 1, amountCentavos: 0 }])).toEqual({ kind: "free" });
    expect(
      summarizeCost([
        { payment: 1, amountCentavos: 0 },
        { payment: 2, amountCentavos: null },
      ]),
    ).toMatchObject({ kind: "unknown" });
  });
  it("treats fees of one payment as alternatives: 1 to 4 years of residence", () => {
    const years = [1114100, 1669300, 2114300, 2505800].map((amountCentavos) => ({ payment: 1, amountCentavos }));
    expect(summarizeCost(years)).toEqual({
      kind: "amount",
      minCentavos: 1114100,
      maxCentavos: 2505800,
      hasUnknown: false,
    });
  });
  it("adds successive payments and reports the ones without an amount", () => {
    const fees = [
      { payment: 1, amountCentavos: 170200 },
      { payment: 2, amountCentavos: null },
      { payment: 3, amountCentavos: 1114100 },
      { payment: 3, amountCentavos: 2505800 },
    ];
    expect(summarizeCost(fees)).toEqual({
      kind: "amount",
      minCentavos: 1284300,
      maxCentavos: 2676000,
      hasUnknown: true,
    });
  });
  it("says unknown, never zero, when no amount is known", () => {
    expect(summarizeCost([{ payment: 1, amountCentavos: null }])).toEqual({ kind: "unknown" });
    expect(summarizeCost([])).toEqual({ kind: "unknown" });
  });
});
