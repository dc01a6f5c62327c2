import fs from "node:fs";
import { vi } from "vitest";

/**
 * Collects the security log's JSON lines (lib/security/log.ts writes them synchronously to stdout) while
 * `work` runs, and still lets every other write through. Spies on the output only; nothing is faked.
 */
export async function captureSecurityLog(work: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const lines: Record<string, unknown>[] = [];
  const original = fs.writeSync;
  const spy = vi.spyOn(fs, "writeSync").mockImplementation(((fd: number, data: unknown, ...rest: unknown[]) => {
    if (fd === 1 && typeof data === "string" && data.includes('"log":"security"')) {
      for (const line of data.trim().split("\n")) lines.push(JSON.parse(line) as Record<string, unknown>);
    }
    return (original as (...args: unknown[]) => number)(fd, data, ...rest);
  }) as typeof fs.writeSync);
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return lines;
}
