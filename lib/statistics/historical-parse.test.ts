import { describe, expect, it } from "vitest";
import { parseHistoricalFile, stateCodeOf, UnreadableFileError } from "./historical-parse";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("historical statistics file", () => {
  it("accepts the bulletin layout with month names, accents, thousands and a BOM", () => {
    const file =
      '\uFEFFAño,Mes,Entidad federativa,Tipo de documento,Documentos emitidos\r\n2010,Enero,Jalisco,Tarjeta de Residente Temporal,"1,234"\r\n2010,2,Ciudad de México,Tarjeta de Residente Permanente,87\r\n';
    const parsed = parseHistoricalFile(bytes(file), "2026-12");
    expect(parsed.rejected).toEqual([]);
    expect(parsed.accepted).toEqual([
      { line: 2, month: "2010-01", stateCode: "JC", documentType: "Tarjeta de Residente Temporal", count: 1234 },
      { line: 3, month: "2010-02", stateCode: "DF", documentType: "Tarjeta de Residente Permanente", count: 87 },
    ]);
  });

  it("rejects each bad line with its number and reason, keeping the good ones", () => {
    const file = [
      "periodo;entidad;tipo_documento;total",
      "2011-03;Nuevo León;Visa;10",
      "2011-13;Nuevo León;Visa;10",
      "2009-12;Nuevo León;Visa;10",
      "2027-01;Nuevo León;Visa;10",
      "2011-03;Atlantis;Visa;10",
      "2011-03;Sonora;;10",
      "2011-03;Sonora;Visa;-4",
      "2011-03;Sonora;Visa;3.5",
      "2011-03;nuevo leon;visa;11",
      "2011-03;Sonora;Visa",
      "# comentario",
      "2011-04;SR;Visa;0",
    ].join("\n");
    const parsed = parseHistoricalFile(bytes(file), "2026-12");
    expect(parsed.accepted.map((r) => [r.line, r.month, r.stateCode, r.count])).toEqual([
      [2, "2011-03", "NL", 10],
      [13, "2011-04", "SR", 0],
    ]);
    expect(parsed.rejected.map((r) => [r.line, r.reason])).toEqual([
      [3, 'periodo "2011-13" is not YYYY-MM'],
      [4, "month 2009-12 is outside 2010-01…2026-12"],
      [5, "month 2027-01 is outside 2010-01…2026-12"],
      [6, 'entidad "Atlantis" is not a state of Mexico'],
      [7, "tipo_documento is empty"],
      [8, 'documentos "-4" is not a whole number ≥ 0'],
      [9, 'documentos "3.5" is not a whole number ≥ 0'],
      [10, "repeats line 2 (same month, state and document type)"],
      [11, "3 columns, the header has 4"],
    ]);
    expect(parsed.rejected[0]?.text).toBe("2011-13;Nuevo León;Visa;10");
  });

  it("reads Windows-1252 files, as some official downloads are", () => {
    const latin1 = Uint8Array.from([
      ..."anio,mes,entidad,tipo,total\n2012,1,Quer".split("").map((c) => c.charCodeAt(0)),
      0xe9,
      ..."taro,Visa,5\n".split("").map((c) => c.charCodeAt(0)),
    ]);
    const parsed = parseHistoricalFile(latin1, "2026-12");
    expect(parsed.encoding).toBe("windows-1252");
    expect(parsed.accepted[0]).toMatchObject({ stateCode: "QT", count: 5 });
  });

  it("refuses a file without the needed columns, importing nothing", () => {
    expect(() => parseHistoricalFile(bytes("fecha,valor\n2012-01,3\n"), "2026-12")).toThrow(UnreadableFileError);
    expect(() => parseHistoricalFile(bytes(""), "2026-12")).toThrow(/empty/);
  });

  it("knows the official long names of states", () => {
    expect(stateCodeOf("Veracruz de Ignacio de la Llave")).toBe("VZ");
    expect(stateCodeOf("MÉXICO")).toBe("MC");
    expect(stateCodeOf("Distrito Federal")).toBe("DF");
  });
});
