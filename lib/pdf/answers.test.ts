import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/messages";
import { makeApplicationView } from "@/tests/factories/application-view";
import {
  addressLine,
  answerLabelKey,
  answerSections,
  applicationFacts,
  EMPTY,
  formatAnswer,
  fullName,
  optionLabel,
} from "./answers";

const renewal = makeApplicationView({
  slug: "renovacion-de-documento-migratorio",
  submittedAt: "2026-11-24T03:30:00.000Z",
});
const fees = renewal.procedure.fees;

describe("formatAnswer", () => {
  it("prints option labels, not the codes stored", () => {
    expect(formatAnswer("sex", "M", "es", fees)).toBe("Hombre");
    expect(formatAnswer("migrationDocument", "fmm", "es", fees)).toBe("Forma Migratoria Múltiple (FMM)");
    expect(formatAnswer("relationship", "spouse", "es", fees)).toBe("Cónyuge");
    expect(formatAnswer("residenceCountry", "BZ", "es", fees)).toBe("Belice");
  });
  it("names countries and Mexican states in Spanish", () => {
    expect(formatAnswer("nationality", "CO", "es", fees)).toBe("Colombia");
    expect(formatAnswer("passportCountry", "US", "es", fees)).toBe("Estados Unidos");
    expect(formatAnswer("state", "NL", "es", fees)).toBe("Nuevo León");
    expect(formatAnswer("workState", "DF", "es", fees)).toBe("Ciudad de México");
  });
  it("writes dates out", () => {
    expect(formatAnswer("birthDate", "1988-04-12", "es", fees)).toBe("12 de abril de 1988");
    expect(formatAnswer("changeDate", "2026-11-01", "en", fees)).toBe("November 1, 2026");
  });
  it("shows an empty optional field as a dash", () => {
    expect(formatAnswer("secondSurname", undefined, "es", fees)).toBe(EMPTY);
    expect(formatAnswer("curp", "  ", "es", fees)).toBe(EMPTY);
    expect(EMPTY).toBe("—");
  });
  it("shows the chosen fee as concept and variant", () => {
    expect(formatAnswer("feeChoice", "1", "es", fees)).toBe(
      "Expedición del documento migratorio (tarjeta) — Residente temporal, 2 años",
    );
  });
  it("keeps free text and unknown codes as typed", () => {
    expect(formatAnswer("street", "Calle Córdoba 45", "es", fees)).toBe("Calle Córdoba 45");
    expect(formatAnswer("sex", "Q", "es", fees)).toBe("Q");
    expect(optionLabel("street", "x", "es")).toBeNull();
  });
});

describe("labels and sections", () => {
  it("labels old and new data of a notice by its subject", () => {
    const form = { kind: "notification" as const, subject: "civil-status" as const };
    const t = getTranslator("es");
    expect(t(answerLabelKey("previousValue", form))).toBe("Estado civil anterior");
    expect(t(answerLabelKey("newValue", form))).toBe("Estado civil nuevo");
    expect(t(answerLabelKey("givenNames", form))).toBe("Nombre(s)");
  });
  it("lists the four steps of the form in order, with the fee question last", () => {
    const sections = answerSections(renewal.answers, renewal.form, fees, "es");
    expect(sections.map((s) => s.step)).toEqual(["personal", "passport", "address", "details"]);
    expect(sections[0]!.rows.map((r) => r.value)).toContain("José Ángel");
    expect(sections[3]!.rows.map((r) => r.field)).toEqual(["currentCardExpiry", "documentIssued", "feeChoice"]);
    expect(sections[3]!.rows[2]!.value).toContain("Residente temporal, 1 año");
  });
});

describe("names, address and facts", () => {
  it("writes the full name and the address on one line", () => {
    expect(fullName(renewal.answers.personal)).toBe("José Ángel Muñoz Peña");
    expect(fullName({ givenNames: "Ana", firstSurname: "Ruiz", secondSurname: undefined })).toBe("Ana Ruiz");
    expect(addressLine(renewal.answers.address)).toBe(
      "Calle Córdoba 45, int. 3, Col. Roma Norte, C.P. 06700, Cuauhtémoc, Ciudad de México",
    );
  });
  it("dates the submission and computes the age in Mexico City", () => {
    const facts = applicationFacts(renewal, getTranslator("es"));
    expect(facts.submittedOn).toBe("2026-11-23");
    expect(facts.submittedAtText).toBe("23 de noviembre de 2026, 21:30 h (hora del centro de México)");
    expect(facts.age).toBe(38);
    expect(facts.place).toBe("Cuauhtémoc, Ciudad de México");
  });
});
