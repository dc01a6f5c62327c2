/**
 * The counter poster, rendered and then read the way a phone would: rasterised (pdftoppm) and decoded
 * by a real QR decoder (zbarimg, Debian's zbar-tools, installed by .ci/run). Also its text and page size.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { qrPng } from "@/lib/posters/qr";
import { renderPoster } from "./render";

const dir = mkdtempSync(path.join(os.tmpdir(), "ventanilla-poster-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const url = "https://ventanilla.example/q/k7m4qxp";
const content = {
  url,
  subject: { es: "Renovación de documento migratorio", en: "Renewal of an immigration document" },
  office: { es: "Oficina de Representación del INM en Jalisco", en: "INM Representation Office in Jalisco" },
  institution: "Instituto Nacional de Migración",
};

/** What zbarimg reads in an image: one "QR-Code:<text>" line per code found. */
function decodeQr(image: string): string[] {
  return execFileSync("zbarimg", ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", image], { encoding: "utf8" })
    .trim()
    .split("\n")
    .filter(Boolean);
}

describe("counter poster", () => {
  for (const size of ["A4", "A3"] as const) {
    it(`${size}: the printed QR code decodes to the short URL, which is also printed under it`, async () => {
      const file = path.join(dir, `cartel-${size}.pdf`);
      writeFileSync(file, await renderPoster(content, size));
      // 72 dpi: a coarse scan, like a phone camera at arm's length in poor light.
      execFileSync("pdftoppm", ["-r", "72", "-png", "-singlefile", file, path.join(dir, `cartel-${size}`)]);
      expect(decodeQr(path.join(dir, `cartel-${size}.png`))).toEqual([url]);
      const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
      expect(text).toContain("Escanea el código QR");
      expect(text).toContain("Todo lo que necesitas saber sobre tu trámite de regulación en un mismo lugar");
      expect(text).toContain("Scan the QR code");
      expect(text).toContain("Renovación de documento migratorio");
      expect(text).toContain("ventanilla.example/q/k7m4qxp");
      const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
      expect(info).toMatch(
        size === "A4" ? /Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/ : /Page size:\s+841\.\d* x 1190\.\d* pts \(A3\)/,
      );
      expect(info).toMatch(/Pages:\s+1\n/);
    });
  }

  it("the QR code alone as PNG decodes to the short URL", async () => {
    const file = path.join(dir, "qr.png");
    writeFileSync(file, await qrPng(url));
    expect(decodeQr(file)).toEqual([url]);
  });
});
