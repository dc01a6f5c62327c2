import { describe, expect, it } from "vitest";
import { catalogueCheckSeconds } from "./schedule";

describe("CATALOGUE_CHECK_SECONDS", () => {
  it("defaults to 15 seconds when unset or empty", () => {
    expect(catalogueCheckSeconds(undefined)).toBe(15);
    expect(catalogueCheckSeconds(" ")).toBe(15);
  });

  it("takes a number of seconds between 1 and 3600", () => {
    expect(catalogueCheckSeconds("2")).toBe(2);
    expect(catalogueCheckSeconds("1.5")).toBe(1.5);
    expect(catalogueCheckSeconds("3600")).toBe(3600);
  });

  it("falls back to 15 for anything else", () => {
    expect(catalogueCheckSeconds("0")).toBe(15);
    expect(catalogueCheckSeconds("3601")).toBe(15);
    expect(catalogueCheckSeconds("soon")).toBe(15);
  });
});
