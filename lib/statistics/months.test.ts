import { describe, expect, it } from "vitest";
import { addMonths, monthRange } from "./months";

describe("months", () => {
  it("crosses year ends both ways", () => {
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-03", -23)).toBe("2024-04");
  });
  it("lists a range inclusively", () => {
    expect(monthRange("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthRange("2026-02", "2026-01")).toEqual([]);
  });
});
