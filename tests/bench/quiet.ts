import os from "node:os";

/** The highest 1-minute load average at which a bench's figures still mean something on this machine. */
export const QUIET_LOAD = 1;

/** "load average 0.42 / 0.51 / 0.60 (1 / 5 / 15 min) on 2 cores" */
export function loadLine(): string {
  const [one, five, fifteen] = os.loadavg().map((l) => l.toFixed(2));
  return `load average ${one} / ${five} / ${fifteen} (1 / 5 / 15 min) on ${os.availableParallelism()} cores`;
}

/**
 * Prints the load the bench starts on and refuses to start on a busy machine (1-minute load average of
 * QUIET_LOAD or more), since figures measured there compare nothing. BENCH_FORCE=1 runs anyway, and the
 * figures then carry the load they were measured on.
 */
export function requireQuietMachine(bench: string): void {
  const load = os.loadavg()[0]!;
  console.log(`${bench}: ${loadLine()} at start`);
  if (load < QUIET_LOAD) return;
  if (process.env.BENCH_FORCE === "1") {
    console.log(`${bench}: the machine is busy (load ≥ ${QUIET_LOAD}); running anyway (BENCH_FORCE=1).`);
    return;
  }
  console.error(
    `${bench}: the machine is busy (1-minute load average ${load.toFixed(2)} ≥ ${QUIET_LOAD}): figures measured now ` +
      "would mean nothing. Wait until it is quiet, or run with BENCH_FORCE=1 and report the load with the figures.",
  );
  process.exit(2);
}
