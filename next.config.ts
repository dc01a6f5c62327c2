import type { NextConfig } from "next";
import { CATALOGUE_FRESH_SECONDS } from "./lib/cache/freshness";
import { STATIC_CONTENT_SECURITY_POLICY, STATIC_POLICY_SOURCE } from "./lib/http/content-security-policy";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

const nextConfig: NextConfig = {
  // Tests build into their own folder so they never clobber the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  experimental: {
    // Above the longest form (a few KB) but high enough that a 1 MB string reaches our validation and
    // gets a clear "too long" message instead of the framework's generic error.
    serverActions: { bodySizeLimit: "2mb" },
  },
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The static CSP of cached public pages; per-request pages get a nonce policy from proxy.ts
      // (lib/http/content-security-policy.ts says which is which and why).
      {
        source: STATIC_POLICY_SOURCE,
        headers: [{ key: "Content-Security-Policy", value: STATIC_CONTENT_SECURITY_POLICY }],
      },
      {
        // The back-office and the applicant's status page are personal: never stored by any cache (ASVS 14.3.2).
        // This value replaces what a route handler under these paths sets, so it carries `private` too.
        source: "/:locale(es|en)/personal/:path*",
        headers: [{ key: "Cache-Control", value: "private, no-store" }],
      },
      {
        source: "/:locale(es|en)/personal",
        headers: [{ key: "Cache-Control", value: "private, no-store" }],
      },
      {
        source: "/:locale(es|en)/seguimiento/:path*",
        headers: [{ key: "Cache-Control", value: "private, no-store" }],
      },
      {
        // Application numbers appear in these URLs (review I3): not even the path goes to another site.
        source: "/:locale(es|en)/:section(personal|seguimiento|solicitudes)/:path*",
        headers: [{ key: "Referrer-Policy", value: "same-origin" }],
      },
      // Open-data files: their Content-Type set here, before the route handler runs, is what lets Next's
      // compression gzip them (see lib/open-data/respond.ts). The handler sends the same values.
      {
        source: "/api/v1/datos/:file([a-z0-9-]+\\.csv)",
        headers: [{ key: "Content-Type", value: "text/csv; charset=utf-8; header=present" }],
      },
      {
        source: "/api/v1/datos/:file([a-z0-9-]+\\.json)",
        headers: [{ key: "Content-Type", value: "application/json; charset=utf-8" }],
      },
      {
        // The catalogue list renders per request (it reads ?q= and ?categoria=) but is the same for
        // everyone: shared caches may keep each URL (query included) as long as a catalogue page, so a
        // published or retired procedure shows in the list as soon as on its page.
        source: "/:locale(es|en)/tramites",
        headers: [
          {
            key: "Cache-Control",
            value: `public, max-age=0, s-maxage=${CATALOGUE_FRESH_SECONDS}, stale-while-revalidate=3600`,
          },
        ],
      },
      {
        // The guide's questions and results render per request (the answers are the query string) and are the
        // same for everyone with the same answers; nothing personal is stored. A result's dated deadline moves
        // with "today", so 5 minutes, like the catalogue list.
        source: "/:locale(es|en)/guia/:path*",
        headers: [{ key: "Cache-Control", value: "public, max-age=0, s-maxage=300, stale-while-revalidate=3600" }],
      },
    ];
  },
};

export default nextConfig;
