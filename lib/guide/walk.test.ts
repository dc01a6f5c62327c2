import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/messages";
import { loadCatalogue } from "@/prisma/catalogue/validate";
import { reasonSentence } from "./reason";
import { anchorDatesOf, answersFromQuery, factsOf, queryOf, walkGuide } from "./walk";

const { guide } = loadCatalogue();
const moved = {
  donde: "mexico",
  situacion: "residente-temporal",
  "motivo-residente-temporal": "cambio",
  "que-cambio": "domicilio",
  "fecha-cambio": "2026-12-14",
};

describe("walkGuide", () => {
  it("starts with where the person is", () => {
    const walk = walkGuide(guide, {});
    expect(walk.kind === "question" && walk.question.id).toBe("donde");
  });

  it("ends a move of a temporary resident on the change-of-address notice, with the facts and the date", () => {
    const walk = walkGuide(guide, moved);
    expect(walk.kind).toBe("result");
    if (walk.kind !== "result") return;
    expect(walk.result.id).toBe("notif-domicilio");
    expect(factsOf(walk.steps)).toEqual({ currentStatus: "temporary_resident" });
    expect(anchorDatesOf(walk.steps)).toEqual({ change_of_circumstances: "2026-12-14" });
    expect(queryOf(walk.steps)).toBe(
      "donde=mexico&situacion=residente-temporal&motivo-residente-temporal=cambio&que-cambio=domicilio&fecha-cambio=2026-12-14",
    );
  });

  it("stops at a question whose answer is not one of its options, or not a real date, and keeps what was sent", () => {
    const bad = walkGuide(guide, { donde: "luna" });
    expect(bad).toMatchObject({ kind: "question", invalid: "luna", current: null });
    const badDate = walkGuide(guide, { ...moved, "fecha-cambio": "2026-02-30" });
    expect(badDate.kind === "question" && [badDate.question.id, badDate.invalid]).toEqual([
      "fecha-cambio",
      "2026-02-30",
    ]);
    const farDate = walkGuide(guide, { ...moved, "fecha-cambio": "3026-01-01" });
    expect(farDate.kind).toBe("question");
  });

  it("ignores answers to questions off the path", () => {
    const walk = walkGuide(guide, { ...moved, "motivo-extranjero": "oferta", "via-permanente": "cuatro-anos" });
    expect(walk.kind === "result" && walk.result.id).toBe("notif-domicilio");
  });

  it("shows a question again, with its answer, when the person asks to change it", () => {
    const walk = walkGuide(guide, moved, "que-cambio");
    expect(walk).toMatchObject({ kind: "question", current: "domicilio", invalid: null });
    expect(walk.steps.map((s) => s.question.id)).toEqual(["donde", "situacion", "motivo-residente-temporal"]);
  });

  it("sends a family case to a different procedure depending on where the person stands", () => {
    const family = { parentesco: "conyuge", "estatus-familiar": "mexicano" };
    const abroad = walkGuide(guide, { donde: "extranjero", "motivo-extranjero": "familia", ...family });
    const irregular = walkGuide(guide, {
      donde: "mexico",
      situacion: "irregular",
      "motivo-irregular": "familia",
      ...family,
    });
    const visitor = walkGuide(guide, {
      donde: "mexico",
      situacion: "visitante",
      "motivo-visitante": "familia",
      ...family,
    });
    expect([abroad, irregular, visitor].map((w) => w.kind === "result" && w.result.id)).toEqual([
      "visa-familia",
      "regularizacion-familia",
      "cambio-rt-familia",
    ]);
    expect(irregular.kind === "result" && factsOf(irregular.steps)).toEqual({
      currentStatus: "irregular",
      relationship: "spouse",
      sponsorStatus: "national",
    });
  });
});

describe("answersFromQuery", () => {
  it("keeps one string per known question and drops the rest", () => {
    expect(answersFromQuery(guide, { donde: "mexico", situacion: ["a", "b"], x: "1", p: "donde" })).toEqual({
      donde: "mexico",
    });
  });
});

describe("reasonSentence", () => {
  it("says why in one sentence built from the answers, in the person's language", () => {
    const walk = walkGuide(guide, moved);
    if (walk.kind !== "result") throw new Error("expected a result");
    expect(reasonSentence(walk.steps, walk.result, "es", getTranslator("es"))).toBe(
      "Como está en México, es residente temporal, cambió de domicilio y el cambio ocurrió el 14 de diciembre de 2026, debe avisar al INM dentro de los 90 días siguientes al cambio.",
    );
    expect(reasonSentence(walk.steps, walk.result, "en", getTranslator("en"))).toBe(
      "Because you are in Mexico, you are a temporary resident, you moved to a new address, and the change happened on December 14, 2026, you must notify the INM within 90 days of the change.",
    );
  });
});
