/**
 * The Content-Security-Policy, in one place for both kinds of page (review M7, ASVS 3.4.3):
 * - pages rendered per request for one person (back office, status look-up and status page, request
 *   forms, an application's PDFs) get a fresh nonce from proxy.ts and allow only scripts carrying it
 *   (`'strict-dynamic'` lets those load Next's chunks): no `'unsafe-inline'` for scripts;
 * - public pages are pre-rendered once and served from caches (Next's and nginx's) to everyone, so they
 *   cannot carry a per-request nonce; they keep `'unsafe-inline'` for Next's inline bootstrap scripts.
 *   They show only catalogue content and take no personal input besides the feedback buttons.
 */

const common = [
  "default-src 'self'",
  // Tailwind and Next inject style attributes; styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** The policy of the cached public pages (set in next.config.ts). */
export const STATIC_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  ...common.slice(1),
].join("; ");

/** The policy of a page rendered per request, for this request's nonce. `next dev` also needs eval. */
export function nonceContentSecurityPolicy(nonce: string, isDevelopment = false): string {
  const script = `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`;
  return [common[0], script, ...common.slice(1)].join("; ");
}

/**
 * Paths rendered per request for one person, which get the nonce policy. The same list, as a
 * path-to-regexp source, is kept out of the static policy in next.config.ts (a unit test checks both).
 */
export const PER_REQUEST_PATH = /^\/(?:es|en)\/(?:personal|seguimiento|solicitudes|tramites\/[^/]+\/solicitud)(?:\/|$)/;

/** next.config.ts `headers()` source for every path except {@link PER_REQUEST_PATH}. */
export const STATIC_POLICY_SOURCE =
  "/:path((?!(?:es|en)/(?:personal|seguimiento|solicitudes|tramites/[^/]+/solicitud)(?:/|$)).*)";

/** A 128-bit nonce, base64 (Web Crypto: works in every runtime proxy.ts may use). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
