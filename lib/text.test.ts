import { describe, expect, it } from "vitest";
import { personalStepSchema } from "@/lib/applications/fields";
import { noteSchema, transitionSchema } from "@/lib/applications/staff-schemas";
import { staffCreateSchema } from "@/lib/auth/schemas";
import { handleFeedbackSchema } from "@/lib/participation/schemas";
import { isMultiLineText, isSingleLineText, multiLineString } from "./text";

const SPOOFS = {
  newline: "Juan\nAPROBADO",
  tab: "Juan\tPérez",
  nul: "a\u0000b",
  rlo: "Juan\u202Eodalorp",
  zeroWidth: "Ju\u200Ban",
  zeroWidthJoiner: "Ju\u200Dan",
  bom: "\uFEFFJuan",
  lineSeparator: "Juan\u2028X",
  paragraphSeparator: "Juan\u2029X",
  del: "Juan\u007F",
  c1: "Juan\u0085",
};

describe("text characters (review finding L9)", () => {
  it("a single line keeps accents, ñ and other scripts but refuses controls, bidi, zero-width and separators", () => {
    for (const ok of ["José Ángel Muñoz Peña", "O'Brien-Smith", "张伟", "Ñandú"])
      expect(isSingleLineText(ok), ok).toBe(true);
    for (const [name, bad] of Object.entries(SPOOFS)) expect(isSingleLineText(bad), name).toBe(false);
  });

  it("multi-line text allows \\n only", () => {
    expect(isMultiLineText("first line\nsecond line")).toBe(true);
    for (const [name, bad] of Object.entries(SPOOFS).filter(([n]) => n !== "newline"))
      expect(isMultiLineText(bad), name).toBe(false);
    expect(multiLineString().parse("a\r\nb\rc")).toBe("a\nb\nc");
  });

  it("the review's probe: a name with a newline and an RLO is refused with a clear message", () => {
    const result = personalStepSchema.safeParse({
      givenNames: "Juan\nAPROBADO\u202E",
      firstSurname: "Pérez",
      sex: "M",
      birthDate: "1990-05-17",
      birthCountry: "GT",
      nationality: "GT",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === "givenNames")?.message).toBe("errors.invalidCharacters");
  });

  it("staff free text with a NUL byte is an input error, not a database failure", () => {
    expect(noteSchema.safeParse({ applicationId: 1, body: "a\u0000b" }).error?.issues[0]?.message).toBe(
      "errors.invalidCharacters",
    );
    expect(noteSchema.safeParse({ applicationId: 1, body: "line one\r\nline two" }).data?.body).toBe(
      "line one\nline two",
    );
    expect(
      transitionSchema.safeParse({ applicationId: 1, expectedVersion: 0, to: "denied", message: "no\u0000" }).success,
    ).toBe(false);
    expect(
      staffCreateSchema.safeParse({ email: "x@inm.example", name: "Ana\u202E", role: "clerk" }).error?.issues[0]
        ?.message,
    ).toBe("errors.invalidCharacters");
    expect(
      handleFeedbackSchema.safeParse({ kind: "page", id: 1, version: 0, note: "done\u0000" }).error?.issues[0]?.message,
    ).toBe("errors.invalidCharacters");
    expect(handleFeedbackSchema.safeParse({ kind: "page", id: 1, version: 0, note: "done\nfixed" }).success).toBe(true);
  });
});
