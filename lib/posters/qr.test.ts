import { describe, expect, it } from "vitest";
import { displayUrl, qrPathData, qrSvg, QUIET_ZONE } from "./qr";

describe("poster QR codes", () => {
  it("draw a vector code with its quiet zone, small enough for a short link (version ≤ 5 at level H)", () => {
    const { size, d } = qrPathData("https://ventanilla.example/q/k7m4qxp");
    expect(size - 2 * QUIET_ZONE).toBeLessThanOrEqual(37);
    expect(d).toMatch(/^M4 4h7v1h-7z/); // the top-left finder pattern starts inside the quiet zone
    expect(qrSvg("https://ventanilla.example/q/k7m4qxp")).toContain(`viewBox="0 0 ${size} ${size}"`);
  });

  it("print the address without the scheme", () => {
    expect(displayUrl("https://ventanilla.example/q/k7m4qxp")).toBe("ventanilla.example/q/k7m4qxp");
  });
});
