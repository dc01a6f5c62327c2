import { describe, expect, it } from "vitest";
import { procedureSchema } from "@/prisma/catalogue/schema";
import { orderKeysLike, officeRuleFor } from "./file-format";

const ALL = ["a", "b", "c", "d", "e"];

describe("an office's procedure rule in offices.json", () => {
  it('is "all" when the office receives every procedure', () => {
    expect(officeRuleFor(["e", "d", "c", "b", "a"], ALL, { except: ["b"] })).toBe("all");
  });

  it("lists the few procedures it does not receive", () => {
    expect(officeRuleFor(["a", "b", "c", "d"], ALL, "all")).toEqual({ except: ["e"] });
  });

  it("lists the few procedures it receives, keeping the order the file had", () => {
    expect(officeRuleFor(["d", "a"], ALL, ["d", "b"])).toEqual(["d", "a"]);
  });
});

describe("data file key order", () => {
  it("follows the schema, whatever order the database returned", () => {
    const ordered = orderKeysLike(
      { title: { en: "T", es: "T" }, slug: "x", requirements: [{ verify: true, name: { en: "N", es: "N" } }] },
      procedureSchema,
    );
    expect(JSON.stringify(ordered)).toBe(
      '{"slug":"x","title":{"es":"T","en":"T"},"requirements":[{"name":{"es":"N","en":"N"},"verify":true}]}',
    );
  });
});
