import QRCode from "qrcode";

/**
 * Posters use error correction H (about 30 % of the code can be dirty, torn or covered and it still
 * reads) and a 4-module quiet zone, the margin the QR standard asks for.
 */
export const POSTER_QR_LEVEL = "H";
export const QUIET_ZONE = 4;

/** One SVG path ("M x y h1 v1 h-1 z" per dark module, runs merged per row) for the modules of a QR code. */
export function qrPathData(url: string): { size: number; d: string } {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: POSTER_QR_LEVEL });
  const size = modules.size;
  const parts: string[] = [];
  for (let y = 0; y < size; y += 1) {
    let x = 0;
    while (x < size) {
      if (!modules.get(y, x)) {
        x += 1;
        continue;
      }
      let run = 1;
      while (x + run < size && modules.get(y, x + run)) run += 1;
      parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`);
      x += run;
    }
  }
  return { size: size + 2 * QUIET_ZONE, d: parts.join("") };
}

/** The QR code alone as a scalable SVG document (black on white, quiet zone included), for print shops. */
export function qrSvg(url: string): string {
  const { size, d } = qrPathData(url);
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 10}" height="${size * 10}" shape-rendering="crispEdges" role="img"><title>${url.replace(/[<&]/g, "")}</title><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>
`;
}

/** The QR code alone as a PNG, 16 px per module (about 10 cm at 300 dpi for a short URL). */
export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, {
    type: "png",
    errorCorrectionLevel: POSTER_QR_LEVEL,
    margin: QUIET_ZONE,
    scale: 16,
    color: { dark: "#000000", light: "#ffffff" },
  });
}

/** "https://ventanilla.example/q/k7m4qxp" → "ventanilla.example/q/k7m4qxp": what people type from the poster. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, "").replace(/\/$/, "");
}
