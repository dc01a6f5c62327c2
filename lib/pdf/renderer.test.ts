import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { pdfPoolSettings } from "./renderer";

describe("pdfPoolSettings", () => {
  it("takes the pool's size and queue from the environment", () => {
    expect(pdfPoolSettings({ PDF_WORKERS: "3", PDF_QUEUE_LIMIT: "10" })).toEqual({ size: 3, queueLimit: 10 });
    expect(pdfPoolSettings({ PDF_WORKERS: "2" })).toEqual({ size: 2, queueLimit: 32 });
    expect(pdfPoolSettings({ PDF_WORKERS: "0" })).toEqual({ size: 0, queueLimit: 16 });
  });

  it("defaults to the cores less one, at least 1 and at most 4", () => {
    const cores = availableParallelism();
    const expected = cores <= 2 ? 1 : cores >= 5 ? 4 : cores - 1;
    expect(pdfPoolSettings({}).size).toBe(expected);
  });

  it("refuses settings that are not whole numbers in range, with the variable's name", () => {
    expect(() => pdfPoolSettings({ PDF_WORKERS: "two" })).toThrow(/PDF_WORKERS/);
    expect(() => pdfPoolSettings({ PDF_WORKERS: "-1" })).toThrow(/PDF_WORKERS/);
    expect(() => pdfPoolSettings({ PDF_QUEUE_LIMIT: "1.5" })).toThrow(/PDF_QUEUE_LIMIT/);
  });
});
