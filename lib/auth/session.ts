import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { DomainError } from "@/lib/errors";
import { isSecureDeployment } from "@/lib/http/public-origin";
import { ENROL_PENDING_MINUTES, staffFromSessionToken, type SessionStaff } from "./mutations";
import { authorize, type Permission } from "./permissions";

export type Staff = SessionStaff;

/**
 * Staff cookies: HttpOnly, SameSite=Strict, Path=/, no Domain, and Secure with the `__Host-` prefix over
 * HTTPS (ASVS 3.3). Session cookies (no Max-Age): the server-side expiry is what counts. HTTPS means the
 * configured PUBLIC_BASE_URL is https (review L1), never a per-request header.
 */
async function isHttps(): Promise<boolean> {
  return isSecureDeployment();
}
const name = (kind: "session" | "pending", secure: boolean) => `${secure ? "__Host-" : ""}vt_staff_${kind}`;

export async function readStaffCookie(kind: "session" | "pending"): Promise<string | undefined> {
  return (await cookies()).get(name(kind, await isHttps()))?.value;
}

export async function writeStaffCookie(kind: "session" | "pending", token: string): Promise<void> {
  const secure = await isHttps();
  (await cookies()).set(name(kind, secure), token, {
    httpOnly: true,
    sameSite: "strict",
    secure,
    path: "/",
    ...(kind === "pending" ? { maxAge: ENROL_PENDING_MINUTES * 60 } : {}),
  });
}

export async function clearStaffCookie(kind: "session" | "pending"): Promise<void> {
  (await cookies()).delete(name(kind, await isHttps()));
}

/** The signed-in official of this request, or null (once per request). */
export const getStaff = cache(async (): Promise<Staff | null> =>
  staffFromSessionToken(await readStaffCookie("session")),
);

/** For server actions and route handlers: the official, who must hold `permission`. */
export async function requireStaff(permission: Permission): Promise<Staff> {
  return authorize(await getStaff(), permission);
}

/**
 * For pages: sends a signed-out visitor to the sign-in page; a signed-in official without the
 * permission gets the FORBIDDEN error (the staff error page explains it).
 */
export async function requireStaffPage(locale: string, permission: Permission): Promise<Staff> {
  const staff = await getStaff();
  if (!staff) redirect(`/${locale}/personal/entrar`);
  try {
    return authorize(staff, permission);
  } catch (error) {
    if (error instanceof DomainError && error.code === "FORBIDDEN") redirect(`/${locale}/personal?sin-permiso=1`);
    throw error;
  }
}
