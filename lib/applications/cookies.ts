import "server-only";
import { cookies, headers } from "next/headers";

/**
 * Cookies of the applicant journey: HttpOnly, SameSite=Lax, Path=/, and Secure with the `__Host-`
 * prefix whenever the request came over HTTPS (behind a TLS proxy: X-Forwarded-Proto).
 */
async function isHttps(): Promise<boolean> {
  const h = await headers();
  return (h.get("x-forwarded-proto") ?? "").split(",")[0]?.trim() === "https";
}

const draftName = (slug: string, secure: boolean) => `${secure ? "__Host-" : ""}vt_draft_${slug}`;
const sessionName = (secure: boolean) => `${secure ? "__Host-" : ""}vt_session`;

export async function readDraftToken(slug: string): Promise<string | undefined> {
  return (await cookies()).get(draftName(slug, await isHttps()))?.value;
}

export async function writeDraftToken(slug: string, token: string): Promise<void> {
  const secure = await isHttps();
  (await cookies()).set(draftName(slug, secure), token, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: 24 * 60 * 60 });
}

export async function readSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(sessionName(await isHttps()))?.value;
}

export async function writeSessionToken(token: string, expiresAt: Date): Promise<void> {
  const secure = await isHttps();
  (await cookies()).set(sessionName(secure), token, { httpOnly: true, sameSite: "lax", secure, path: "/", expires: expiresAt });
}

/** Origin of the current request, for absolute links printed in PDFs (QR codes). */
export async function requestOrigin(): Promise<string> {
  if (process.env.PUBLIC_BASE_URL) return process.env.PUBLIC_BASE_URL.replace(/\/$/, "");
  const h = await headers();
  const proto = (h.get("x-forwarded-proto") ?? "http").split(",")[0]?.trim() ?? "http";
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  return `${proto}://${host}`;
}

/**
 * Who is asking, for rate limits: the address the nearest proxy reports (rightmost X-Forwarded-For
 * entry; Next sets it from the socket when there is no proxy). Behind a proxy, make it overwrite the header.
 */
export async function clientKey(): Promise<string> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",").map((p) => p.trim()).filter(Boolean);
  return (forwarded?.at(-1) ?? h.get("x-real-ip") ?? "unknown").slice(0, 64);
}

export async function clearSessionToken(): Promise<void> {
  (await cookies()).delete(sessionName(await isHttps()));
}
