import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_HEADER } from "@/lib/http/client-address";
import { isPageRefreshRequest, PAGE_REFRESH_PATH, requestPageRefresh } from "./page-refresh";

/** A stand-in for this server: records the refresh request and answers as the route handler would. */
let received: http.IncomingHttpHeaders | null = null;
let receivedPath = "";
const server = http.createServer((request, response) => {
  received = request.headers;
  receivedPath = request.url ?? "";
  response.writeHead(204).end();
});

beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function headersOf(raw: http.IncomingHttpHeaders, peer: string): Headers {
  const headers = new Headers();
  for (const [k, v] of Object.entries(raw)) if (typeof v === "string") headers.set(k, v);
  headers.set(PEER_HEADER, peer);
  return headers;
}

describe("a server asking itself to refresh its pages", () => {
  it("posts to the refresh route on the given port and reports success", async () => {
    const { port } = server.address() as AddressInfo;
    expect(await requestPageRefresh(String(port))).toBe(true);
    expect(receivedPath).toBe(PAGE_REFRESH_PATH);
  });

  it("is recognised only with this process's secret and from a loopback socket", async () => {
    const { port } = server.address() as AddressInfo;
    await requestPageRefresh(String(port));
    const sent = received!;
    expect(isPageRefreshRequest(headersOf(sent, "127.0.0.1"))).toBe(true);
    expect(isPageRefreshRequest(headersOf(sent, "::1"))).toBe(true);
    expect(isPageRefreshRequest(headersOf(sent, "203.0.113.7"))).toBe(false);
    expect(isPageRefreshRequest(headersOf({}, "127.0.0.1"))).toBe(false);
    const forged = Object.fromEntries(
      Object.entries(sent).map(([k, v]) => [k, k.startsWith("x-ventanilla") ? "0".repeat(64) : v]),
    );
    expect(isPageRefreshRequest(headersOf(forged, "127.0.0.1"))).toBe(false);
  });

  it("does not try without a port (tests, the build)", async () => {
    expect(await requestPageRefresh(undefined)).toBe(false);
  });
});
