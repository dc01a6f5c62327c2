import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import renewal from "@/prisma/catalogue/procedures/renovacion-de-documento-migratorio.json";
import { procedureDocumentSchema, type ProcedureDocument } from "./document";
import {
  describeChange,
  describeChanges,
  diffProcedures,
  type CatalogueChange,
  type CatalogueChangeKind,
} from "./diff";

/** The real renewal procedure as a published version would store it; each test edits a copy by hand. */
const base: ProcedureDocument = procedureDocumentSchema.parse({ ...renewal, offices: ["aguascalientes", "campeche"] });
const copy = (): ProcedureDocument => structuredClone(base);

const FEE_ES = "Expedición del documento migratorio (tarjeta) — Residente temporal, 1 año";
const FEE_EN = "Issuance of the immigration document (card) — Temporary resident, 1 year";

function sentences(changes: CatalogueChange[]) {
  return { es: describeChanges(changes, "es"), en: describeChanges(changes, "en") };
}

describe("diffProcedures: nothing changed", () => {
  it("gives no change for the same document, nor for a new review date alone", () => {
    expect(diffProcedures(base, copy())).toEqual([]);
    const reviewed = copy();
    reviewed.lastReviewed = "2026-12-01";
    expect(diffProcedures(base, reviewed)).toEqual([]);
  });
});

describe("diffProcedures: a new procedure", () => {
  it("says the procedure was published, by its title", () => {
    const changes = diffProcedures(null, base);
    expect(changes).toEqual([
      {
        kind: "procedureAdded",
        title: { es: "Renovación de documento migratorio", en: "Renewal of your immigration document" },
      },
    ]);
    expect(sentences(changes)).toEqual({
      es: ["Se publicó el trámite «Renovación de documento migratorio»."],
      en: ["The procedure “Renewal of your immigration document” was published."],
    });
  });
});

describe("diffProcedures: requirements", () => {
  it("names a requirement added in the middle, without calling the others reordered", () => {
    const after = copy();
    after.requirements.splice(3, 0, {
      name: { es: "Comprobante de domicilio", en: "Proof of address" },
      presentation: "copy",
      sources: ["gobmx-ficha-inm820"],
      verify: true,
    });
    const changes = diffProcedures(base, after);
    expect(changes).toEqual([
      { kind: "requirementAdded", name: { es: "Comprobante de domicilio", en: "Proof of address" } },
    ]);
    expect(sentences(changes)).toEqual({
      es: ["Se agregó el requisito «Comprobante de domicilio»."],
      en: ["The requirement “Proof of address” was added."],
    });
  });

  it("names a requirement removed", () => {
    const after = copy();
    after.requirements.splice(3, 1);
    const changes = diffProcedures(base, after);
    expect(changes).toEqual([
      { kind: "requirementRemoved", name: { es: "Formato básico", en: "Basic data form (formato básico)" } },
    ]);
    expect(sentences(changes)).toEqual({
      es: ["Se quitó el requisito «Formato básico»."],
      en: ["The requirement “Basic data form (formato básico)” was removed."],
    });
  });

  it("reads a reworded requirement as a rename, even with a new one inserted above it", () => {
    const after = copy();
    after.requirements[5]!.name = {
      es: "Dos fotografías tamaño infantil",
      en: "Two small photographs (tamaño infantil)",
    };
    after.requirements.unshift({
      name: { es: "Comprobante de domicilio", en: "Proof of address" },
      presentation: "copy",
      sources: ["gobmx-ficha-inm820"],
      verify: true,
    });
    const changes = diffProcedures(base, after);
    expect(changes).toEqual([
      { kind: "requirementAdded", name: { es: "Comprobante de domicilio", en: "Proof of address" } },
      {
        kind: "requirementRenamed",
        before: { es: "Tres fotografías tamaño infantil", en: "Three small photographs (tamaño infantil)" },
        after: { es: "Dos fotografías tamaño infantil", en: "Two small photographs (tamaño infantil)" },
      },
    ]);
    expect(sentences(changes).es[1]).toBe(
      "El requisito «Tres fotografías tamaño infantil» ahora se llama «Dos fotografías tamaño infantil».",
    );
    expect(sentences(changes).en[1]).toBe(
      "The requirement “Three small photographs (tamaño infantil)” is now called “Two small photographs (tamaño infantil)”.",
    );
  });

  it("says a translation was corrected when the name changed only in the other language", () => {
    const after = copy();
    after.requirements[3]!.name = { es: "Formato básico", en: "Basic form (formato básico)" };
    expect(sentences(diffProcedures(base, after))).toEqual({
      es: ["Se corrigió una traducción de «Formato básico»."],
      en: ["The requirement “Basic data form (formato básico)” is now called “Basic form (formato básico)”."],
    });
  });

  it("does not publish a different document put in the same place as a rename", () => {
    const after = copy();
    after.requirements[3] = {
      name: { es: "Carta de antecedentes no penales", en: "Criminal record certificate" },
      presentation: "original",
      sources: ["gobmx-ficha-inm820"],
      verify: true,
    };
    expect(diffProcedures(base, after).map((c) => c.kind)).toEqual(["requirementAdded", "requirementRemoved"]);
  });

  it("names the requirement that moved when the order changes", () => {
    const after = copy();
    const [payment] = after.requirements.splice(6, 1);
    after.requirements.unshift(payment!);
    const changes = diffProcedures(base, after);
    expect(changes).toEqual([
      {
        kind: "reordered",
        list: "requirements",
        moved: [{ es: "Comprobante de pago de derechos", en: "Payment receipt (comprobante de pago de derechos)" }],
      },
    ]);
    expect(sentences(changes)).toEqual({
      es: ["Cambió el orden de los requisitos: se movió «Comprobante de pago de derechos»."],
      en: ["The order of the requirements changed: “Payment receipt (comprobante de pago de derechos)” moved."],
    });
  });

  it("says when a requirement is asked for, before and after, in words", () => {
    const after = copy();
    after.requirements[1]!.appliesWhen = { field: "age", op: "lt", value: 16 };
    delete after.requirements[4]!.condition;
    const changes = diffProcedures(base, after);
    expect(changes).toEqual([
      {
        kind: "requirementConditionChanged",
        name: {
          es: "Firma de la madre, el padre o la persona tutora en el formato",
          en: "Signature of the mother, father or guardian on the form",
        },
        before: { es: "Solo si tiene menos de 18 años.", en: "Only if you are under 18." },
        after: { es: "Solo si tiene menos de 16 años.", en: "Only if you are under 16." },
      },
      {
        kind: "requirementConditionChanged",
        name: {
          es: "Pasaporte o documento de identidad y viaje vigente",
          en: "Valid passport or identity and travel document",
        },
        before: {
          es: "Solo si su documento migratorio actual es la FMM.",
          en: "Only if your current immigration document is the FMM.",
        },
        after: null,
      },
    ]);
    expect(sentences(changes)).toEqual({
      es: [
        "Cambió cuándo se pide el requisito «Firma de la madre, el padre o la persona tutora en el formato»: antes, solo si tiene menos de 18 años; ahora, solo si tiene menos de 16 años.",
        "Cambió cuándo se pide el requisito «Pasaporte o documento de identidad y viaje vigente»: antes, solo si su documento migratorio actual es la FMM; ahora, siempre.",
      ],
      en: [
        "When the requirement “Signature of the mother, father or guardian on the form” is asked for changed: before, only if you are under 18; now, only if you are under 16.",
        "When the requirement “Valid passport or identity and travel document” is asked for changed: before, only if your current immigration document is the FMM; now, always.",
      ],
    });
  });

  it("reports the way a requirement is handed in and its verification", () => {
    const after = copy();
    after.requirements[3]!.presentation = "original_and_copy";
    after.requirements[3]!.verify = true;
    expect(sentences(diffProcedures(base, after)).es).toEqual([
      "Cambió cómo se entrega el requisito «Formato básico»: antes, en original; ahora, en original y copia.",
      "El requisito «Formato básico» quedó marcado «por verificar»: no se pudo confirmar en una fuente oficial.",
    ]);
  });
});

describe("diffProcedures: fees", () => {
  it("gives a fee's old and new amount in its currency", () => {
    const before = copy();
    before.fees[0]!.amount = 1620;
    const after = copy();
    after.fees[0]!.amount = 1710;
    after.fees[5]!.amount = 14000.5;
    const changes = diffProcedures(before, after);
    expect(changes[0]).toEqual({
      kind: "feeAmountChanged",
      name: {
        concept: {
          es: "Expedición del documento migratorio (tarjeta)",
          en: "Issuance of the immigration document (card)",
        },
        variant: { es: "Residente temporal, 1 año", en: "Temporary resident, 1 year" },
      },
      before: { currency: "MXN", amount: 1620, indexRange: null },
      after: { currency: "MXN", amount: 1710, indexRange: null },
    });
    expect(describeChange(changes[0]!, "es")).toBe(`La cuota «${FEE_ES}» pasó de $1,620.00 a $1,710.00.`);
    expect(describeChange(changes[0]!, "en")).toBe(`The fee “${FEE_EN}” went from $1,620.00 to $1,710.00.`);
    expect(describeChange(changes[1]!, "es")).toBe(
      "La cuota «Expedición del documento migratorio (tarjeta) — Residente permanente menor de edad (1 año si tiene menos de 3 años; 4 años de los 3 a los 18)» pasó de $13,578.96 a $14,000.50.",
    );
    expect(changes).toHaveLength(2);
  });

  it("says a fee became free, and a new year's rates, as separate facts", () => {
    const after = copy();
    after.fees[0]!.amount = 0;
    after.fees[0]!.year = 2027;
    expect(sentences(diffProcedures(base, after))).toEqual({
      es: [
        `La cuota «${FEE_ES}» ya no tiene costo (antes: $11,141.00).`,
        `La cuota «${FEE_ES}» ahora corresponde a las tarifas de 2027 (antes, a las de 2026).`,
      ],
      en: [
        `The fee “${FEE_EN}” no longer costs anything (before: $11,141.00).`,
        `The fee “${FEE_EN}” now follows the 2027 rates (before, the 2026 rates).`,
      ],
    });
  });

  it("names fees added and removed with their amount", () => {
    const after = copy();
    after.fees.splice(4, 1);
    after.fees.push({
      payment: 2,
      concept: { es: "Multa por presentación extemporánea", en: "Fine for late filing" },
      currency: "MXN",
      amount: null,
      indexRange: { unit: "UMA", min: 20, max: 40 },
      year: 2026,
      due: "when_fined",
      legalBasis: [{ instrument: "lm", article: "144" }],
      sources: ["ley-de-migracion"],
      verify: true,
    });
    expect(sentences(diffProcedures(base, after)).es).toEqual([
      "Se agregó la cuota «Multa por presentación extemporánea»: entre 20 y 40 UMA.",
      "Se quitó la cuota «Expedición del documento migratorio (tarjeta) — Visitante con permiso para realizar actividades remuneradas» ($4,341.00).",
    ]);
  });

  it("says who pays a fee, before and after", () => {
    const after = copy();
    delete after.fees[0]!.appliesWhen;
    expect(sentences(diffProcedures(base, after))).toEqual({
      es: [
        `Cambió a quién se cobra la cuota «${FEE_ES}»: antes, solo si hoy es residente temporal o residente temporal estudiante; ahora, a todas las personas.`,
      ],
      en: [
        `Who pays the fee “${FEE_EN}” changed: before, only if you are currently temporary resident or temporary resident student; now, everyone.`,
      ],
    });
  });
});

describe("diffProcedures: deadlines", () => {
  it("says the authority's days, the applicant's term and the silence rule before and after", () => {
    const after = copy();
    after.deadline.resolution!.days = 30;
    after.deadline.applicantDeadline!.days = 60;
    after.deadline.silence = "afirmativa_ficta";
    const changes = diffProcedures(base, after);
    expect(changes).toEqual([
      { kind: "resolutionTermChanged", before: { days: 20, unit: "business" }, after: { days: 30, unit: "business" } },
      { kind: "silenceChanged", before: "negativa_ficta", after: "afirmativa_ficta" },
      {
        kind: "applicantDeadlineChanged",
        before: { days: 30, unit: "calendar", anchor: "document_expiry", direction: "before" },
        after: { days: 60, unit: "calendar", anchor: "document_expiry", direction: "before" },
      },
    ]);
    expect(sentences(changes)).toEqual({
      es: [
        "El plazo de la autoridad para resolver pasó de 20 a 30 días hábiles.",
        "Cambió lo que pasa si la autoridad no responde a tiempo: antes, se entiende que su solicitud fue negada (negativa ficta); ahora, se entiende que su solicitud fue aprobada (afirmativa ficta).",
        "Cambió su plazo para presentar la solicitud: antes, a partir de 30 días naturales antes del vencimiento de su documento; ahora, a partir de 60 días naturales antes del vencimiento de su documento.",
      ],
      en: [
        "The authority's time to decide went from 20 to 30 business days.",
        "What happens if the authority does not answer in time changed: before, your application is treated as refused (negativa ficta); now, your application is treated as approved (afirmativa ficta).",
        "Your time limit to file the application changed: before, from 30 calendar days before the expiry of your document; now, from 60 calendar days before the expiry of your document.",
      ],
    });
  });

  it("says both terms when the unit of the authority's term changes", () => {
    const after = copy();
    after.deadline.resolution!.unit = "calendar";
    expect(sentences(diffProcedures(base, after)).es).toEqual([
      "El plazo de la autoridad para resolver pasó de 20 días hábiles a 20 días naturales.",
    ]);
  });

  it("names another term that changed by its days and its start", () => {
    const after = copy();
    after.deadline.more![0]!.days = 15;
    expect(sentences(diffProcedures(base, after)).es).toEqual([
      "Cambió un plazo para usted: antes, 10 días hábiles después de la notificación; ahora, 15 días hábiles después de la notificación.",
    ]);
  });
});

describe("diffProcedures: retirement", () => {
  const retired = () => {
    const doc = copy();
    doc.retired = {
      on: "2027-01-15",
      replacedBy: ["regularizacion-por-documento-vencido"],
      note: { es: "Ahora se pide por la regularización.", en: "Now requested through regularisation." },
    };
    return doc;
  };

  it("comes first and names what replaces the procedure", () => {
    const after = retired();
    after.offices = ["aguascalientes"];
    const changes = diffProcedures(base, after);
    expect(changes.map((c) => c.kind)).toEqual(["procedureRetired", "officeRemoved"]);
    const names = {
      procedures: {
        "regularizacion-por-documento-vencido": {
          es: "Regularización por documento vencido",
          en: "Regularisation after your document expired",
        },
      },
    };
    expect(describeChange(changes[0]!, "es", { names })).toBe(
      "El trámite dejó de ofrecerse el 15 de enero de 2027; en su lugar, vea «Regularización por documento vencido».",
    );
    expect(describeChange(changes[0]!, "en", { names })).toBe(
      "The procedure stopped being offered on January 15, 2027; instead, see “Regularisation after your document expired”.",
    );
    expect(describeChange(changes[1]!, "es")).toBe("Ya no puede presentar este trámite en la oficina «campeche».");
    expect(describeChange(changes[1]!, "es", { names: { offices: { campeche: "Oficina de Campeche" } } })).toBe(
      "Ya no puede presentar este trámite en la oficina «Oficina de Campeche».",
    );
  });

  it("says a withdrawn procedure is offered again", () => {
    expect(sentences(diffProcedures(retired(), base))).toEqual({
      es: ["El trámite se vuelve a ofrecer."],
      en: ["The procedure is offered again."],
    });
  });
});

describe("diffProcedures: the record as a whole", () => {
  it("orders changes as a reader wants them and stores only plain data", () => {
    const after = copy();
    after.title = { es: "Renovación de tarjeta", en: "Card renewal" };
    after.offices.push("baja-california");
    after.fees[0]!.amount = 12000;
    after.requirements.pop();
    after.deadline.resolution!.days = 25;
    after.steps[1]!.detail = { es: "Otro texto.", en: "Other text." };
    after.retired = { on: "2027-01-15", replacedBy: [], note: { es: "Ya no se ofrece.", en: "No longer offered." } };
    const changes = diffProcedures(base, after);
    expect(changes.map((c) => c.kind)).toEqual([
      "procedureRetired",
      "requirementRemoved",
      "feeAmountChanged",
      "resolutionTermChanged",
      "titleChanged",
      "stepDetailChanged",
      "officeAdded",
    ]);
    expect(JSON.parse(JSON.stringify(changes))).toEqual(changes);
    expect(describeChanges(changes, "es")[4]).toBe(
      "El nombre del trámite pasó de «Renovación de documento migratorio» a «Renovación de tarjeta».",
    );
  });
});

describe("diffProcedures: steps, forms, routes and the record's references", () => {
  it("names each item that changed", () => {
    const before = copy();
    before.routes = [
      { id: "renovacion", name: { es: "Renovación", en: "Renewal" }, available: true },
      { id: "puntos", name: { es: "Sistema de puntos", en: "Points system" }, available: true },
    ];
    const after = structuredClone(before);
    after.steps[0]!.title = { es: "Revise bien los requisitos", en: "Check the requirements carefully" };
    after.steps.pop();
    after.forms.pop();
    after.routes![1]!.available = false;
    after.codes.gobMx = "INM821";
    after.legalBasis.push("Ley de Migración, art. 133");
    after.sources = after.sources.filter((s) => s !== "embamex-espana-canje");
    expect(sentences(diffProcedures(before, after)).es).toEqual([
      "Se quitó el paso «Reciba la resolución y su tarjeta».",
      "El paso «Revise los requisitos» ahora se llama «Revise bien los requisitos».",
      "Ya no se usa el formato «formato-basico».",
      "La vía «Sistema de puntos» ya no está disponible.",
      "Cambió una clave oficial del trámite (Clave gob.mx): antes, INM820; ahora, INM821.",
      "Se agregó el fundamento legal «Ley de Migración, art. 133».",
      "Se quitó la fuente «embamex-espana-canje».",
    ]);
  });
});

/** One hand-made change of every kind; `satisfies` makes a new kind without an example fail to compile. */
const item = { es: "Acta de nacimiento", en: "Birth certificate" };
const fee = { concept: item, variant: null };
const money = { currency: "MXN", amount: 1620, indexRange: null };
const term = { days: 10, unit: "business", anchor: "notification", direction: "after" } as const;
const EXAMPLES = {
  procedureAdded: { kind: "procedureAdded", title: item },
  procedureRetired: { kind: "procedureRetired", on: "2027-01-15", replacedBy: ["acta-de-nacimiento"], note: item },
  retirementChanged: { kind: "retirementChanged", on: "2027-01-15", replacedBy: [], note: item },
  procedureUnretired: { kind: "procedureUnretired" },
  titleChanged: { kind: "titleChanged", before: item, after: item },
  textChanged: { kind: "textChanged", field: "feeNotes", edit: "added" },
  requirementAdded: { kind: "requirementAdded", name: item },
  requirementRemoved: { kind: "requirementRemoved", name: item },
  requirementRenamed: { kind: "requirementRenamed", before: item, after: item },
  requirementDetailChanged: { kind: "requirementDetailChanged", name: item, edit: "removed" },
  requirementPresentationChanged: {
    kind: "requirementPresentationChanged",
    name: item,
    before: "copy",
    after: "online",
  },
  requirementConditionChanged: { kind: "requirementConditionChanged", name: item, before: null, after: null },
  requirementSourcesChanged: { kind: "requirementSourcesChanged", name: item },
  requirementVerifyChanged: { kind: "requirementVerifyChanged", name: item, verify: true },
  reordered: { kind: "reordered", list: "steps", moved: [item, item] },
  feeAdded: { kind: "feeAdded", name: fee, amount: money },
  feeRemoved: { kind: "feeRemoved", name: fee, amount: money },
  feeRenamed: { kind: "feeRenamed", before: fee, after: fee },
  feeAmountChanged: { kind: "feeAmountChanged", name: fee, before: money, after: { ...money, amount: 0 } },
  feeYearChanged: { kind: "feeYearChanged", name: fee, before: 2026, after: 2027 },
  feePaymentChanged: { kind: "feePaymentChanged", name: fee, before: 1, after: 2 },
  feeDueChanged: { kind: "feeDueChanged", name: fee, before: "before_filing", after: "when_fined" },
  feeConditionChanged: { kind: "feeConditionChanged", name: fee, before: item, after: null },
  feeDiscountAdded: { kind: "feeDiscountAdded", name: fee, discount: { percent: 100, when: null } },
  feeDiscountRemoved: { kind: "feeDiscountRemoved", name: fee, discount: { percent: 50, when: null } },
  feeDiscountChanged: {
    kind: "feeDiscountChanged",
    name: fee,
    before: { percent: 50, when: null },
    after: { percent: 50, when: item },
  },
  feeDetailChanged: { kind: "feeDetailChanged", name: fee, field: "legalBasis" },
  feeVerifyChanged: { kind: "feeVerifyChanged", name: fee, verify: false },
  resolutionAdded: { kind: "resolutionAdded", days: 20, unit: "business", anchor: "complete_filing" },
  resolutionRemoved: { kind: "resolutionRemoved", days: 20, unit: "calendar" },
  resolutionTermChanged: {
    kind: "resolutionTermChanged",
    before: { days: 20, unit: "business" },
    after: { days: 30, unit: "business" },
  },
  resolutionAnchorChanged: { kind: "resolutionAnchorChanged", before: "complete_filing", after: "entry" },
  resolutionAuthorityChanged: { kind: "resolutionAuthorityChanged", before: "inm", after: "sre" },
  silenceChanged: { kind: "silenceChanged", before: "none", after: "negativa_ficta" },
  applicantDeadlineAdded: { kind: "applicantDeadlineAdded", term },
  applicantDeadlineRemoved: { kind: "applicantDeadlineRemoved", term },
  applicantDeadlineChanged: { kind: "applicantDeadlineChanged", before: term, after: { ...term, days: 5 } },
  otherTermAdded: { kind: "otherTermAdded", party: "authority", term },
  otherTermRemoved: { kind: "otherTermRemoved", party: "applicant", term },
  otherTermChanged: { kind: "otherTermChanged", party: "applicant", before: term, after: term },
  deadlineDetailChanged: { kind: "deadlineDetailChanged", field: "notes" },
  deadlineVerifyChanged: { kind: "deadlineVerifyChanged", verify: true },
  stepAdded: { kind: "stepAdded", title: item },
  stepRemoved: { kind: "stepRemoved", title: item },
  stepRenamed: { kind: "stepRenamed", before: item, after: item },
  stepDetailChanged: { kind: "stepDetailChanged", title: item },
  formAdded: { kind: "formAdded", form: "acta-de-nacimiento" },
  formRemoved: { kind: "formRemoved", form: "acta-de-nacimiento" },
  formChanged: { kind: "formChanged", form: "acta-de-nacimiento" },
  routeAdded: { kind: "routeAdded", name: item },
  routeRemoved: { kind: "routeRemoved", name: item },
  routeRenamed: { kind: "routeRenamed", before: item, after: item },
  routeAvailabilityChanged: { kind: "routeAvailabilityChanged", name: item, available: true },
  routeNoteChanged: { kind: "routeNoteChanged", name: item },
  officeAdded: { kind: "officeAdded", office: "acta-de-nacimiento" },
  officeRemoved: { kind: "officeRemoved", office: "acta-de-nacimiento" },
  categoryChanged: { kind: "categoryChanged", before: "a", after: "acta-de-nacimiento" },
  codeChanged: { kind: "codeChanged", code: "conamer", before: "INM-00-001", after: null },
  legalBasisAdded: { kind: "legalBasisAdded", text: "Acta de nacimiento" },
  legalBasisRemoved: { kind: "legalBasisRemoved", text: "Acta de nacimiento" },
  requestFormChanged: { kind: "requestFormChanged" },
  sourceAdded: { kind: "sourceAdded", source: "acta-de-nacimiento" },
  sourceRemoved: { kind: "sourceRemoved", source: "acta-de-nacimiento" },
} satisfies { [K in CatalogueChangeKind]: Extract<CatalogueChange, { kind: K }> };

/** Changes about the procedure as a whole: their sentence has no item to name. */
const WHOLE_PROCEDURE = new Set<CatalogueChangeKind>([
  "retirementChanged",
  "procedureUnretired",
  "textChanged",
  "resolutionAdded",
  "resolutionRemoved",
  "resolutionTermChanged",
  "resolutionAnchorChanged",
  "resolutionAuthorityChanged",
  "silenceChanged",
  "applicantDeadlineAdded",
  "applicantDeadlineRemoved",
  "applicantDeadlineChanged",
  "otherTermAdded",
  "otherTermRemoved",
  "otherTermChanged",
  "deadlineDetailChanged",
  "deadlineVerifyChanged",
  "codeChanged",
  "requestFormChanged",
]);

describe("describeChange", () => {
  it("gives every kind of change a whole sentence in both languages that names its item", () => {
    for (const change of Object.values(EXAMPLES) as CatalogueChange[]) {
      for (const [locale, name] of [
        ["es", /Acta de nacimiento|acta-de-nacimiento/],
        ["en", /Birth certificate|acta-de-nacimiento|Acta de nacimiento/],
      ] as const) {
        const sentence = describeChange(change, locale);
        expect(sentence, change.kind).toMatch(/^[A-Z¿].*\.$/u);
        expect(sentence, change.kind).not.toMatch(/\{\w+\}/);
        if (!WHOLE_PROCEDURE.has(change.kind)) expect(sentence, `${change.kind} ${locale}`).toMatch(name);
      }
    }
  });

  it("writes a foreign-currency fee with its code and a range of index units in words", () => {
    const usd = { kind: "feeAdded", name: fee, amount: { currency: "USD", amount: 56, indexRange: null } } as const;
    expect(describeChange(usd, "es")).toBe("Se agregó la cuota «Acta de nacimiento»: USD\u00a056.00.");
    const range = {
      kind: "feeAmountChanged",
      name: fee,
      before: { currency: "MXN", amount: null, indexRange: { unit: "UMA", min: 20, max: 40 } },
      after: { currency: "MXN", amount: null, indexRange: { unit: "UMA", min: 30, max: 60 } },
    } as const;
    expect(describeChange(range, "es")).toBe(
      "La cuota «Acta de nacimiento» pasó de entre 20 y 40 UMA a entre 30 y 60 UMA.",
    );
    expect(describeChange(range, "en")).toBe(
      "The fee “Birth certificate” went from between 20 and 40 UMA to between 30 and 60 UMA.",
    );
  });
});

describe("diffProcedures on the whole catalogue", () => {
  const folder = path.resolve(__dirname, "../../prisma/catalogue/procedures");
  const documents = readdirSync(folder)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) =>
      procedureDocumentSchema.parse({
        ...JSON.parse(readFileSync(path.join(folder, file), "utf8")),
        offices: ["aguascalientes"],
      }),
    );

  it("finds nothing changed between a published file and a copy of itself", () => {
    expect(documents.length).toBeGreaterThan(20);
    for (const doc of documents) expect(diffProcedures(doc, structuredClone(doc)), doc.slug).toEqual([]);
  });

  it("says every difference between two neighbouring procedures in whole sentences, in both languages", () => {
    for (let i = 1; i < documents.length; i++) {
      const changes = diffProcedures(documents[i - 1]!, documents[i]!);
      expect(changes.length).toBeGreaterThan(0);
      for (const locale of ["es", "en"] as const)
        for (const sentence of describeChanges(changes, locale)) {
          expect(sentence, documents[i]!.slug).not.toMatch(/\{\w+\}|undefined|null|\[object/);
          expect(sentence, documents[i]!.slug).toMatch(/\.$/);
        }
    }
  });
});
