import { describe, expect, it } from "vitest";
import { castCell, tableSchemaDescriptor, validateTable } from "./table-schema";
import type { DatasetDef } from "./types";

const text = (es: string) => ({ es, en: es });
const dataset: DatasetDef = {
  name: "t",
  group: "statistics",
  title: text("T"),
  description: text("T"),
  missingValues: ["", "suppressed"],
  primaryKey: ["month", "code"],
  fields: [
    { name: "month", type: "yearmonth", title: text("Mes"), description: text("Mes"), constraints: { required: true } },
    {
      name: "code",
      type: "string",
      title: text("Clave"),
      description: text("Clave"),
      constraints: { required: true, enum: ["a", "b"] },
    },
    { name: "count", type: "integer", title: text("N"), description: text("N"), constraints: { minimum: 0 } },
    { name: "share", type: "number", title: text("%"), description: text("%") },
    { name: "flag", type: "boolean", title: text("F"), description: text("F") },
  ],
};
const schema = tableSchemaDescriptor(dataset);

describe("table schema", () => {
  it("casts valid rows and keeps the suppression marker distinct from zero", () => {
    const { rows, errors } = validateTable(
      [
        ["month", "code", "count", "share", "flag"],
        ["2026-01", "a", "0", "12.5", "true"],
        ["2026-01", "b", "suppressed", "", "false"],
      ],
      schema,
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { month: "2026-01", code: "a", count: 0, share: 12.5, flag: true },
      { month: "2026-01", code: "b", count: "suppressed", share: null, flag: false },
    ]);
  });

  it("reports wrong types, enums, minimums, required cells, header and duplicate keys", () => {
    const { errors } = validateTable(
      [
        ["month", "code", "count", "flag", "share"],
        ["2026-13", "c", "-1", "x", "yes"],
        ["2026-01", "a", "1", "1", "true"],
        ["2026-01", "a", "1", "1", "true"],
        ["", "a", "1", "1", "true"],
      ],
      schema,
    );
    expect(errors.join("\n")).toMatch(/header/);
    expect(errors.join("\n")).toMatch(/"2026-13" is not a yearmonth/);
    expect(errors.join("\n")).toMatch(/"c" not in a\|b/);
    expect(errors.join("\n")).toMatch(/-1 < 0/);
    expect(errors.join("\n")).toMatch(/duplicate primary key/);
    expect(errors.join("\n")).toMatch(/month: required/);
  });

  it("rejects impossible dates", () => {
    const field = { ...schema.fields[0]!, type: "date" as const, constraints: undefined };
    expect(castCell(field, "2026-02-28", [""]).ok).toBe(true);
    expect(castCell(field, "2026-02-31", [""]).ok).toBe(false);
    expect(castCell(field, "2026-1-01", [""]).ok).toBe(false);
  });
});
