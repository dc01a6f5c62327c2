import { describe, expect, it } from "vitest";
import type { RequirementDTO } from "@/lib/procedures/types";
import { buildChecklist, letterAttachments, requirementApplicability } from "./checklist";

let position = 0;
function requirement(overrides: Partial<RequirementDTO> & { es?: string } = {}): RequirementDTO {
  const { es = `Requisito ${position}`, ...rest } = overrides;
  return {
    position: position++,
    name: { es, en: es },
    detail: null,
    presentation: "original",
    condition: null,
    appliesWhen: null,
    sourceIds: ["s"],
    verify: false,
    ...rest,
  };
}
const minorsOnly = { appliesWhen: { field: "age", op: "lt", value: 18 } as const, condition: null };
const age = (n: number | null) => ({ age: n });

describe("requirementApplicability", () => {
  it("includes a minors-only requirement up to the day before the 18th birthday (maxAge is exclusive)", () => {
    expect(requirementApplicability(minorsOnly, age(17))).toBe("applies");
    expect(requirementApplicability(minorsOnly, age(18))).toBe("not-applicable");
  });
  it("includes minAge itself", () => {
    const teens = {
      appliesWhen: {
        all: [{ field: "age", op: "gte", value: 16 } as const, { field: "age", op: "lt", value: 18 } as const],
      },
      condition: null,
    };
    expect(requirementApplicability(teens, age(15))).toBe("not-applicable");
    expect(requirementApplicability(teens, age(16))).toBe("applies");
    expect(requirementApplicability(teens, age(17))).toBe("applies");
    expect(requirementApplicability(teens, age(18))).toBe("not-applicable");
  });
  it("leaves a condition the portal cannot evaluate to the person", () => {
    expect(
      requirementApplicability({ appliesWhen: null, condition: { es: "Solo si lo pide el INM.", en: "x" } }, age(40)),
    ).toBe("if-applicable");
    expect(requirementApplicability({ appliesWhen: null, condition: null }, age(40))).toBe("applies");
  });
  it("shows age conditions as 'if applicable' when the age is unknown (blank checklist)", () => {
    expect(requirementApplicability(minorsOnly, age(null))).toBe("if-applicable");
    expect(requirementApplicability(minorsOnly, null)).toBe("if-applicable");
  });
});

describe("buildChecklist", () => {
  const list = [
    requirement({ es: "Formato" }),
    requirement({ es: "Firma del tutor", ...minorsOnly }),
    requirement({ es: "Pasaporte" }),
  ];
  it("numbers the requirements that apply to an adult and counts what it left out", () => {
    const { items, omitted } = buildChecklist(list, age(37));
    expect(items.map((i) => [i.number, i.requirement.name.es])).toEqual([
      [1, "Formato"],
      [2, "Pasaporte"],
    ]);
    expect(omitted).toBe(1);
  });
  it("keeps everything for a minor and for the blank checklist", () => {
    expect(buildChecklist(list, age(12)).items).toHaveLength(3);
    expect(buildChecklist(list, null).items.map((i) => i.applicability)).toEqual([
      "applies",
      "if-applicable",
      "applies",
    ]);
  });
});

describe("letterAttachments", () => {
  it("lists the papers to attach, not the online form, the signature or the letter itself", () => {
    const list = [
      requirement({ es: "Formato para solicitar trámite", presentation: "online" }),
      requirement({ es: "Firma de la madre, el padre o la persona tutora en el formato", ...minorsOnly }),
      requirement({ es: "Carta bajo protesta de decir verdad" }),
      requirement({ es: "Tarjeta de residente", presentation: "original_and_copy" }),
      requirement({ es: "Apostilla", condition: { es: "Solo si…", en: "Only if…" } }),
    ];
    expect(letterAttachments(list, age(12)).map((i) => [i.number, i.requirement.name.es, i.applicability])).toEqual([
      [1, "Tarjeta de residente", "applies"],
      [2, "Apostilla", "if-applicable"],
    ]);
  });
});
