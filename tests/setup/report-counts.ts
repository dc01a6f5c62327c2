import path from "node:path";

/** What `npm test` adds up across stages. */
export type Tally = { passed: number; failed: number; skipped: number };

/** The parts of Vitest's JSON report (reporter "json") the runner reads. */
export type VitestReport = {
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string }[] }[];
};

/** The parts of Playwright's JSON report the runner reads. */
export type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: unknown[];
};

/**
 * Counts one Vitest run from its JSON report and exit code. In a file that failed as a whole (a failing
 * beforeAll, an import error, a forbidden `.only`), Vitest marks the tests it never ran "skipped": here they
 * count as failed, and a failed file with no test at all counts one failure, so "12 tests whose database did
 * not start" reads as 12 failures, not 12 skips. A non-zero exit the report does not explain (an unhandled
 * error, a failing teardown, "no test files") is one more failure.
 */
export function countVitest(report: VitestReport, exitCode: number, explain: (line: string) => void = () => {}): Tally {
  const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
  for (const file of report.testResults) {
    const statuses = file.assertionResults.map((t) => t.status);
    const passed = statuses.filter((s) => s === "passed").length;
    const failed = statuses.filter((s) => s === "failed").length;
    const notRun = statuses.length - passed - failed;
    tally.passed += passed;
    if (file.status === "failed") {
      tally.failed += failed + notRun + (statuses.length === 0 ? 1 : 0);
      if (failed === 0) explain(`${path.basename(file.name)} failed outside its tests: ${file.message ?? ""}`);
    } else {
      tally.failed += failed;
      tally.skipped += notRun;
    }
  }
  if (exitCode !== 0 && tally.failed === 0) tally.failed += 1;
  return tally;
}

/**
 * Counts one Playwright run. Flaky (passed only on a retry) counts as failed; a spec that fails to load or a
 * forbidden `.only` shows only under `errors`, one failure each; a non-zero exit with an otherwise clean
 * report is one failure.
 */
export function countPlaywright(report: PlaywrightReport, exitCode: number): Tally {
  const { expected, unexpected, flaky, skipped } = report.stats;
  const tally: Tally = { passed: expected, failed: unexpected + flaky + (report.errors?.length ?? 0), skipped };
  if (exitCode !== 0 && tally.failed === 0) tally.failed += 1;
  return tally;
}
