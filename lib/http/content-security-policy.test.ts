import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  newNonce,
  nonceContentSecurityPolicy,
  PER_REQUEST_PATH,
  STATIC_CONTENT_SECURITY_POLICY,
  STATIC_POLICY_SOURCE,
} from "./content-security-policy";

const perRequest = [
  "/es/personal",
  "/en/personal/solicitudes/VT-1",
  "/es/seguimiento",
  "/es/seguimiento/estado",
  "/en/solicitudes/X/solicitud.pdf",
  "/es/tramites/visa/solicitud",
  "/es/tramites/visa/solicitud/pasaporte",
];
const cached = [
  "/",
  "/es",
  "/es/tramites",
  "/es/tramites/visa",
  "/es/oficinas/x",
  "/es/personalizado",
  "/api/v1/seguimiento",
  "/es/estadisticas",
];

describe("content security policy", () => {
  it("per-request pages allow only nonce-carrying scripts, never inline script", () => {
    const policy = nonceContentSecurityPolicy("abc123");
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe-inline");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("draws a new 128-bit nonce each time", () => {
    const a = newNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });

  it("sorts paths into per-request and cached the same way in proxy.ts and next.config.ts", () => {
    const staticSource = new RegExp(`^/${STATIC_POLICY_SOURCE.slice("/:path(".length, -1)}$`);
    for (const p of perRequest) {
      expect(PER_REQUEST_PATH.test(p), p).toBe(true);
      expect(staticSource.test(p), p).toBe(false);
    }
    for (const p of cached) {
      expect(PER_REQUEST_PATH.test(p), p).toBe(false);
      expect(staticSource.test(p), p).toBe(true);
    }
    expect(STATIC_CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'unsafe-inline'");
  });

  it("proxy.ts runs on every per-request path", () => {
    const source = readFileSync(path.resolve(__dirname, "../../proxy.ts"), "utf8");
    expect(source).toContain('"/:locale(es|en)/:section(personal|seguimiento|solicitudes)/:path*"');
    expect(source).toContain('"/:locale(es|en)/tramites/:slug/solicitud/:path*"');
  });
});
