import "server-only";
import { cookies } from "next/headers";
import { isSecureDeployment } from "@/lib/http/public-origin";

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

/**
 * A session cookie (no Max-Age): it goes when the browser closes, so a shared device does not keep an
 * unsent form or a confirmation for the next person. The draft itself expires on the server (lib/retention).
 */
export async function writeDraftToken(slug: string, token: string): Promise<void> {
  const secure = await isHttps();
  (await cookies()).set(draftName(slug, secure), token, { httpOnly: true, sameSite: "lax", secure, path: "/" });
}

export async function readSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(sessionName(await isHttps()))?.value;
}

export async function writeSessionToken(token: string, expiresAt: Date): Promise<void> {
  const secure = await isHttps();
  (await cookies()).set(sessionName(secure), token, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    expires: expiresAt,
  });
}

const APPLICANT_COOKIE = /^(__Host-)?vt_(draft_[a-z0-9-]+|session)$/;

/**
 * Removes every applicant cookie of this browser (the session and each procedure's draft) and returns
 * their values, so the caller can end them on the server too ("Finish on this device", sign-out).
 */
export async function takeApplicantCookies(): Promise<{ sessionToken?: string; draftTokens: string[] }> {
  const jar = await cookies();
  const secure = await isHttps();
  const found = jar.getAll().filter((c) => APPLICANT_COOKIE.test(c.name));
  let sessionToken: string | undefined;
  const draftTokens: string[] = [];
  for (const cookie of found) {
    if (cookie.name.endsWith("vt_session")) sessionToken ??= cookie.value;
    else draftTokens.push(cookie.value);
    // Deleting sets an expired cookie with the same attributes; `__Host-` ones need Secure and Path=/.
    jar.set(cookie.name, "", {
      httpOnly: true,
      sameSite: "lax",
      secure: secure || cookie.name.startsWith("__Host-"),
      path: "/",
      maxAge: 0,
    });
  }
  return { sessionToken, draftTokens };
}
