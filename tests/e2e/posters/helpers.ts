import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Decodes every QR code in an image with zbarimg (zbar-tools), as a phone would. */
export function decodeQr(image: string): string[] {
  return execFileSync("zbarimg", ["--quiet", "--raw", image], { encoding: "utf8" }).trim().split("\n").filter(Boolean);
}

/** Saves downloaded bytes to a temporary file and returns its path. */
export function saveTemp(name: string, bytes: Buffer): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "vt-poster-")), name);
  writeFileSync(file, bytes);
  return file;
}

/** Rasterises page 1 of a PDF (pdftoppm, 72 dpi) and returns the PNG path. */
export function rasterise(pdf: string): string {
  const out = pdf.replace(/\.pdf$/, "");
  execFileSync("pdftoppm", ["-r", "72", "-png", "-singlefile", pdf, out]);
  return `${out}.png`;
}
