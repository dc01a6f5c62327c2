import { describe, expect, it } from "vitest";
import { addDays, todayIn } from "@/lib/dates";
import { loadCatalogue } from "@/prisma/catalogue/validate";
import { catalogueProcedure } from "@/tests/factories/application-view";
import { guidePrefillFor, guidePrefillHref, prefillFromGuide } from "./prefill";
import { walkGuide } from "./walk";

const { guide } = loadCatalogue();
const today = todayIn();
const inTwentyDays = addDays(today, 20);
const lastMonth = addDays(today, -30);
const nextMonth = addDays(today, 30);
const query = (answers: Record<string, string>) => new URLSearchParams(answers).toString();

const RENEWAL = "renovacion-de-documento-migratorio";
const renewing = query({
  donde: "mexico",
  situacion: "residente-temporal",
  "motivo-residente-temporal": "vence",
  vencimiento: inTwentyDays,
});
const familyAbroad = (parentesco: string, estatus: string) =>
  query({ donde: "extranjero", "motivo-extranjero": "familia", parentesco, "estatus-familiar": estatus });
const moved = (date: string) =>
  query({
    donde: "mexico",
    situacion: "residente-permanente",
    "motivo-residente-permanente": "cambio",
    "que-cambio": "domicilio",
    "fecha-cambio": date,
  });
const forProcedure = (q: string, slug: string) => guidePrefillFor(guide, q, catalogueProcedure(slug));

describe("prefillFromGuide (what the answers propose, before the form's checks)", () => {
  it("proposes the current card and the expiry date for every field that holds a card's expiry", () => {
    expect(prefillFromGuide(guide, renewing, RENEWAL)).toEqual({
      passport: { migrationDocument: "temporary-resident" },
      details: { currentCardExpiry: inTwentyDays, expiredOn: inTwentyDays },
    });
  });

  it("proposes nothing for a procedure the answers do not lead to, unfinished answers or an oversized query", () => {
    expect(prefillFromGuide(guide, renewing, "permiso-para-trabajar")).toEqual({});
    expect(prefillFromGuide(guide, query({ donde: "mexico", situacion: "residente-temporal" }), RENEWAL)).toEqual({});
    expect(prefillFromGuide(guide, `${renewing}&x=${"a".repeat(2_000)}`, RENEWAL)).toEqual({});
    expect(prefillFromGuide(guide, "donde=luna", RENEWAL)).toEqual({});
  });

  it("reads the relative the other way round: 'my relative is my child' makes the applicant the parent", () => {
    expect(prefillFromGuide(guide, familyAbroad("hijo", "residente-temporal"), "visa-por-unidad-familiar")).toEqual({
      passport: { migrationDocument: "none" },
      details: { relationship: "parent", relativeStatus: "temporary-resident" },
    });
  });
});

describe("guidePrefillFor (what the form of the procedure starts with)", () => {
  it("keeps the renewal's own date field and drops the expired-document one it does not ask", () => {
    expect(forProcedure(renewing, RENEWAL)).toEqual({
      passport: { migrationDocument: "temporary-resident" },
      details: { currentCardExpiry: inTwentyDays },
    });
  });

  it("fills a family visa from abroad, then the exchange that follows it with its route but not the card", () => {
    const answers = familyAbroad("conyuge", "mexicano");
    expect(forProcedure(answers, "visa-por-unidad-familiar")).toEqual({
      passport: { migrationDocument: "none" },
      details: { relationship: "spouse", relativeStatus: "national" },
    });
    expect(forProcedure(answers, "expedicion-de-documento-migratorio-por-canje")).toEqual({
      details: { route: "unidad-familiar" },
    });
  });

  it("turns the route of a change to permanent residence into the form's 'on which basis' answer", () => {
    const answers = query({
      donde: "mexico",
      situacion: "residente-temporal",
      "motivo-residente-temporal": "permanente",
      "via-permanente": "pensionado",
    });
    expect(forProcedure(answers, "cambio-de-residente-temporal-a-permanente")).toEqual({
      passport: { migrationDocument: "temporary-resident" },
      details: { statusChangeBasis: "pensioner" },
    });
  });

  it("selects the route of a student's change of status", () => {
    const answers = query({ donde: "mexico", situacion: "estudiante", "motivo-estudiante": "terminar-oferta" });
    expect(forProcedure(answers, "cambio-de-residente-temporal-estudiante-a-residente-temporal")).toEqual({
      passport: { migrationDocument: "temporary-resident-student" },
      details: { route: "oferta-de-empleo" },
    });
  });

  it("fills the date of a move in the past, and drops one in the future that the form would refuse", () => {
    expect(forProcedure(moved(lastMonth), "notificacion-cambio-de-domicilio")).toEqual({
      passport: { migrationDocument: "permanent-resident" },
      details: { changeDate: lastMonth },
    });
    expect(forProcedure(moved(nextMonth), "notificacion-cambio-de-domicilio")).toEqual({
      passport: { migrationDocument: "permanent-resident" },
    });
  });

  it("never puts the parent's card on a child's exit authorisation, whose passport step is the child's", () => {
    const answers = query({ donde: "mexico", situacion: "residente-temporal", "motivo-residente-temporal": "menor" });
    expect(prefillFromGuide(guide, answers, "autorizacion-de-salida-de-menores")).toEqual({
      passport: { migrationDocument: "temporary-resident" },
    });
    expect(forProcedure(answers, "autorizacion-de-salida-de-menores")).toEqual({});
  });
});

describe("guidePrefillHref", () => {
  it("links to the form's start page with the path's answers, in the order asked, in one parameter", () => {
    const walk = walkGuide(guide, { "motivo-visitante": "oferta", situacion: "visitante", donde: "mexico" });
    expect(guidePrefillHref("en", "visa-por-oferta-de-empleo", walk.steps)).toBe(
      "/en/tramites/visa-por-oferta-de-empleo/solicitud?guia=donde%3Dmexico%26situacion%3Dvisitante%26motivo-visitante%3Doferta",
    );
  });
});
