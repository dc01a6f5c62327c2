import QRCode from "qrcode";

const MAX_CACHED = 200;
const cache = new Map<string, Promise<Buffer>>();

/**
 * A small black-on-white PNG of a QR code for a URL (error correction M, quiet zone included), for
 * the status link printed on the form. Recently used codes are kept: many applications share the
 * same status URL, and the PNG is the only image the documents carry.
 */
export function qrCodePng(url: string): Promise<Buffer> {
  const cached = cache.get(url);
  if (cached) return cached;
  const png = QRCode.toBuffer(url, {
    type: "png",
    errorCorrectionLevel: "M",
    margin: 2,
    scale: 4,
    color: { dark: "#000000", light: "#ffffff" },
  });
  png.catch(() => cache.delete(url));
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(url, png);
  return png;
}
