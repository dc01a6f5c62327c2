import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks, writes booleans and empty cells, starts with a BOM", () => {
    const csv = toCsv(
      ["a", "b", "c", "d"],
      [
        ["Sí, útil", 'dijo "hola"', true, null],
        ["línea\nnueva", 80.5, false, undefined],
      ],
    );
    expect(csv).toBe('\uFEFFa,b,c,d\r\n"Sí, útil","dijo ""hola""",yes,\r\n"línea\nnueva",80.5,no,\r\n');
  });

  it("neutralises text that a spreadsheet would run as a formula, not negative numbers", () => {
    expect(toCsv(["x"], [['=HYPERLINK("http://evil")'], ["@SUM(A1)"], ["+52 55"], [-3]])).toBe(
      '\uFEFFx\r\n"\'=HYPERLINK(""http://evil"")"\r\n\'@SUM(A1)\r\n\'+52 55\r\n-3\r\n',
    );
  });
});
