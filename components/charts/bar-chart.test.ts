import { describe, expect, it } from "vitest";
import { wrapLabel } from "./bar-chart";

describe("bar chart labels", () => {
  it("wrap long procedure names at spaces so they fit a phone", () => {
    expect(wrapLabel("Cambio a residente permanente por vínculo familiar", 30)).toEqual([
      "Cambio a residente permanente",
      "por vínculo familiar",
    ]);
    expect(wrapLabel("Visa")).toEqual(["Visa"]);
  });
});
