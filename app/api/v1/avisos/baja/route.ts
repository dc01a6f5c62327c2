import { errorStatus } from "@/lib/errors";
import { setNotifyUpdatesByToken } from "@/lib/notifications/mutations";

const TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

/**
 * RFC 8058 one-click unsubscribe: the address in every message's `List-Unsubscribe` header, with
 * `List-Unsubscribe-Post: List-Unsubscribe=One-Click`. The mail provider POSTs here without cookies or
 * Origin; the signed token in the URL is the only authorisation and can only turn that application's
 * updates off. proxy.ts lets this path past its same-origin check for that reason.
 */
export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("t");
  const ok = await setNotifyUpdatesByToken(token, { updates: "off" }, "one-click");
  // Plain text, not JSON: mail providers only read the status; a forged or altered token is INVALID_INPUT.
  return new Response(ok ? "Unsubscribed\n" : "Invalid link\n", {
    status: ok ? 200 : errorStatus.INVALID_INPUT,
    headers: TEXT,
  });
}

/** A person who opens the header's address in a browser gets the page with the button (GET changes nothing). */
export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("t") ?? "";
  return new Response(null, {
    status: 303,
    headers: { Location: `/es/avisos?t=${encodeURIComponent(token)}`, "Cache-Control": "no-store" },
  });
}
