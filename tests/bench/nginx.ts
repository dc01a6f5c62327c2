/**
 * nginx, wrk and app processes for the proxy benchmark and the fault tests: Debian tools installed on demand, a production build,
 * `next start` processes, and Debian's nginx running the repository's own nginx.conf.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const root = path.resolve(__dirname, "..", "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Installs Debian packages whose command is missing (as .ci/run does for chromium). */
export function ensureDebianTools(tools: Record<string, string>): void {
  const missing = Object.entries(tools)
    .filter(([command]) => spawnSync("sh", ["-c", `command -v ${command}`]).status !== 0)
    .map(([, pkg]) => pkg);
  if (!missing.length) return;
  console.log(`Installing ${missing.join(", ")} (apt)…`);
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const run = (args: string[]) =>
    execFileSync(sudo.length ? "sudo" : args[0]!, sudo.length ? args : args.slice(1), {
      stdio: "ignore",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  run(["apt-get", "update", "-qq"]);
  run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", ...missing]);
}

/** `next build` into `distDir` against `databaseUrl`, skipped when `reuse` and a build exists there. */
export async function buildApp(databaseUrl: string, distDir: string, reuse: boolean): Promise<number | null> {
  if (reuse && existsSync(path.join(root, distDir, "BUILD_ID"))) return null;
  const started = Date.now();
  const child = spawn(process.execPath, [nextBin, "build"], {
    cwd: root,
    env: appEnv(databaseUrl, distDir),
    stdio: "ignore",
  });
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
  return Date.now() - started;
}

function appEnv(databaseUrl: string, distDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // Load and fault drills send every application from one address: scale the per-client application limits.
  // Behind the shipped nginx (one trusted proxy); PUBLIC_BASE_URL is required in production.
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    PUBLIC_BASE_URL: "http://127.0.0.1",
    TRUSTED_PROXIES: "1",
    APPLICATION_LIMIT_FACTOR: "100",
    ...extra,
  };
}

export type AppServer = {
  child: ChildProcess;
  port: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/**
 * `next start` in its own process group (it forks next-server, so signals go to the group) and waits
 * until it answers /healthz.
 */
export async function startApp(options: {
  databaseUrl: string;
  distDir: string;
  port: number;
  env?: Record<string, string>;
  log?: string;
}): Promise<AppServer> {
  // A server left over on the port would answer /healthz in place of ours.
  await assertPortFree(options.port);
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(options.port)], {
    cwd: root,
    env: appEnv(options.databaseUrl, options.distDir, options.env),
    stdio: options.log ? ["ignore", "pipe", "pipe"] : "ignore",
    detached: true,
  });
  if (options.log) {
    const file = options.log;
    const append = (chunk: Buffer) => writeFileSync(file, chunk, { flag: "a" });
    child.stdout?.on("data", append);
    child.stderr?.on("data", append);
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  await waitForHttp(`http://127.0.0.1:${options.port}/healthz`, 60_000, () => child.exitCode !== null);
  return { child, port: options.port, exited };
}

/** Signals the whole process group of a server started by {@link startApp}. */
export function signalApp(server: AppServer, signal: NodeJS.Signals): void {
  try {
    if (server.child.pid) process.kill(-server.child.pid, signal);
  } catch {
    /* already gone */
  }
}

export async function stopApp(server: AppServer | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  signalApp(server, "SIGTERM");
  await Promise.race([server.exited, sleep(10_000)]);
  signalApp(server, "SIGKILL");
}

export async function assertPortFree(port: number): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
  if (!free) throw new Error(`port ${port} is already in use (a server left from an earlier run?)`);
}

export async function waitForHttp(url: string, timeoutMs: number, gaveUp: () => boolean = () => false): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (gaveUp()) throw new Error(`server for ${url} exited before answering`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      /* not yet */
    }
    await sleep(50);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export type Nginx = { port: number; dir: string; stop(): Promise<void> };

/**
 * Debian's nginx with the repository's nginx.conf, rewritten only where a test must differ from a
 * server: its port, the upstream replicas, and file paths under a throw-away folder. `extraServers`
 * adds server blocks (the benchmark's static-file baseline).
 */
export async function startNginx(options: {
  port: number;
  upstreamPorts: number[];
  extraServers?: string;
  /**
   * Multiplies nginx's per-client request rates. Load and fault drills send everything from one address,
   * so the shipped rates (meant for one person) would turn the drill into a rate-limit test; the app's
   * own limits are scaled the same way by APPLICATION_LIMIT_FACTOR. Unset: the shipped rates.
   */
  rateFactor?: number;
}): Promise<Nginx> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ventanilla-nginx-"));
  chmodSync(dir, 0o755);
  const cacheDir = path.join(dir, "cache");
  mkdirSync(cacheDir);
  chmodSync(cacheDir, 0o777);
  const config = rewriteNginxConfig(readFileSync(path.join(root, "nginx.conf"), "utf8"), { ...options, dir, cacheDir });
  const file = path.join(dir, "nginx.conf");
  writeFileSync(file, config);
  const test = spawnSync("nginx", ["-t", "-q", "-c", file, "-p", dir], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx rejected the configuration: ${test.stderr}`);
  const child = spawn("nginx", ["-c", file, "-p", dir, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  await waitForListening(
    options.port,
    () => child.exitCode !== null,
    () => stderr,
  );
  return {
    port: options.port,
    dir,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGQUIT");
      await Promise.race([exited, sleep(5000)]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

/** The shipped nginx.conf with this run's port, upstreams and paths; throws if an anchor moved. */
export function rewriteNginxConfig(
  config: string,
  o: {
    port: number;
    upstreamPorts: number[];
    dir: string;
    cacheDir: string;
    extraServers?: string;
    rateFactor?: number;
  },
): string {
  const replace = (text: string, from: string | RegExp, to: string | ((...match: string[]) => string)) => {
    const next = text.replace(from, to as string);
    if (next === text) throw new Error(`nginx.conf no longer contains ${String(from)}: update tests/bench/nginx.ts`);
    return next;
  };
  let out = config;
  out = replace(out, "pid /run/nginx-ventanilla.pid;", `pid ${o.dir}/nginx.pid;`);
  out = replace(out, "error_log /var/log/nginx/ventanilla-error.log warn;", `error_log ${o.dir}/error.log warn;`);
  out = replace(out, "/var/cache/nginx/ventanilla ", `${o.cacheDir} `);
  out = replace(
    out,
    "    server 127.0.0.1:3000 max_fails=0;\n",
    o.upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=0;\n`).join(""),
  );
  out = replace(out, /listen 8080( default_server)?;/g, `listen 127.0.0.1:${o.port}$1;`);
  // The test's clients ask for 127.0.0.1:<port>; any other host still meets the 444 default server.
  out = replace(out, "server_name ventanilla.example;", "server_name ventanilla.example 127.0.0.1 localhost;");
  // Temp files of a non-root-owned prefix (Debian's defaults point at /var/lib/nginx).
  out = replace(
    out,
    "http {\n",
    `http {\n  client_body_temp_path ${o.dir}/body;\n  proxy_temp_path ${o.dir}/proxy;\n  fastcgi_temp_path ${o.dir}/fastcgi;\n  uwsgi_temp_path ${o.dir}/uwsgi;\n  scgi_temp_path ${o.dir}/scgi;\n`,
  );
  if (o.rateFactor && o.rateFactor !== 1) {
    const factor = o.rateFactor;
    out = replace(
      out,
      /rate=(\d+)r\/([ms]);/g,
      (_match: string, n: string, unit: string) => `rate=${Number(n) * factor}r/${unit};`,
    );
  }
  if (o.extraServers) out = out.replace(/}\s*$/, `${o.extraServers}\n}\n`);
  return out;
}

async function waitForListening(port: number, gaveUp: () => boolean, why: () => string): Promise<void> {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    if (gaveUp()) throw new Error(`nginx exited: ${why()}`);
    try {
      await (await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) })).arrayBuffer();
      return;
    } catch {
      await sleep(50);
    }
  }
  throw new Error(`nginx did not listen on ${port}: ${why()}`);
}

/** Runs wrk and returns requests/s, latency percentiles (ms) and non-2xx/3xx + socket errors. */
export function runWrk(
  url: string,
  options: { seconds: number; connections: number; headers?: Record<string, string> },
) {
  const args = ["-t1", `-c${options.connections}`, `-d${options.seconds}s`, "--latency"];
  for (const [k, v] of Object.entries(options.headers ?? {})) args.push("-H", `${k}: ${v}`);
  const result = spawnSync("wrk", [...args, url], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`wrk failed: ${result.stderr}`);
  const out = result.stdout;
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
  const toMs = (value: string, unit: string) =>
    Number(value) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 } as Record<string, number>)[unit]!;
  const pct = (p: string) => {
    const m = new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s|m)`).exec(out);
    return m ? toMs(m[1]!, m[2]!) : NaN;
  };
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const socketErrors = socket ? socket.slice(1).reduce((n, v) => n + Number(v), 0) : 0;
  return { rps, p50: pct("50"), p99: pct("99"), errors: non2xx + socketErrors };
}
