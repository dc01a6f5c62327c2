import http from "node:http";

export { freePort } from "../../setup/free-port";

export type Answer = { status: number; headers: http.IncomingHttpHeaders; rawHeaders: string[]; body: string };

/**
 * One HTTP request to 127.0.0.1:`port` from the loopback address `from` (127.0.0.2, 127.0.0.3…): on
 * Linux every 127.x.y.z is this machine, so each is a different client as the server's socket sees it.
 */
export function request(
  port: number,
  path: string,
  options: { from: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: options.method ?? "GET",
        localAddress: options.from,
        headers: options.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            rawHeaders: res.rawHeaders,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** A failed look-up (a malformed number: 5 per client per 15 minutes, lib/applications/rate-limit.ts). */
export function failedLookup(port: number, from: string, extraHeaders: Record<string, string> = {}, password = "y") {
  return request(port, "/api/v1/seguimiento", {
    from,
    method: "POST",
    headers: { origin: `http://127.0.0.1:${port}`, "content-type": "application/json", ...extraHeaders },
    body: JSON.stringify({ number: "not-a-number", password }),
  });
}
