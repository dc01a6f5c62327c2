import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "./client-address";
import { publicOrigin } from "./public-origin";

/**
 * The client address of the request being served, or undefined outside a request (scripts, tests):
 * for code deep in lib/ that only logs it. Rate limits take it as an argument (clientKey()).
 */
export async function currentClientAddress(): Promise<string | undefined> {
  try {
    return clientAddress(await headers());
  } catch {
    return undefined;
  }
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
