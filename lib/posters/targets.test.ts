import { describe, expect, it } from "vitest";
import { targetKey, targetPath } from "./targets";

describe("poster targets", () => {
  it("give one key per poster, so generating it twice reuses the code", () => {
    expect(targetKey("procedure", 12, null)).toBe("procedure:12");
    expect(targetKey("procedure", 12, 3)).toBe("procedure:12@office:3");
    expect(targetKey("office", null, 3)).toBe("office:3");
    expect(targetKey("general", null, null)).toBe("general");
  });

  it("open the localized page of the procedure, the office or the catalogue", () => {
    expect(
      targetPath(
        { kind: "procedure", procedureSlug: "renovacion-de-documento-migratorio", officeSlug: "jalisco" },
        "en",
      ),
    ).toBe("/en/tramites/renovacion-de-documento-migratorio");
    expect(targetPath({ kind: "office", officeSlug: "tapachula" }, "es")).toBe("/es/oficinas/tapachula");
    expect(targetPath({ kind: "general" }, "es")).toBe("/es/tramites");
  });
});
