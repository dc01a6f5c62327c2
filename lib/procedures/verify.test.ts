import { describe, expect, it } from "vitest";
import { hasFactsToVerify } from "./verify";

const confirmed = { verify: false };
const toConfirm = { verify: true };

describe("hasFactsToVerify", () => {
  it.each([
    ["nothing is marked", { requirements: [confirmed], fees: [confirmed], deadline: confirmed }, false],
    [
      "one requirement is marked",
      { requirements: [confirmed, toConfirm], fees: [confirmed], deadline: confirmed },
      true,
    ],
    ["one fee is marked", { requirements: [confirmed], fees: [toConfirm], deadline: confirmed }, true],
    ["the deadline is marked", { requirements: [], fees: [], deadline: toConfirm }, true],
    ["the procedure has no requirements or fees", { requirements: [], fees: [], deadline: confirmed }, false],
  ])("explains the to-be-confirmed badge only when one shows: %s", (_case, procedure, expected) => {
    expect(hasFactsToVerify(procedure)).toBe(expected);
  });
});
