import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, outboxMessageId, retryBaseSeconds, retryDelaySeconds, RETRY_MAX_SECONDS } from "./send";

describe("sender rules", () => {
  it("backs off exponentially from one minute, never beyond the ceiling", () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([60, 120, 240, 480]);
    expect(retryDelaySeconds(MAX_ATTEMPTS + 10)).toBe(RETRY_MAX_SECONDS);
  });

  it("takes a shorter first delay only from a positive NOTIFICATIONS_RETRY_BASE_SECONDS", () => {
    expect(["1", "0.5", undefined, "", "0", "-5", "soon"].map((raw) => retryBaseSeconds(raw))).toEqual([
      1, 0.5, 60, 60, 60, 60, 60,
    ]);
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
