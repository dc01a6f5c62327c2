import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvField, csvRow } from "./csv";

describe("csv", () => {
  it("quotes only what RFC 4180 requires and doubles quotes", () => {
    expect(csvField("Visa")).toBe("Visa");
    expect(csvField('Dijo "sí", luego no')).toBe('"Dijo ""sí"", luego no"');
    expect(csvField("línea 1\nlínea 2")).toBe('"línea 1\nlínea 2"');
    expect(csvField(null)).toBe("");
    expect(csvField(false)).toBe("false");
    expect(csvField(1e21)).toBe("1000000000000000000000");
    expect(csvField(0.25)).toBe("0.25");
  });

  it("round-trips awkward text through a real CSV parser", () => {
    const values = ['a,"b"', "ñandú\r\nsegunda", "", " espacio ", "emoji 🇲🇽"];
    const text = csvRow(values) + csvRow(["x", "y", "z", "w", "v"]);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(parse(text, { relax_column_count: false })).toEqual([values, ["x", "y", "z", "w", "v"]]);
  });

  it("I1: text that a spreadsheet would run as a formula is shown as text; numbers stay numbers", () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect(csvField("+52 55")).toBe("'+52 55");
    expect(csvField("-1+1")).toBe("'-1+1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tx")).toBe("'\tx");
    expect(csvField(-3)).toBe("-3");
    expect(csvField("Visa - trabajo")).toBe("Visa - trabajo");
  });

  it("refuses numbers that have no CSV spelling", () => {
    expect(() => csvField(Number.NaN)).toThrow();
  });
});
