import { describe, expect, it } from "vitest";
import { crossOriginReason, isSameOriginRequest } from "./same-origin";

const request = (headers: Record<string, string>) => new Headers(headers);

describe("the same-origin rule for requests that change something", () => {
  it("accepts a post whose Origin is this site, directly or behind a proxy", () => {
    expect(isSameOriginRequest(request({ origin: "https://ventanilla.example", host: "ventanilla.example" }))).toBe(
      true,
    );
    expect(
      isSameOriginRequest(
        request({ origin: "http://127.0.0.1:3230", host: "127.0.0.1:3230", "sec-fetch-site": "same-origin" }),
      ),
    ).toBe(true);
    expect(
      isSameOriginRequest(
        request({
          origin: "https://ventanilla.example",
          host: "10.0.0.5:3000",
          "x-forwarded-host": "ventanilla.example, inner.proxy",
        }),
      ),
    ).toBe(true);
  });
  it("refuses another site, a port or scheme-less mismatch, and a broken Origin", () => {
    expect(crossOriginReason(request({ origin: "https://evil.example", host: "ventanilla.example" }))).toBe(
      "foreign-origin",
    );
    expect(crossOriginReason(request({ origin: "https://ventanilla.example:8443", host: "ventanilla.example" }))).toBe(
      "foreign-origin",
    );
    expect(crossOriginReason(request({ origin: "not a url", host: "ventanilla.example" }))).toBe("foreign-origin");
    expect(crossOriginReason(request({ origin: "https://ventanilla.example" }))).toBe("foreign-origin");
  });
  it('refuses a missing or "null" Origin, which no browser sends on a same-site POST', () => {
    expect(crossOriginReason(request({ host: "ventanilla.example" }))).toBe("missing-origin");
    expect(crossOriginReason(request({ origin: "null", host: "ventanilla.example" }))).toBe("missing-origin");
  });
  it("refuses what the browser itself marks as cross-site, whatever the Origin says", () => {
    expect(
      crossOriginReason(
        request({ origin: "https://ventanilla.example", host: "ventanilla.example", "sec-fetch-site": "cross-site" }),
      ),
    ).toBe("cross-site");
  });
});
