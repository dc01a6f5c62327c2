import { describe, expect, it } from "vitest";
import { officeChoiceSchema } from "./schemas";

const schema = officeChoiceSchema(["jalisco", "puerto-vallarta"]);

describe("office choice", () => {
  it("accepts an office that receives the procedure", () => {
    expect(schema.parse({ office: " jalisco " })).toEqual({ office: "jalisco" });
  });

  it("asks to choose when nothing, an unknown office or a repeated field is sent", () => {
    for (const office of [undefined, "", "chiapas", ["jalisco"]]) {
      const result = schema.safeParse({ office });
      expect(result.success, String(office)).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("offices.chooseError");
    }
  });
});
