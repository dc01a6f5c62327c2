import { describe, expect, it } from "vitest";
import { assertPublicBaseUrlConfigured, isSecureDeployment, publicOrigin } from "./public-origin";

describe("public address from configuration", () => {
  it("refuses to run production without PUBLIC_BASE_URL, with what to set", () => {
    expect(() => assertPublicBaseUrlConfigured({ NODE_ENV: "production" })).toThrow(
      /PUBLIC_BASE_URL is required in production/,
    );
    expect(() =>
      assertPublicBaseUrlConfigured({ NODE_ENV: "production", PUBLIC_BASE_URL: "https://ventanilla.example" }),
    ).not.toThrow();
    expect(() => assertPublicBaseUrlConfigured({ NODE_ENV: "development" })).not.toThrow();
  });

  it("refuses a value that is not a bare origin", () => {
    for (const bad of [
      "ventanilla.example",
      "ftp://x.example",
      "https://x.example/es",
      "https://u:p@x.example",
      "https://x.example/?a=1",
    ]) {
      expect(() => publicOrigin({ PUBLIC_BASE_URL: bad })).toThrow(/PUBLIC_BASE_URL/);
    }
    expect(publicOrigin({ PUBLIC_BASE_URL: "https://Ventanilla.example/" })).toBe("https://ventanilla.example");
  });

  it("makes cookies Secure exactly when the public address is https", () => {
    expect(isSecureDeployment({ PUBLIC_BASE_URL: "https://ventanilla.example" })).toBe(true);
    expect(isSecureDeployment({ PUBLIC_BASE_URL: "http://localhost:3000" })).toBe(false);
    expect(isSecureDeployment({})).toBe(false);
  });
});
