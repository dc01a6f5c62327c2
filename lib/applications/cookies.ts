import "server-only";
import { cookies, headers } from "next/headers";
import { clientAddress } from "@/lib/http/client-address";
import { isSecureDeployment, publicOrigin } from "@/lib/http/public-origin";

/**
 * Cookies of the applicant journey: HttpOnly, SameSite=Lax, Path=/, and Secure with the `__Host-`
 * prefix whenever the configured public address (PUBLIC_BASE_URL) is https, never from a request header.
 */
async function isHttps(): Promise<boolean> {
  return isSecureDeployment();
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

/**
 * The public origin for absolute links printed in PDFs (QR codes): PUBLIC_BASE_URL, never the request's
 * Host header (review L7). Kept async and under this name for its callers.
 */
export async function requestOrigin(): Promise<string> {
  return publicOrigin();
}

/**
 * Who is asking, for rate limits and the security log: the socket address, or the client address
 * the configured number of trusted proxies reports (TRUSTED_PROXIES; lib/http/client-address.ts).
 */
export async function clientKey(): Promise<string> {
  return clientAddress(await headers());
}

export async function clearSessionToken(): Promise<void> {
  (await cookies()).delete(sessionName(await isHttps()));
}
