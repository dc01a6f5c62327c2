import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/prisma/catalogue/validate";
import type { GuideData } from "@/prisma/catalogue/guide-schema";
import { checkGuide, guidePaths, pathLengths } from "./check";

const t = (es: string) => ({ es, en: es });
const option = (id: string, next: unknown) => ({ id, label: t(id), phrase: t(id), next });
const choice = (id: string, options: unknown[]) =>
  ({ id, kind: "choice", title: t(id), short: t(id), options }) as GuideData["questions"][number];
const result = (id: string, slugs: string[]) => ({
  id,
  kind: "procedures",
  title: t(id),
  because: t(id),
  procedures: slugs.map((slug): { slug: string; route?: string } => ({ slug })),
});
const guideOf = (questions: unknown[], results: unknown[]): GuideData =>
  ({ start: "a", questions, results, lastReviewed: "2026-12-02" }) as GuideData;
const procedures = [
  { slug: "uno", routes: [] },
  { slug: "dos", routes: ["ruta"] },
];

/** A sound two-question tree: a → (x → b → …) | (y → result dos). */
const sound = () =>
  guideOf(
    [
      choice("a", [option("x", { question: "b" }), option("y", { result: "r2" })]),
      choice("b", [option("p", { result: "r1" }), option("q", { result: "r2" })]),
    ],
    [result("r1", ["uno"]), result("r2", ["dos"])],
  );

describe("checkGuide", () => {
  it("accepts a tree where every branch ends and every procedure is reachable", () => {
    expect(checkGuide(sound(), procedures)).toEqual([]);
  });

  it("refuses a branch that loops back to a question already asked", () => {
    const g = sound();
    (g.questions[1] as { options: { next: unknown }[] }).options[0]!.next = { question: "a" };
    expect(checkGuide(g, procedures).join("\n")).toMatch(/question "a" is asked twice on the path a → b → a/);
  });

  it("refuses a branch that leads nowhere (unknown question or result)", () => {
    const g = sound();
    (g.questions[1] as { options: { next: unknown }[] }).options[0]!.next = { question: "zz" };
    (g.questions[1] as { options: { next: unknown }[] }).options[1]!.next = { result: "nada" };
    const problems = checkGuide(g, procedures).join("\n");
    expect(problems).toMatch(/goes to unknown question "zz"/);
    expect(problems).toMatch(/ends on unknown result "nada"/);
  });

  it("refuses a result that names a procedure or a route the catalogue lacks", () => {
    const g = guideOf(sound().questions, [
      result("r1", ["uno", "no-existe"]),
      { ...result("r2", []), procedures: [{ slug: "dos", route: "otra" }] },
    ]);
    const problems = checkGuide(g, procedures).join("\n");
    expect(problems).toMatch(/result "r1" names unknown procedure "no-existe"/);
    expect(problems).toMatch(/unknown route "otra" of "dos"/);
  });

  it("refuses a catalogue procedure no answer leads to, and a result nobody reaches", () => {
    const g = guideOf(
      [choice("a", [option("x", { result: "r1" }), option("y", { result: "r1" })])],
      [result("r1", ["uno"]), result("r2", ["dos"])],
    );
    const problems = checkGuide(g, procedures);
    expect(problems).toContain('guide.json: no answer leads to procedure "dos"');
    expect(problems).toContain('guide.json: result "r2" is never reached');
  });

  it("refuses a rule that reads an answer never given before it", () => {
    const g = sound();
    (g.questions[1] as { options: { next: unknown }[] }).options[0]!.next = [
      { when: { b: ["q"] }, to: { result: "r2" } },
      { to: { result: "r1" } },
    ];
    expect(checkGuide(g, procedures).join("\n")).toMatch(/a rule names "b", which is never asked before it/);
  });

  it("follows rules on earlier answers to the result they name", () => {
    const g = sound();
    (g.questions[1] as { options: { next: unknown }[] }).options[0]!.next = [
      { when: { a: ["x"] }, to: { result: "r2" } },
      { to: { result: "r1" } },
    ];
    // a=x, b=p now ends on r2 (the rule matched), so r1 is unreachable and procedure "uno" with it.
    expect(checkGuide(g, procedures)).toEqual([
      'guide.json: result "r1" is never reached',
      'guide.json: no answer leads to procedure "uno"',
    ]);
  });
});

describe("the shipped guide (prisma/catalogue/guide.json)", () => {
  const catalogue = loadCatalogue();

  it("reaches all 28 procedures of the catalogue and is sound", () => {
    expect(catalogue.procedures).toHaveLength(28);
    const refs = catalogue.procedures.map((p) => ({ slug: p.slug, routes: (p.routes ?? []).map((r) => r.id) }));
    expect(checkGuide(catalogue.guide, refs)).toEqual([]);
  });

  it("asks at most 5 questions on any path, 2 on the shortest, 4.5 on the median one (README figures)", () => {
    expect(pathLengths(guidePaths(catalogue.guide).paths)).toEqual({
      shortest: 2,
      longest: 5,
      median: 4.5,
      paths: 150,
    });
  });
});
