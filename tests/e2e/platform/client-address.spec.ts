import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ensureDebianTools, startApp, startNginx, stopApp, type AppServer, type Nginx } from "../../bench/nginx";
import { failedLookup, freePort, request } from "./http";

/**
 * Review M1 (item 4 of issue 12): every per-client limit sees the real client.
 * - Reached directly (the e2e server, TRUSTED_PROXIES unset = 0), a forged X-Forwarded-For, or a forged
 *   copy of the server's own peer header, changes nothing: the socket address is the client.
 * - Behind the shipped nginx.conf (real nginx) with TRUSTED_PROXIES=1, each client still has its own
 *   bucket, and what a client puts in X-Forwarded-For still changes nothing.
 * Also: nginx's own answers (review L7, L8) and the security log on the server's stdout (item 7).
 * Clients are told apart by their loopback source address (127.0.0.x).
 */
test.describe.configure({ mode: "serial" });

const SECRET_PASSWORD = "Contrasena-Que-Nunca-Sale-7Q";
const distDir = process.env.E2E_DIST_DIR ?? ".next-test";
if (!process.env.E2E_BASE_URL) throw new Error("E2E_BASE_URL is not set (run through npm test)");
const directPort = Number(new URL(process.env.E2E_BASE_URL).port);
let app: AppServer | undefined;
let nginx: Nginx | undefined;
let logFile = "";

test.beforeAll(async () => {
  test.setTimeout(180_000);
  ensureDebianTools({ nginx: "nginx" });
  const databaseUrl = process.env.E2E_DATABASE_URL;
  if (!databaseUrl) throw new Error("E2E_DATABASE_URL is not set (run through npm test)");
  const [appPort, nginxPort] = [await freePort(), await freePort()];
  logFile = path.join(mkdtempSync(path.join(os.tmpdir(), "ventanilla-log-")), "server.log");
  // The same build as the e2e server, as a replica behind nginx: TRUSTED_PROXIES=1 (tests/bench/nginx.ts).
  // An https public address while the hop from nginx is plain http: the TLS-in-front case of review L1.
  app = await startApp({
    databaseUrl,
    distDir,
    port: appPort,
    log: logFile,
    env: { PUBLIC_BASE_URL: "https://ventanilla.example" },
  });
  nginx = await startNginx({ port: nginxPort, upstreamPorts: [appPort] });
});

test.afterAll(async () => {
  await nginx?.stop();
  await stopApp(app);
});

async function statuses(port: number, from: string, count: number, headers: (i: number) => Record<string, string>) {
  const seen: number[] = [];
  for (let i = 0; i < count; i += 1) seen.push((await failedLookup(port, from, headers(i), SECRET_PASSWORD)).status);
  return seen;
}

test("reached directly, a forged X-Forwarded-For does not escape the per-client limit", async () => {
  const forged = (i: number) => ({
    "x-forwarded-for": `203.0.113.${i + 1}`,
    "x-real-ip": `203.0.113.${i + 101}`,
    "x-ventanilla-peer": `198.51.100.${i + 1}`,
  });
  expect(await statuses(directPort, "127.0.0.2", 6, forged)).toEqual([401, 401, 401, 401, 401, 429]);
  // Another client (another source address) is not held back by the first one's failures.
  expect((await failedLookup(directPort, "127.0.0.3")).status).toBe(401);
});

test("behind the shipped nginx with TRUSTED_PROXIES=1, the limits still see each client", async () => {
  const forged = (i: number) => ({ "x-forwarded-for": `203.0.113.${i + 1}` });
  expect(await statuses(nginx!.port, "127.0.0.4", 6, forged)).toEqual([401, 401, 401, 401, 401, 429]);
  expect((await failedLookup(nginx!.port, "127.0.0.5")).status).toBe(401);
});

test("nginx answers only its own host names and caps bodies, with security headers on its own errors", async () => {
  await expect(request(nginx!.port, "/es", { from: "127.0.0.6", headers: { host: "evil.example" } })).rejects.toThrow(
    /socket hang up|ECONNRESET/,
  );
  const big = await request(nginx!.port, "/api/v1/seguimiento", {
    from: "127.0.0.6",
    method: "POST",
    headers: { origin: `http://127.0.0.1:${nginx!.port}`, "content-type": "application/json" },
    body: JSON.stringify({ number: "x", password: "a".repeat(100_000) }),
  });
  expect(big.status).toBe(413);
  expect(big.headers["content-security-policy"]).toContain("default-src 'none'");
  expect(big.headers["strict-transport-security"]).toContain("max-age=");
  // A cached public page keeps the app's one policy: nginx adds none of its own.
  for (let i = 0; i < 2; i += 1) {
    const page = await request(nginx!.port, "/es", { from: "127.0.0.6" });
    expect(page.status).toBe(200);
    expect(page.rawHeaders.filter((h) => h.toLowerCase() === "content-security-policy")).toHaveLength(1);
    expect(page.headers["content-security-policy"]).toContain("script-src 'self' 'unsafe-inline'");
  }
});

test("nginx limits each client's rate of query-string requests and short links with 429 (review L8, I2)", async () => {
  const statusesOf = async (from: string, paths: string[]) => {
    const seen: number[] = [];
    for (const p of paths) seen.push((await request(nginx!.port, p, { from })).status);
    return seen;
  };
  // A new query string bypasses the page cache (a full render each): 10 per second, a burst of 50. /healthz
  // is the cheapest page that takes one; the rate leaks back only a few while 120 go out one after another.
  const queries = await statusesOf(
    "127.0.0.9",
    Array.from({ length: 120 }, (_, i) => `/healthz?x=${i}`),
  );
  expect(queries.slice(0, 51)).toEqual(Array(51).fill(200));
  expect(queries).toContain(429);
  expect(new Set(queries)).toEqual(new Set([200, 429]));
  // Short links (each costs a database read): 60 per minute, a burst of 30.
  const links = await statusesOf(
    "127.0.0.9",
    Array.from({ length: 50 }, (_, i) => `/q/zz${i}`),
  );
  expect(links.slice(0, 31).every((s) => s !== 429)).toBe(true);
  expect(links.slice(-5)).toEqual([429, 429, 429, 429, 429]);
  // Another client is not held back.
  expect((await request(nginx!.port, "/healthz?x=other", { from: "127.0.0.10" })).status).toBe(200);
});

test("the app caps request bodies itself when reached directly", async () => {
  const big = await request(directPort, "/api/v1/seguimiento", {
    from: "127.0.0.7",
    method: "POST",
    headers: { origin: `http://127.0.0.1:${directPort}`, "content-type": "application/json" },
    body: JSON.stringify({ number: "x", password: "a".repeat(200_000) }),
  });
  expect(big.status).toBe(413);
});

test("the security log on stdout is JSON lines with hashed clients and no password", async () => {
  const refused = await request(nginx!.port, "/es/seguimiento", {
    from: "127.0.0.8",
    method: "POST",
    headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
    body: "a=1",
  });
  expect(refused.status).toBe(403);
  // Both refusals of this file's earlier tests, and this one, are on stdout by now (the log writes synchronously).
  const lines = readFileSync(logFile, "utf8")
    .split("\n")
    .filter((l) => l.includes('"log":"security"'));
  const events = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(events.map((e) => e.event)).toEqual(
    expect.arrayContaining(["rate_limit.refused", "request.cross_origin_refused"]),
  );
  for (const e of events) {
    expect(typeof e.time).toBe("string");
    expect(e.client === undefined || /^[0-9a-f]{16}$/.test(String(e.client))).toBe(true);
  }
  const log = lines.join("\n");
  expect(log).not.toContain(SECRET_PASSWORD);
  expect(log).not.toContain("127.0.0.4");
  expect(log).not.toContain("127.0.0.8");
});

test("with an https PUBLIC_BASE_URL, cookies are Secure and __Host- even when the hop says http (review L1)", async ({
  page,
}) => {
  const slug = "renovacion-de-documento-migratorio";
  await page.goto(`http://127.0.0.1:${nginx!.port}/es/tramites/${slug}/solicitud`);
  const started = page.waitForResponse((r) => r.request().method() === "POST");
  await page.locator("main form button[type=submit]").click();
  const setCookie = (await (await started).headerValue("set-cookie")) ?? "";
  expect(setCookie).toMatch(new RegExp(`^__Host-vt_draft_${slug}=[^;]+;.*\\bSecure\\b`, "mi"));
  expect(setCookie).not.toMatch(new RegExp(`^vt_draft_${slug}=`, "m"));
});

test("next start refuses to run in production without PUBLIC_BASE_URL, saying what to set (review L7)", async () => {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: process.env.E2E_DATABASE_URL,
    NEXT_DIST_DIR: distDir,
    NODE_ENV: "production",
    PUBLIC_BASE_URL: "",
  };
  const child = spawn(
    process.execPath,
    [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)],
    { env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
  expect(code).toBe(1);
  expect(output).toContain("PUBLIC_BASE_URL is required in production");
});
