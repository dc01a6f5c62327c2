import { describe, expect, it } from "vitest";
import { countPlaywright, countVitest, type VitestReport } from "./report-counts";

const file = (status: string, tests: string[], message = ""): VitestReport["testResults"][number] => ({
  name: "/repo/tests/integration/x.test.ts",
  status,
  message,
  assertionResults: tests.map((s) => ({ status: s })),
});

describe("npm test's counting of a Vitest report", () => {
  it("counts passed and failed tests as reported", () => {
    expect(
      countVitest({ testResults: [file("passed", ["passed", "passed"]), file("failed", ["passed", "failed"])] }, 1),
    ).toEqual({ passed: 3, failed: 1, skipped: 0 });
  });

  it("counts the tests of a file whose beforeAll failed as failed, not skipped", () => {
    expect(
      countVitest({ testResults: [file("failed", Array(12).fill("skipped"), "database did not start")] }, 1),
    ).toEqual({ passed: 0, failed: 12, skipped: 0 });
  });

  it("counts a file that failed before collecting any test as one failure", () => {
    expect(countVitest({ testResults: [file("failed", [], "Cannot find module")] }, 1)).toEqual({
      passed: 0,
      failed: 1,
      skipped: 0,
    });
  });

  it("counts a non-zero exit with a clean report as one failure", () => {
    expect(countVitest({ testResults: [file("passed", ["passed"])] }, 1)).toEqual({ passed: 1, failed: 1, skipped: 0 });
  });

  it("keeps a skipped test in a passing file as skipped", () => {
    expect(countVitest({ testResults: [file("passed", ["passed", "skipped"])] }, 0)).toEqual({
      passed: 1,
      failed: 0,
      skipped: 1,
    });
  });
});

describe("npm test's counting of a Playwright report", () => {
  it("counts flaky tests (passed only on a retry) as failed", () => {
    expect(countPlaywright({ stats: { expected: 10, unexpected: 0, flaky: 2, skipped: 0 } }, 1)).toEqual({
      passed: 10,
      failed: 2,
      skipped: 0,
    });
  });

  it("counts each load error or forbidden .only as a failure", () => {
    expect(
      countPlaywright({ stats: { expected: 1, unexpected: 0, flaky: 0, skipped: 0 }, errors: [{}, {}] }, 1),
    ).toEqual({ passed: 1, failed: 2, skipped: 0 });
  });

  it("counts a non-zero exit with a clean report as one failure", () => {
    expect(countPlaywright({ stats: { expected: 5, unexpected: 0, flaky: 0, skipped: 0 } }, 1)).toEqual({
      passed: 5,
      failed: 1,
      skipped: 0,
    });
    expect(countPlaywright({ stats: { expected: 5, unexpected: 0, flaky: 0, skipped: 0 } }, 0)).toEqual({
      passed: 5,
      failed: 0,
      skipped: 0,
    });
  });
});
