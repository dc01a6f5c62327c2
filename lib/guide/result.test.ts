import { describe, expect, it } from "vitest";
import { offeredEntries } from "./result";

const note = { es: "Se sustituye.", en: "Replaced." };
const offered = (slug: string) => ({ slug, retired: null });
const retired = (slug: string, replacedBy: string[]) => ({ slug, retired: { on: "2026-12-01", replacedBy, note } });

describe("a guide result after the catalogue changed", () => {
  it("keeps offered procedures with their routes, in order", () => {
    expect(offeredEntries([{ slug: "a", route: "r" }, { slug: "b" }], [offered("a"), offered("b")])).toEqual([
      { slug: "a", route: "r" },
      { slug: "b" },
    ]);
  });

  it("leads to what replaces a retired procedure, without its route and without repeating a listed one", () => {
    const procedures = [retired("a", ["c", "b"]), offered("b"), offered("c")];
    expect(offeredEntries([{ slug: "a", route: "r" }, { slug: "b" }], procedures)).toEqual([
      { slug: "c" },
      { slug: "b" },
    ]);
  });

  it("skips a procedure retired without an offered replacement, and an unknown one", () => {
    const procedures = [retired("a", []), retired("b", ["x"]), retired("x", [])];
    expect(offeredEntries([{ slug: "a" }, { slug: "b" }, { slug: "zzz" }], procedures)).toEqual([]);
  });
});
