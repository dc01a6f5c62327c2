/**
 * The portal's public address, from configuration only (review L1, L7). `PUBLIC_BASE_URL` is what PDFs,
 * QR codes and posters print, and whether it starts with https:// decides the cookies' `Secure` flag
 * and `__Host-` prefix: a request header (Host, X-Forwarded-Proto) never does, because any hop can
 * rewrite it. Production (`next start`) refuses to run without it (see instrumentation.ts).
 */

type Env = { PUBLIC_BASE_URL?: string; NODE_ENV?: string };

/** Used when PUBLIC_BASE_URL is unset outside production (`next dev`, unit tests). */
export const DEVELOPMENT_ORIGIN = "http://localhost:3000";

/** Parses PUBLIC_BASE_URL: an http(s) origin with no path, query or credentials. Throws a clear message otherwise. */
export function parsePublicBaseUrl(value: string | undefined): string | null {
  if (value === undefined || value.trim() === "") return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`PUBLIC_BASE_URL is not a URL: "${value}". Example: https://ventanilla.example`);
  }
  if (
    (url.protocol !== "https:" && url.protocol !== "http:") ||
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    (url.pathname !== "/" && url.pathname !== "")
  ) {
    throw new Error(
      `PUBLIC_BASE_URL must be the site's origin only, like https://ventanilla.example (got "${value}").`,
    );
  }
  return url.origin;
}

/** Throws, with what to do, when production would run without a public address. */
export function assertPublicBaseUrlConfigured(env: Env = process.env): void {
  const origin = parsePublicBaseUrl(env.PUBLIC_BASE_URL);
  if (!origin && env.NODE_ENV === "production") {
    throw new Error(
      "PUBLIC_BASE_URL is required in production: the public address of the portal, e.g. PUBLIC_BASE_URL=https://ventanilla.example " +
        "(it is printed in PDFs and QR codes and, when https, makes every cookie Secure). `npm start` sets http://localhost:<PORT> for you.",
    );
  }
}

/** The public origin without a trailing slash. */
export function publicOrigin(env: Env = process.env): string {
  return parsePublicBaseUrl(env.PUBLIC_BASE_URL) ?? DEVELOPMENT_ORIGIN;
}

/** Whether cookies carry `Secure` and the `__Host-` prefix: exactly when the public address is https. */
export function isSecureDeployment(env: Env = process.env): boolean {
  return publicOrigin(env).startsWith("https://");
}
