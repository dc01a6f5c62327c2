import { describe, expect, it } from "vitest";
import { conditionFields, conditionSchema, evaluateCondition, type Condition } from "./conditions";
import { describeCondition } from "./describe-condition";

const groups = { "visitante-regional": ["GT", "BZ", "SV", "HN"] };
const minor: Condition = { field: "age", op: "lt", value: 18 };
const spouseOfMexican: Condition = {
  all: [
    { field: "relationship", op: "in", value: ["spouse", "common_law_partner"] },
    { field: "sponsorStatus", op: "in", value: ["national", "national_by_birth"] },
  ],
};

describe("evaluateCondition", () => {
  it("compares age on the filing date: under 18 is true at 17, false at 18", () => {
    expect(evaluateCondition(minor, { age: 17 })).toBe(true);
    expect(evaluateCondition(minor, { age: 18 })).toBe(false);
    expect(evaluateCondition({ field: "age", op: "gte", value: 16 }, { age: 16 })).toBe(true);
    expect(evaluateCondition({ field: "age", op: "gt", value: 16 }, { age: 16 })).toBe(false);
    expect(evaluateCondition({ field: "age", op: "lte", value: 2 }, { age: 2 })).toBe(true);
    expect(evaluateCondition({ field: "age", op: "eq", value: 3 }, { age: 4 })).toBe(false);
  });

  it("answers 'unknown' (null) when the fact was not given, and the empty condition always holds", () => {
    expect(evaluateCondition(minor, {})).toBeNull();
    expect(evaluateCondition(minor, { age: null })).toBeNull();
    expect(evaluateCondition(null, {})).toBe(true);
  });

  it("matches a nationality by code and by named group of the institution", () => {
    expect(evaluateCondition({ field: "nationality", op: "in", value: ["GT"] }, { nationality: "GT" })).toBe(true);
    expect(
      evaluateCondition(
        { field: "nationality", op: "inGroup", value: "visitante-regional" },
        { nationality: "HN" },
        groups,
      ),
    ).toBe(true);
    expect(
      evaluateCondition(
        { field: "nationality", op: "inGroup", value: "visitante-regional" },
        { nationality: "NI" },
        groups,
      ),
    ).toBe(false);
    expect(() =>
      evaluateCondition({ field: "nationality", op: "inGroup", value: "nope" }, { nationality: "NI" }, groups),
    ).toThrow(/nope/);
  });

  it("combines with all / any / not in three-valued logic", () => {
    expect(evaluateCondition(spouseOfMexican, { relationship: "spouse", sponsorStatus: "national" })).toBe(true);
    expect(evaluateCondition(spouseOfMexican, { relationship: "child", sponsorStatus: "national" })).toBe(false);
    // false wins in "all" even when the other fact is unknown
    expect(evaluateCondition(spouseOfMexican, { relationship: "child" })).toBe(false);
    expect(evaluateCondition(spouseOfMexican, { relationship: "spouse" })).toBeNull();
    const either: Condition = { any: [minor, { field: "currentStatus", op: "in", value: ["humanitarian_visitor"] }] };
    expect(evaluateCondition(either, { age: 40 })).toBeNull();
    expect(evaluateCondition(either, { currentStatus: "humanitarian_visitor" })).toBe(true);
    expect(evaluateCondition(either, { age: 40, currentStatus: "temporary_resident" })).toBe(false);
    expect(evaluateCondition({ not: minor }, { age: 30 })).toBe(true);
    expect(evaluateCondition({ not: minor }, {})).toBeNull();
  });

  it("reads route and document origin", () => {
    expect(evaluateCondition({ field: "route", op: "in", value: ["pensionado"] }, { route: "pensionado" })).toBe(true);
    expect(
      evaluateCondition({ field: "documentIssued", op: "in", value: ["abroad"] }, { documentIssued: "domestic" }),
    ).toBe(false);
  });

  it("lists the facts a condition needs", () => {
    expect([...conditionFields({ all: [minor, { not: spouseOfMexican }] })].sort()).toEqual([
      "age",
      "relationship",
      "sponsorStatus",
    ]);
  });
});

describe("conditionSchema", () => {
  it("accepts nested conditions and rejects an unknown field, operator or value", () => {
    expect(conditionSchema.safeParse({ any: [minor, { not: spouseOfMexican }] }).success).toBe(true);
    expect(conditionSchema.safeParse({ field: "income", op: "gt", value: 1 }).success).toBe(false);
    expect(conditionSchema.safeParse({ field: "age", op: "between", value: 1 }).success).toBe(false);
    expect(conditionSchema.safeParse({ field: "relationship", op: "in", value: ["cousin"] }).success).toBe(false);
    expect(conditionSchema.safeParse({ field: "nationality", op: "in", value: ["Guatemala"] }).success).toBe(false);
    expect(conditionSchema.safeParse({ field: "age", op: "lt", value: 18, extra: true }).success).toBe(false);
    expect(conditionSchema.safeParse({ all: [] }).success).toBe(false);
  });
});

describe("describeCondition", () => {
  it("says the condition in words, in Spanish and English", () => {
    expect(describeCondition(minor, "es")).toBe("Solo si tiene menos de 18 años.");
    expect(describeCondition(minor, "en")).toBe("Only if you are under 18.");
    expect(describeCondition(spouseOfMexican, "en")).toBe(
      "Only if you are the spouse or common-law partner of your sponsor and your sponsor is a Mexican citizen or a Mexican citizen by birth.",
    );
    expect(
      describeCondition({ field: "nationality", op: "inGroup", value: "visitante-regional" }, "es", {
        nationalityGroups: {
          "visitante-regional": { name: { es: "Guatemala, Belice, El Salvador u Honduras", en: "x" } },
        },
      }),
    ).toBe("Solo si su nacionalidad es de Guatemala, Belice, El Salvador u Honduras.");
    expect(
      describeCondition({ field: "route", op: "in", value: ["cuatro-anos"] }, "es", {
        routes: [{ id: "cuatro-anos", name: { es: "cuatro años como residente temporal", en: "x" } }],
      }),
    ).toBe("Solo si solicita por la vía «cuatro años como residente temporal».");
  });
});
