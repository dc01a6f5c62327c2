import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, outboxMessageId, retryDelaySeconds, RETRY_MAX_SECONDS } from "./send";

describe("sender rules", () => {
  it("backs off exponentially from one minute, never beyond the ceiling", () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([60, 120, 240, 480]);
    expect(retryDelaySeconds(MAX_ATTEMPTS + 10)).toBe(RETRY_MAX_SECONDS);
  });

  it("derives the Message-ID from the outbox row only", () => {
    const row = { id: 42, createdAt: new Date("2026-12-02T06:00:00.000Z") };
    expect(outboxMessageId(row, "ventanilla.example.org")).toBe(outboxMessageId({ ...row }, "ventanilla.example.org"));
    expect(outboxMessageId(row, "ventanilla.example.org")).toMatch(/^<outbox-42-[0-9a-z]+@ventanilla\.example\.org>$/);
    expect(outboxMessageId({ ...row, id: 43 }, "ventanilla.example.org")).not.toBe(
      outboxMessageId(row, "ventanilla.example.org"),
    );
  });
});
