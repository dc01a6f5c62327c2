import { describe, expect, it } from "vitest";
import { percentOf, suppressCells } from "./suppress";

describe("suppressCells", () => {
  it("hides cells under the minimum, shows the rest with their percentage", () => {
    expect(
      suppressCells(
        [
          { answers: 4, hits: 4 },
          { answers: 5, hits: 4 },
          { answers: 12, hits: 9 },
          { answers: 3, hits: 0 },
        ],
        5,
        false,
      ),
    ).toEqual([
      { suppressed: true },
      { suppressed: false, answers: 5, percent: 80 },
      { suppressed: false, answers: 12, percent: 75 },
      { suppressed: true },
    ]);
  });

  it("hides a second cell when a single hidden one could be worked out from the total", () => {
    const cells = [
      { answers: 2, hits: 1 },
      { answers: 30, hits: 25 },
      { answers: 7, hits: 6 },
    ];
    expect(suppressCells(cells, 5, true)).toEqual([
      { suppressed: true },
      { suppressed: false, answers: 30, percent: 83.3 },
      { suppressed: true },
    ]);
    expect(suppressCells(cells, 5, false)[2]).toEqual({ suppressed: false, answers: 7, percent: 85.7 });
  });

  it("needs no second cell when nothing or several are hidden", () => {
    expect(
      suppressCells(
        [
          { answers: 2, hits: 1 },
          { answers: 3, hits: 1 },
          { answers: 9, hits: 9 },
        ],
        5,
        true,
      ).map((c) => c.suppressed),
    ).toEqual([true, true, false]);
    expect(suppressCells([{ answers: 5, hits: 5 }], 5, true)).toEqual([
      { suppressed: false, answers: 5, percent: 100 },
    ]);
  });
});

describe("percentOf", () => {
  it("rounds to one decimal and survives zero", () => {
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(0, 0)).toBe(0);
  });
});
