import http from "node:http";
import { PEER_HEADER } from "./client-address";

const globalForStamp = globalThis as unknown as { ventanillaPeerStamp?: boolean };

/**
 * Makes every HTTP server of this process write the socket's remote address into {@link PEER_HEADER}
 * before any listener sees the request (so before Next's router, proxy.ts and the app). Installed once,
 * from instrumentation.ts; `next start` serves from this same process.
 */
export function stampPeerAddress(): void {
  if (globalForStamp.ventanillaPeerStamp) return;
  globalForStamp.ventanillaPeerStamp = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request" || event === "checkContinue" || event === "checkExpectation" || event === "upgrade" || event === "connect") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return (emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof emit;
}
