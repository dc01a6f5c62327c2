import { describe, expect, it } from "vitest";
import { isBelowPublicationThreshold, meetsTarget } from "./policy";

describe("publication policy", () => {
  it("meets the 80 % target from exactly 80 % up", () => {
    expect(meetsTarget(4, 5)).toBe(true);
    expect(meetsTarget(8, 10)).toBe(true);
    expect(meetsTarget(79, 100)).toBe(false);
    expect(meetsTarget(799, 1000)).toBe(false);
    expect(meetsTarget(7, 7)).toBe(true);
    expect(meetsTarget(7, 10)).toBe(false);
  });
  it("says nothing is met when nothing was measured", () => {
    expect(meetsTarget(0, 0)).toBe(false);
  });
  it("publishes counts of 5 and more, hides 0 to 4", () => {
    expect([0, 1, 4, 5, 6, 100].map(isBelowPublicationThreshold)).toEqual([true, true, true, false, false, false]);
  });
});
