/**
 * Names from every corner of the world on a Mexican form: the request form accepts Latin script with
 * any accent (lib/text.ts `isLatinScriptText`, the passport's transliteration) and refuses CJK or
 * Arabic with a clear message; the PDFs' embedded font must then print every character the form lets
 * through, at the longest lengths the form allows.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { afterAll, describe, expect, it } from "vitest";
import { detailsStepSchema, personalStepSchema } from "@/lib/applications/fields";
import { isLatinScriptText } from "@/lib/text";
import { makeApplicationView } from "@/tests/factories/application-view";
import { FONT_FAMILY, prepareFonts } from "./fonts";
import { renderApplicationDocument } from "./render";

const dir = mkdtempSync(path.join(os.tmpdir(), "ventanilla-scripts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfText(bytes: Buffer): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  // NFC: pdftotext may hand back "ễ" as "ê" + a combining tilde, the same text to a reader.
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).normalize("NFC").replace(/\s+/g, " ");
}

const personal = {
  givenNames: "Ánh",
  firstSurname: "Nguyễn",
  secondSurname: "",
  sex: "F",
  birthDate: "1990-05-17",
  birthCountry: "VN",
  nationality: "VN",
  curp: "",
};
const errorsOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("names in other scripts", () => {
  it("accepts Vietnamese, Turkish and Icelandic letters as typed", () => {
    for (const name of ["Nguyễn Thị Ánh", "Çağlar Şükrü", "Þórunn Guðmundsdóttir", "O'Brien-Müller"]) {
      expect(personalStepSchema.safeParse({ ...personal, givenNames: name }).error?.issues ?? [], name).toEqual([]);
    }
  });

  it("refuses Chinese, Japanese, Korean and Arabic with a message asking for the passport's Latin spelling", () => {
    for (const name of ["王小明", "山田太郎", "김민준", "محمد", "Wang 小明"]) {
      expect(errorsOf(personalStepSchema.safeParse({ ...personal, givenNames: name })), name).toEqual({
        givenNames: "errors.latinScript",
      });
    }
    expect(
      errorsOf(
        detailsStepSchema({ kind: "humanitarian" }).safeParse({
          humanitarianReason: "health",
          reasonDescription: "需要治疗\n请帮助",
        }),
      ),
    ).toEqual({
      reasonDescription: "errors.latinScript",
    });
  });

  it("the PDF font has a glyph for every character the form accepts, in both weights", async () => {
    await prepareFonts();
    for (const fontWeight of [400, 700] as const) {
      const font = Font.getFont({ fontFamily: FONT_FAMILY, fontWeight, fontStyle: "normal" }).data as unknown as {
        characterSet: number[];
      };
      const has = new Set(font.characterSet);
      const missing: string[] = [];
      for (let codePoint = 0x20; codePoint <= 0xffff; codePoint += 1) {
        if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
        if (isLatinScriptText(String.fromCodePoint(codePoint)) && !has.has(codePoint))
          missing.push(`U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`);
      }
      expect(missing, `weight ${fontWeight}`).toEqual([]);
    }
  });

  it("prints Vietnamese names and the longest answers the form allows, and every letter comes back from the PDF", async () => {
    // Names at the 80-character limit, and a 2,000-character description: words a person could type.
    const longest = {
      givenNames: "Nguyễn Thị Ánh Hồng Phượng Quỳnh Trâm Diễm Kiều Oanh Thư Ngọc Bích Tuyết Lệ Hằng",
      firstSurname: "Trần Đặng Võ Huỳnh Phạm Hoàng Phan Vũ Đỗ Bùi Hồ Ngô Dương Lý Lưu Trịnh Đinh Mạc",
      secondSurname: "Ñúñez Øvergård Çelebi Łukasiewicz Šťastný Ærøskøbing Ðorđević Œuvray Żółkiewska",
    };
    for (const value of Object.values(longest)) expect(value.length, value).toBeLessThanOrEqual(80);
    expect(
      longest.givenNames.length + longest.firstSurname.length + longest.secondSurname.length,
    ).toBeGreaterThanOrEqual(3 * 78);
    expect(personalStepSchema.safeParse({ ...personal, ...longest }).error?.issues ?? []).toEqual([]);
    const reasonDescription = `Solicito protección. ${"Ação çà Nguyễn ".repeat(200)}`.slice(0, 2000);
    expect(reasonDescription).toHaveLength(2000);
    const view = makeApplicationView({
      slug: "visa-por-razones-humanitarias",
      answers: { personal: longest, details: { reasonDescription } },
    });
    const text = pdfText(await renderApplicationDocument("solicitud", view, "A4"));
    for (const value of Object.values(longest)) expect(text).toContain(value);
    expect(text).toContain(reasonDescription.trim().replace(/\s+/g, " "));
  });
});
