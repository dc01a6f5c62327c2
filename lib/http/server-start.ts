import http from "node:http";
import { PEER_HEADER, trustedProxiesFrom } from "./client-address";
import { assertPublicBaseUrlConfigured } from "./public-origin";

const globalForStart = globalThis as unknown as { ventanillaServerStarted?: boolean; ventanillaDraining?: boolean };

/**
 * Called once from instrumentation.ts when `next start` / `next dev` starts:
 * 1. refuses to run production without PUBLIC_BASE_URL, or with a bad TRUSTED_PROXIES (review L7, M1);
 * 2. makes every HTTP server of this process write the socket's remote address into {@link PEER_HEADER}
 *    before any listener sees the request (so before Next's router, proxy.ts and the app). Next hands
 *    route handlers, server actions and proxy.ts the headers but no socket, and keeps an
 *    X-Forwarded-For the client sent; this header is overwritten on every request, so it cannot be forged;
 * 3. once SIGTERM or SIGINT arrives, answers every request with `Connection: close`. Next then closes the
 *    server and waits for open connections to end, but a proxy that keeps upstream connections alive
 *    (nginx `keepalive`) would keep sending requests on them and the replica would never exit; closing
 *    each connection after its answer lets in-flight requests finish and the proxy move to another replica.
 */
export function startServer(): void {
  if (globalForStart.ventanillaServerStarted) return;
  globalForStart.ventanillaServerStarted = true;
  try {
    assertPublicBaseUrlConfigured();
    trustedProxiesFrom(process.env.TRUSTED_PROXIES);
  } catch (error) {
    console.error(`Ventanilla cannot start: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  const drain = () => {
    globalForStart.ventanillaDraining = true;
  };
  // Only beside Next's own handlers: a listener alone would stop the signal from ending the process.
  if (!process.env.NEXT_MANUAL_SIG_HANDLE) {
    process.once("SIGTERM", drain);
    process.once("SIGINT", drain);
  }
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (
      event === "request" ||
      event === "checkContinue" ||
      event === "checkExpectation" ||
      event === "upgrade" ||
      event === "connect"
    ) {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
      if (globalForStart.ventanillaDraining && event === "request")
        (args[1] as http.ServerResponse).shouldKeepAlive = false;
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}
