import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { basename } from "node:path";

/** Whether `pid` is a running process (a zombie counts as gone: it will never release anything). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    // Orphans re-parented to a PID 1 that does not reap (common in containers) stay zombies forever.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
}

/** The command line of `pid`, or null when it cannot be read. */
export function processCommandLine(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
  } catch {
    // No /proc (macOS): ps is always there.
  }
  try {
    const line = execFileSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" }).trim();
    return line ? line.split(/\s+/) : null;
  } catch {
    return null;
  }
}

/**
 * PostgreSQL processes whose working directory is `dir`. The postmaster and all its children chdir
 * into the data directory, so this finds the backends a killed postmaster left behind (they keep the
 * shared memory block attached and stop the next start). Only processes named postgres count: a
 * shell that happens to sit in the data directory must never be touched. Linux only; elsewhere [].
 */
export function postgresProcessesIn(dir: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) !== dir) continue;
      // Children rename themselves ("postgres: checkpointer"); the postmaster keeps its binary path.
      const name = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0")[0] ?? "";
      if ((/^postgres(:|$)/.test(name) || basename(name) === "postgres") && isProcessAlive(Number(entry)))
        found.push(Number(entry));
    } catch {
      // Gone meanwhile, or not ours to inspect.
    }
  }
  return found;
}

/** Sends `signal`, ignoring a process that is already gone. */
export function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

/** Resolves true once none of `pids` is alive, false if `timeoutMs` passes first. */
export async function waitForExit(pids: number[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (pids.every((pid) => !isProcessAlive(pid))) return true;
    if (Date.now() > deadline) return false;
    await sleep(25);
  }
}

/** Stops processes with escalating signals: `first`, then SIGQUIT, then SIGKILL. */
export async function terminate(pids: number[], first: NodeJS.Signals, graceMs: number): Promise<void> {
  for (const [signal, wait] of [
    [first, graceMs],
    ["SIGQUIT", 5_000],
    ["SIGKILL", 5_000],
  ] as const) {
    const alive = pids.filter(isProcessAlive);
    if (alive.length === 0) return;
    for (const pid of alive) signalProcess(pid, signal);
    if (await waitForExit(alive, wait)) return;
  }
  throw new Error(`Processes ${pids.join(", ")} did not exit even after SIGKILL.`);
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
