import { describe, expect, it } from "vitest";
import { changeSentences, groupByPublicationDay, parseVersionNumber, versionPeriod } from "./history";

const v1 = { number: 1, effectiveAt: "2026-01-10T06:00:00.000Z", isLive: false, isScheduled: false };
const v2 = { number: 2, effectiveAt: "2026-06-01T06:00:00.000Z", isLive: true, isScheduled: false };
const v3 = { number: 3, effectiveAt: "2027-01-01T06:00:00.000Z", isLive: false, isScheduled: true };

describe("versionPeriod", () => {
  it("a past version was in force until the next one took effect", () => {
    expect(versionPeriod(v1, [v3, v2, v1])).toEqual({
      state: "past",
      from: "2026-01-10T06:00:00.000Z",
      until: "2026-06-01T06:00:00.000Z",
    });
  });

  it("the live version has no end, a scheduled one says when it starts", () => {
    expect(versionPeriod(v2, [v1, v2, v3])).toEqual({ state: "live", from: "2026-06-01T06:00:00.000Z" });
    expect(versionPeriod(v3, [v1, v2, v3])).toEqual({ state: "scheduled", from: "2027-01-01T06:00:00.000Z" });
  });

  it("a scheduled version does not end the live one's period early", () => {
    const live = { ...v2, isLive: false };
    expect(versionPeriod(v1, [v1, live, v3]).state).toBe("past");
    expect(versionPeriod(live, [v1, live, v3])).toEqual({ state: "past", from: v2.effectiveAt, until: null });
  });
});

describe("groupByPublicationDay", () => {
  it("groups consecutive versions by the authority's calendar day, keeping their order", () => {
    const a = { id: "a", publishedAt: "2026-12-02T18:00:00.000Z" };
    // 05:00 UTC on 2 December is still 1 December in Mexico City (UTC−6).
    const b = { id: "b", publishedAt: "2026-12-02T05:00:00.000Z" };
    const c = { id: "c", publishedAt: "2026-12-01T07:00:00.000Z" };
    expect(groupByPublicationDay([a, b, c])).toEqual([
      { day: "2026-12-02", versions: [a] },
      { day: "2026-12-01", versions: [b, c] },
    ]);
  });
});

describe("changeSentences", () => {
  it("version 1 read from the data files says where it came from", () => {
    expect(changeSentences({ number: 1, origin: "files", changes: [] }, "es")).toEqual([
      "Primera versión publicada, tomada de los archivos del catálogo.",
    ]);
    expect(changeSentences({ number: 1, origin: "files", changes: [] }, "en")).toEqual([
      "First published version, taken from the catalogue files.",
    ]);
  });
});

describe("parseVersionNumber", () => {
  it("accepts a positive whole number as written in a link", () => {
    expect(parseVersionNumber("1")).toBe(1);
    expect(parseVersionNumber("27")).toBe(27);
  });

  it("refuses anything else, so the page answers 404 instead of failing", () => {
    for (const bad of ["0", "03", "-1", "1.5", "abc", "1e3", "", " 2", "9999999999"]) {
      expect(parseVersionNumber(bad)).toBeNull();
    }
  });
});
