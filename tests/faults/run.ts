/**
 * `npm run test:faults`: the portal under faults, on a production build, a real PostgreSQL and
 * Debian's nginx running the repository's nginx.conf (installed with apt when missing). Checks:
 *   1. the proxy cache: public pages HIT; personal routes, session cookies, Set-Cookie never cached;
 *      RSC payloads keyed apart from HTML;
 *   2. kill -9 of the app server at random moments during 200 submissions, each retried by its client
 *      with the same idempotency key (the draft): every acknowledged application exists exactly once,
 *      with its event and its draft link, and nothing else was written;
 *   3. kill -9 of the app server at random moments while 200 status changes are made and the SMTP server
 *      refuses ~20 % of attempts (4xx): every change's e-mail arrives at least once, copies share one
 *      Message-ID, the outbox ends with nothing pending (tests/faults/notifications.ts);
 *   4. PostgreSQL stopped abruptly (immediate shutdown) for 30 s under load: cached pages keep
 *      answering 200; dynamic routes answer 503 + Retry-After within 2 s; /readyz says not ready;
 *      everything answers again within 10 s of the database returning, without restarting the app.
 *   5. SIGTERM to one of two replicas behind nginx under load: in-flight requests finish, none fails
 *      (connections still in the kernel's accept queue are reset when the listener closes; the proxy
 *      retries those on the other replica, which is why production runs at least two);
 * Prints each check, then "N passed, N failed". No timing is asserted except the 2 s / 10 s
 * limits the issue sets for outage behaviour (they are generous against the measured figures).
 * Env: FAULTS_PORT (default 3510; uses it to +5, and +9 for PostgreSQL), FAULTS_REUSE_BUILD=1,
 * FAULTS_OUTAGE_SECONDS (30), FAULTS_SUBMISSIONS (200), FAULTS_STATUS_CHANGES (200; fewer fails check 3).
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../../lib/db";
import { tokenId } from "../../lib/crypto";
import { randomToken } from "../../lib/applications/number";
import { FORM_STEPS } from "../../lib/applications/fields";
import { stepSchema } from "../../lib/applications/steps";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../prisma/scripts/db";
import { createTestDatabase } from "../factories/database";
import { validDetails, validStepValues } from "../factories/answers";
import { checkOutboxUnderKills } from "./notifications";
import {
  buildApp,
  ensureDebianTools,
  signalApp,
  sleep,
  startApp,
  startNginx,
  stopApp,
  type AppServer,
  type Nginx,
} from "../bench/nginx";

const base = Number(process.env.FAULTS_PORT ?? 3510);
const ports = {
  app: base,
  nginx: base + 1,
  stub: base + 2,
  stubNginx: base + 3,
  app2: base + 4,
  pairNginx: base + 5,
  db: base + 9,
};
const distDir = ".next-bench";
const outageSeconds = Number(process.env.FAULTS_OUTAGE_SECONDS ?? 30);
const submissions = Number(process.env.FAULTS_SUBMISSIONS ?? 200);
const statusChanges = Number(process.env.FAULTS_STATUS_CHANGES ?? 200);
const SLUG = "notificacion-cambio-de-domicilio";
const PUBLIC_PAGE = `/es/tramites/${SLUG}`;

type Check = { name: string; run: () => Promise<string[]> };
const results: { name: string; failures: string[]; ms: number }[] = [];

/** A plain HTTP request (no pooling, no redirects followed) with a hard timeout. */
function request(
  port: number,
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer | string; timeoutMs?: number } = {},
) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string; ms: number }>(
    (resolve, reject) => {
      const started = performance.now();
      const req = http.request(
        {
          host: "127.0.0.1",
          port,
          path: pathname,
          method: options.method ?? "GET",
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
              body: Buffer.concat(chunks).toString("utf8"),
              ms: performance.now() - started,
            }),
          );
          res.on("error", reject);
        },
      );
      req.setTimeout(options.timeoutMs ?? 15_000, () => req.destroy(new Error("timeout")));
      req.on("error", reject);
      req.end(options.body);
    },
  );
}

// ---------------------------------------------------------------------------------------------
// 1. The proxy cache
// ---------------------------------------------------------------------------------------------

/** A stand-in upstream for what the app does not do on a GET (set a cookie on a cacheable page). */
function startStub(port: number) {
  const hits = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const key = `${req.url}|${req.headers.rsc ?? ""}`;
    hits.set(key, (hits.get(key) ?? 0) + 1);
    const headers: Record<string, string> = { "Cache-Control": "public, s-maxage=300", "Content-Type": "text/plain" };
    if (req.url?.startsWith("/sets-cookie")) headers["Set-Cookie"] = "tracking=1; Path=/";
    res.writeHead(200, headers);
    res.end(`hello ${req.url}`);
  });
  return new Promise<{ hits: Map<string, number>; close(): void }>((resolve) =>
    server.listen(port, "127.0.0.1", () => resolve({ hits, close: () => server.close() })),
  );
}

async function checkCache(nginx: Nginx): Promise<string[]> {
  const failures: string[] = [];
  const status = async (pathname: string, headers: Record<string, string> = {}) =>
    (await request(nginx.port, pathname, { headers })).headers["x-cache-status"];
  const expectSeq = async (label: string, pathname: string, headers: Record<string, string>, expected: string[]) => {
    const seen: unknown[] = [];
    for (let i = 0; i < expected.length; i += 1) seen.push(await status(pathname, headers));
    if (JSON.stringify(seen) !== JSON.stringify(expected))
      failures.push(`${label}: X-Cache-Status ${JSON.stringify(seen)}, expected ${JSON.stringify(expected)}`);
  };
  await expectSeq("public procedure page", PUBLIC_PAGE, { "accept-encoding": "gzip" }, ["MISS", "HIT", "HIT"]);
  await expectSeq("catalogue search", "/es/tramites?q=domicilio", {}, ["MISS", "HIT"]);
  await expectSeq("public page with an applicant session cookie", PUBLIC_PAGE, { cookie: "vt_session=abc" }, [
    "BYPASS",
    "BYPASS",
  ]);
  await expectSeq(
    "public page with a staff cookie (__Host-)",
    PUBLIC_PAGE,
    { cookie: "a=1; __Host-vt_staff_session=abc" },
    ["BYPASS", "BYPASS"],
  );
  await expectSeq("status look-up page", "/es/seguimiento", {}, ["BYPASS", "BYPASS"]);
  await expectSeq("status page", "/es/seguimiento/estado", {}, ["BYPASS", "BYPASS"]);
  await expectSeq("staff sign-in", "/es/personal/entrar", {}, ["BYPASS", "BYPASS"]);
  for (let i = 0; i < 2; i += 1) {
    const api = await request(nginx.port, "/api/v1/seguimiento", {
      method: "POST",
      headers: { "content-type": "application/json", origin: `http://127.0.0.1:${nginx.port}` },
      body: "{}",
    });
    if (api.headers["x-cache-status"] !== "BYPASS")
      failures.push(`POST /api/v1/seguimiento: X-Cache-Status ${api.headers["x-cache-status"]}`);
  }
  // RSC: Next answers `RSC: 1` only on a URL with the right `?_rsc=` (it redirects the bare URL there), and the
  // payload a client-side navigation gets must be stored apart from the HTML of the same URL.
  const rscPage = "/es/tramites/permiso-para-trabajar";
  const bare = await request(nginx.port, rscPage, { headers: { rsc: "1" } });
  // The redirect's target carries the `_rsc` value Next expects for these (absent) router headers.
  const rscUrl = String(bare.headers.location ?? `${rscPage}?_rsc`);
  const rsc = await request(nginx.port, rscUrl, { headers: { rsc: "1" } });
  const plain = await request(nginx.port, rscUrl);
  const rscAgain = await request(nginx.port, rscUrl, { headers: { rsc: "1" } });
  const html = await request(nginx.port, rscPage);
  const type = (r: { headers: http.IncomingHttpHeaders }) => String(r.headers["content-type"]);
  if (String(bare.headers["content-type"]).includes("x-component"))
    failures.push("an RSC payload was answered on the bare page URL");
  if (!type(rsc).includes("text/x-component")) failures.push(`RSC request answered ${type(rsc)} (${rsc.status})`);
  if (type(plain).includes("text/x-component") || plain.headers["x-cache-status"] === "HIT")
    failures.push(
      `a browser request for the same URL got the RSC entry (${type(plain)}, ${plain.headers["x-cache-status"]})`,
    );
  if (!type(rscAgain).includes("text/x-component") || rscAgain.headers["x-cache-status"] !== "HIT")
    failures.push(
      `repeated RSC request: ${type(rscAgain)}, ${rscAgain.headers["x-cache-status"]} (expected its own HIT)`,
    );
  if (!type(html).includes("text/html") || !html.body.toLowerCase().startsWith("<!doctype html>"))
    failures.push(`the page's HTML answered ${type(html)}`);

  // Responses that set a cookie: checked against a stand-in upstream behind the same configuration.
  const stub = await startStub(ports.stub);
  const stubNginx = await startNginx({ port: ports.stubNginx, upstreamPorts: [ports.stub] });
  try {
    for (let i = 0; i < 3; i += 1) await request(ports.stubNginx, "/sets-cookie");
    for (let i = 0; i < 3; i += 1) await request(ports.stubNginx, "/plain");
    for (let i = 0; i < 2; i += 1) await request(ports.stubNginx, "/plain?_rsc=x1");
    if (stub.hits.get("/sets-cookie|") !== 3)
      failures.push(
        `a response with Set-Cookie was served from cache (${stub.hits.get("/sets-cookie|")} of 3 reached the app)`,
      );
    if (stub.hits.get("/plain|") !== 1)
      failures.push(`a cacheable response reached the app ${stub.hits.get("/plain|")} times, expected 1`);
    if (stub.hits.get("/plain?_rsc=x1|") !== 1) failures.push("?_rsc= shares the HTML entry");
  } finally {
    await stubNginx.stop();
    stub.close();
  }
  return failures;
}

// ---------------------------------------------------------------------------------------------
// 2. kill -9 during submissions
// ---------------------------------------------------------------------------------------------

type SubmitForm = { fields: [string, string][]; office: string };

/** The review page's form, as a browser without JavaScript would post it (hidden action fields + office). */
async function readSubmitForm(port: number, token: string): Promise<SubmitForm> {
  const page = await request(port, `/es/tramites/${SLUG}/solicitud/revisar`, {
    headers: { cookie: `vt_draft_${SLUG}=${token}` },
  });
  if (page.status !== 200) throw new Error(`review page answered ${page.status}`);
  const form = /<form[^>]*>([\s\S]*?)<\/form>/g;
  for (const match of page.body.matchAll(form)) {
    const inner = match[1]!;
    if (!inner.includes("$ACTION")) continue;
    const fields = [...inner.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].map((m) => {
      const name = /name="([^"]*)"/.exec(m[0])?.[1] ?? "";
      const value = /value="([^"]*)"/.exec(m[0])?.[1] ?? "";
      return [name, value.replace(/&quot;/g, '"').replace(/&amp;/g, "&")] as [string, string];
    });
    const office = /name="office"[\s\S]*?value="([a-z0-9-]+)"/.exec(inner)?.[1];
    if (fields.length && office) return { fields, office };
  }
  throw new Error("no submit form with an office choice on the review page");
}

function multipart(fields: [string, string][]): { body: Buffer; type: string } {
  const boundary = `----ventanilla${randomUUID()}`;
  const parts = fields.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  return {
    body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

async function checkKillDuringSubmissions(
  databaseUrl: string,
  restart: () => Promise<AppServer>,
  current: () => AppServer,
): Promise<string[]> {
  const failures: string[] = [];
  const db = createPrismaClient(databaseUrl);
  const procedure = await db.procedure.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
  const values = validStepValues();
  const raw: Record<string, Record<string, string>> = { ...values, details: validDetails(SLUG) };
  // The notice of a change of address: the form its catalogue entry names (requestForm).
  const answers = Object.fromEntries(
    FORM_STEPS.map((step) => [
      step,
      stepSchema(step, { kind: "notification", subject: "address" }, null).parse(raw[step]),
    ]),
  );
  const drafts: { token: string; id: string }[] = [];
  for (let i = 0; i < submissions; i += 1) {
    const token = randomToken();
    drafts.push({ token, id: tokenId(token) });
  }
  await db.applicationDraft.createMany({
    data: drafts.map((d) => ({
      id: d.id,
      procedureId: procedure.id,
      locale: "es",
      answers,
      expiresAt: new Date(Date.now() + 3600_000),
    })),
  });
  const before = await db.application.count();
  const form = await readSubmitForm(current().port, drafts[0]!.token);
  // The e-mail updates box unticked (its language radio is still sent): these applications write no outbox rows.
  const { body, type } = multipart([...form.fields, ["office", form.office], ["notifyLocale", "es"]]);

  let down = false;
  let kills = 0;
  let attempts = 0;
  const acknowledged = new Set<string>();
  const submitOnce = async (token: string): Promise<boolean> => {
    attempts += 1;
    try {
      const r = await request(ports.app, `/es/tramites/${SLUG}/solicitud/revisar`, {
        method: "POST",
        headers: {
          "content-type": type,
          origin: `http://127.0.0.1:${ports.app}`,
          cookie: `vt_draft_${SLUG}=${token}`,
          accept: "text/html",
        },
        body,
        timeoutMs: 10_000,
      });
      const location = String(r.headers.location ?? "");
      if (r.status === 303 && location.endsWith("/solicitud/confirmacion")) return true;
      if (r.status >= 500 || r.status === 0) return false;
      failures.push(`submission answered ${r.status} → ${location || r.body.slice(0, 120)}`);
      return true; // a definite refusal: do not retry
    } catch {
      return false; // connection refused or reset: the server is down or was killed mid-request
    }
  };
  const client = async (queue: typeof drafts) => {
    for (let draft = queue.shift(); draft; draft = queue.shift()) {
      for (let tries = 0; ; tries += 1) {
        if (!down && (await submitOnce(draft.token))) {
          acknowledged.add(draft.id);
          break;
        }
        if (tries > 200) {
          failures.push(`gave up on a draft after ${tries} tries`);
          break;
        }
        await sleep(100);
      }
    }
  };
  const queue = [...drafts];
  let finished = false;
  const killer = (async () => {
    while (!finished) {
      // After each restart, wait for one acknowledgement (so a loaded machine still makes progress),
      // then kill at a random moment while the 6 clients keep submitting.
      const seen = acknowledged.size;
      for (let waited = 0; acknowledged.size === seen && !finished && waited < 10_000; waited += 20) await sleep(20);
      await sleep(Math.random() * 600);
      if (finished) break;
      down = true;
      signalApp(current(), "SIGKILL");
      await current().exited;
      kills += 1;
      await restart();
      down = false;
    }
  })();
  // "down" only stops new attempts while the server restarts; requests already in flight are cut by the kill.
  await Promise.all(Array.from({ length: 6 }, () => client(queue)));
  finished = true;
  await killer;

  const rows = await db.$queryRaw<{ id: string; application_id: number | null; n: bigint; events: bigint }[]>`
    SELECT d.id, d.application_id,
      (SELECT count(*) FROM application a WHERE a.id = d.application_id) AS n,
      (SELECT count(*) FROM application_event e WHERE e.application_id = d.application_id AND e.type = 'submitted') AS events
    FROM application_draft d WHERE d.id = ANY(${drafts.map((d) => d.id)})`;
  const after = await db.application.count();
  const orphans = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM application a
    WHERE NOT EXISTS (SELECT 1 FROM application_draft d WHERE d.application_id = a.id)
      OR NOT EXISTS (SELECT 1 FROM application_event e WHERE e.application_id = a.id)`;
  await db.$disconnect();
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of acknowledged) {
    const row = byId.get(id);
    if (!row || row.application_id === null || Number(row.n) !== 1)
      failures.push(`acknowledged draft ${id.slice(0, 8)} has no application`);
    else if (Number(row.events) !== 1)
      failures.push(`application ${row.application_id} has ${row.events} submitted events`);
  }
  if (acknowledged.size !== submissions)
    failures.push(`${acknowledged.size} of ${submissions} submissions acknowledged`);
  if (after - before !== acknowledged.size)
    failures.push(
      `${after - before} applications created for ${acknowledged.size} acknowledged submissions (duplicates or strays)`,
    );
  if (Number(orphans[0]!.n) !== 0) failures.push(`${orphans[0]!.n} partial applications (no draft link or no event)`);
  console.log(
    `    ${submissions} submissions, ${attempts} attempts, ${kills} kill -9s; ${acknowledged.size} acknowledged, ${after - before} applications created`,
  );
  if (kills < 5) failures.push(`only ${kills} kills happened: the check proved little`);
  return failures;
}

// ---------------------------------------------------------------------------------------------
// 5. SIGTERM under load
// ---------------------------------------------------------------------------------------------

async function checkSigterm(server: AppServer, second: AppServer, nginx: Nginx): Promise<string[]> {
  const failures: string[] = [];
  const outcomes: { ok: boolean; what: string }[] = [];
  let started = 0;
  let stop = false;
  // Per-request renders and the JSON API; the cookie makes the proxy pass every request to a replica.
  const targets = [
    "/es/tramites?q=domicilio",
    "/api/v1/tramites",
    `/es/tramites?q=${encodeURIComponent("permiso de trabajo")}`,
  ];
  const worker = async () => {
    while (!stop) {
      const target = targets[(started += 1) % targets.length]!;
      try {
        const r = await request(nginx.port, target, { headers: { cookie: "vt_session=load-test" }, timeoutMs: 15_000 });
        outcomes.push({ ok: r.status === 200, what: `${target} → ${r.status}` });
      } catch (error) {
        outcomes.push({ ok: false, what: `${target} → ${(error as Error).message}` });
      }
    }
  };
  const workers = Array.from({ length: 16 }, () => worker());
  await sleep(2000);
  const inFlightAtSignal = started - outcomes.length;
  const signalled = Date.now();
  signalApp(server, "SIGTERM");
  const exit = await Promise.race([server.exited, sleep(15_000).then(() => null)]);
  const exitMs = Date.now() - signalled;
  await sleep(2000); // keep the load on the remaining replica for a while
  stop = true;
  await Promise.all(workers);
  const failed = outcomes.filter((o) => !o.ok);
  console.log(
    `    ${outcomes.length} requests through the proxy to 2 replicas, ${inFlightAtSignal} in flight when one got SIGTERM, ${failed.length} failed; it exited ${exit ? `with ${exit.code ?? exit.signal} after ${exitMs} ms` : "not within 15 s"}; the other stayed up: ${second.child.exitCode === null}`,
  );
  if (!exit) failures.push("server did not exit within 15 s of SIGTERM");
  if (inFlightAtSignal < 4)
    failures.push(`only ${inFlightAtSignal} requests in flight at SIGTERM: the check proved little`);
  for (const f of failed.slice(0, 5)) failures.push(f.what);
  if (failed.length > 5) failures.push(`… ${failed.length} failures in all`);
  return failures;
}

// ---------------------------------------------------------------------------------------------
// 4. PostgreSQL stopped for 30 s
// ---------------------------------------------------------------------------------------------

type Probe = { at: number; kind: string; status: number; ms: number; retryAfter?: string; body?: string };

async function checkDatabaseOutage(
  pgRef: { pg: EmbeddedPostgres },
  restartDb: () => Promise<void>,
  nginx: Nginx,
  server: AppServer,
): Promise<string[]> {
  const failures: string[] = [];
  const probes: Probe[] = [];
  const origin = `http://127.0.0.1:${nginx.port}`;
  const kinds: Record<
    string,
    () => Promise<{ status: number; headers: http.IncomingHttpHeaders; ms: number; body: string }>
  > = {
    "cached page": () => request(nginx.port, PUBLIC_PAGE),
    "cached catalogue": () => request(nginx.port, "/es/tramites"),
    "status page (proxy)": () =>
      request(nginx.port, "/es/seguimiento/estado", { headers: { cookie: "vt_session=not-a-real-session" } }),
    "look-up API (proxy)": () =>
      request(nginx.port, "/api/v1/seguimiento", {
        method: "POST",
        headers: { "content-type": "application/json", origin, "x-forwarded-for": "198.51.100.7" },
        body: JSON.stringify({ number: "26-7KQ4-M9PX-3", password: "WRONGWRONG12" }),
      }),
    "look-up API (app)": () =>
      request(server.port, "/api/v1/seguimiento", {
        method: "POST",
        headers: { "content-type": "application/json", origin: `http://127.0.0.1:${server.port}` },
        body: JSON.stringify({ number: "26-7KQ4-M9PX-3", password: "WRONGWRONG12" }),
      }),
    readyz: () => request(server.port, "/readyz"),
  };
  for (const run of Object.values(kinds)) await run(); // warm the cache
  let stop = false;
  const t0 = Date.now();
  const loop = async (kind: string) => {
    while (!stop) {
      const at = Date.now() - t0;
      try {
        const r = await kinds[kind]!();
        probes.push({
          at,
          kind,
          status: r.status,
          ms: r.ms,
          retryAfter: r.headers["retry-after"] as string | undefined,
          body: r.body.slice(0, 80),
        });
      } catch (error) {
        probes.push({ at, kind, status: 0, ms: Date.now() - t0 - at, body: (error as Error).message });
      }
      await sleep(100);
    }
  };
  const loops = Object.keys(kinds).flatMap((k) => [loop(k), loop(k)]);
  await sleep(3000);
  const down = Date.now() - t0;
  const pidFile = path.join(pgRef.pg.clusterDir, "postmaster.pid");
  const postmaster = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  process.kill(postmaster, "SIGQUIT"); // PostgreSQL's "immediate" shutdown: no checkpoint, connections cut
  await sleep(outageSeconds * 1000);
  const restartAt = Date.now() - t0;
  await restartDb();
  const up = Date.now() - t0;
  await sleep(12_000);
  stop = true;
  await Promise.all(loops);

  const appAlive = server.child.exitCode === null && server.child.signalCode === null;
  if (!appAlive) failures.push("the app process died during the outage");
  const during = probes.filter((p) => p.at > down + 500 && p.at + p.ms < restartAt);
  const byKind = (kind: string) => during.filter((p) => p.kind === kind);
  // A kind with no probe during the outage proves nothing: every kind must have been asked at least a few times.
  for (const kind of [
    "cached page",
    "cached catalogue",
    "status page (proxy)",
    "look-up API (proxy)",
    "look-up API (app)",
    "readyz",
  ]) {
    if (byKind(kind).length < 3)
      failures.push(`${kind}: only ${byKind(kind).length} probes during the outage: the check proved little`);
  }
  for (const kind of ["cached page", "cached catalogue"]) {
    const bad = byKind(kind).filter((p) => p.status !== 200);
    if (bad.length)
      failures.push(
        `${kind}: ${bad.length} of ${byKind(kind).length} not 200 during the outage (${JSON.stringify(bad[0])})`,
      );
  }
  for (const kind of ["status page (proxy)", "look-up API (proxy)", "look-up API (app)"]) {
    const bad = byKind(kind).filter((p) => p.status !== 503 || !p.retryAfter || p.ms > 2000);
    if (bad.length)
      failures.push(
        `${kind}: ${bad.length} of ${byKind(kind).length} not 503 + Retry-After within 2 s (${JSON.stringify(bad[0])})`,
      );
  }
  const readyz = byKind("readyz");
  if (readyz.some((p) => p.status !== 503 || !p.body?.includes("unreachable")))
    failures.push(`/readyz during the outage: ${JSON.stringify(readyz.find((p) => p.status !== 503))}`);
  // Recovery: from the database being ready to every dynamic kind answering like before.
  let recoveredAt = up;
  for (const kind of ["status page (proxy)", "look-up API (proxy)", "look-up API (app)", "readyz"]) {
    const after = probes.filter((p) => p.kind === kind && p.at >= up);
    const firstGood = after.findIndex((p) => p.status > 0 && p.status < 500);
    if (firstGood < 0 || after.slice(firstGood).some((p) => p.status >= 500 || p.status === 0)) {
      failures.push(`${kind} did not recover after the database returned (${JSON.stringify(after.at(-1))})`);
      continue;
    }
    recoveredAt = Math.max(recoveredAt, after[firstGood]!.at + after[firstGood]!.ms);
  }
  if (recoveredAt - up > 10_000) failures.push(`recovery took ${recoveredAt - up} ms after the database returned`);
  const dynamic = during.filter(
    (p) => p.kind !== "cached page" && p.kind !== "cached catalogue" && p.kind !== "readyz",
  );
  const sorted = dynamic.map((p) => p.ms).sort((a, b) => a - b);
  const cached = during.filter((p) => p.kind.startsWith("cached")).length;
  console.log(
    `    outage ${((restartAt - down) / 1000).toFixed(1)} s: ${cached} cached-page answers (all 200: ${!failures.some((f) => f.startsWith("cached"))}), ${dynamic.length} dynamic answers, max ${sorted.at(-1)?.toFixed(0)} ms, p50 ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms; database back after ${((up - restartAt) / 1000).toFixed(1)} s; app recovered ${(recoveredAt - up).toFixed(0)} ms later`,
  );
  return failures;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  ensureDebianTools({ nginx: "nginx" });
  const pgDir = mkdtempSync(path.join(os.tmpdir(), "ventanilla-faults-"));
  // Persistent (fsync on) so the cluster survives the immediate shutdown of check 4; removed at the end.
  const pgRef = { pg: await startEmbeddedPostgres({ dataDir: pgDir, persistent: true, port: ports.db }) };
  let server: AppServer | undefined;
  let second: AppServer | undefined;
  let nginx: Nginx | undefined;
  const logFile = path.join(pgDir, "..", `ventanilla-faults-app-${process.pid}.log`);
  let cleaned: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaned ??= (async () => {
      await nginx?.stop();
      await stopApp(server);
      await stopApp(second);
      await pgRef.pg.stop();
      rmSync(pgRef.pg.clusterDir, { recursive: true, force: true });
      rmSync(pgDir, { recursive: true, force: true });
    })());
  // Ctrl-C: stop the servers, nginx and the scratch cluster instead of leaving them behind.
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => void cleanUp().finally(() => process.exit(130)));
  try {
    const database = await createTestDatabase(pgRef.pg.url);
    const built = await buildApp(
      database.url,
      distDir,
      process.env.FAULTS_REUSE_BUILD === "1" || process.env.BENCH_REUSE_BUILD === "1",
    );
    if (built !== null) console.log(`next build: ${(built / 1000).toFixed(1)} s`);
    const start = async (env?: Record<string, string>) =>
      (server = await startApp({ databaseUrl: database.url, distDir, port: ports.app, log: logFile, env }));
    await start();
    nginx = await startNginx({ port: ports.nginx, upstreamPorts: [ports.app], rateFactor: 1000 });

    const checks: Check[] = [
      {
        name: "proxy cache: public pages HIT, personal routes/cookies/Set-Cookie never cached, RSC apart",
        run: () => checkCache(nginx!),
      },
      {
        name: `kill -9 during ${submissions} submissions retried with the same key: each acknowledged once, no partial rows`,
        run: () =>
          checkKillDuringSubmissions(
            database.url,
            () => start(),
            () => server!,
          ),
      },
      {
        name: `kill -9 during ${statusChanges} status changes, SMTP refusing ~20 %: every e-mail arrives, copies share one Message-ID, outbox drained`,
        run: () =>
          checkOutboxUnderKills(
            database.url,
            statusChanges,
            async (env) => {
              await stopApp(server);
              return start(env);
            },
            () => server!,
          ),
      },
      {
        name: `PostgreSQL stopped for ${outageSeconds} s under load: cached pages 200, dynamic 503 + Retry-After ≤ 2 s, /readyz 503, recovery ≤ 10 s`,
        run: () =>
          checkDatabaseOutage(
            pgRef,
            async () => {
              pgRef.pg = await startEmbeddedPostgres({ dataDir: pgDir, persistent: true, port: ports.db });
            },
            nginx!,
            server!,
          ),
      },
      {
        name: "SIGTERM to one of two replicas under load: in-flight requests finish, no errors",
        run: async () => {
          second = await startApp({ databaseUrl: database.url, distDir, port: ports.app2, log: logFile });
          const pair = await startNginx({
            port: ports.pairNginx,
            upstreamPorts: [ports.app, ports.app2],
            rateFactor: 1000,
          });
          try {
            return await checkSigterm(server!, second, pair);
          } finally {
            await pair.stop();
          }
        },
      },
    ];
    for (const check of checks) {
      const t = Date.now();
      console.log(`• ${check.name}`);
      let failures: string[];
      try {
        failures = await check.run();
      } catch (error) {
        failures = [`crashed: ${error instanceof Error ? error.stack : String(error)}`];
      }
      results.push({ name: check.name, failures, ms: Date.now() - t });
      console.log(
        failures.length
          ? failures.map((f) => `  ✗ ${f}`).join("\n")
          : `  ✓ passed (${((Date.now() - t) / 1000).toFixed(1)} s)`,
      );
    }
    await database.drop().catch(() => undefined);
  } finally {
    await cleanUp();
  }
  const failed = results.filter((r) => r.failures.length).length;
  if (failed) console.log(`App server log: ${logFile}`);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
