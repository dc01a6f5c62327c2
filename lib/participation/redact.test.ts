import { describe, expect, it } from "vitest";
import { curpCheckDigit } from "@/lib/applications/curp";
import { redactPersonalData } from "./redact";

const redact = (text: string) => redactPersonalData(text).text;

describe("redactPersonalData", () => {
  it("removes e-mail addresses, also written with (at) or spaces around @", () => {
    expect(redact("Escríbanme a jose.munoz+inm@example.com.mx por favor")).toBe("Escríbanme a [EMAIL] por favor");
    expect(redact("mi correo: maria.peña@correo.mx.")).toBe("mi correo: [EMAIL].");
    expect(redact("ana (at) example.org")).toBe("[EMAIL]");
    expect(redactPersonalData("ana @ example.org").kinds).toEqual(["email"]);
  });

  it.each([
    ["10 digits", "Llámenme al 5512345678 en la tarde", "Llámenme al [PHONE] en la tarde"],
    ["spaced", "tel 55 1234 5678.", "tel [PHONE]."],
    ["area code in brackets", "(33) 1234-5678 es mi celular", "[PHONE] es mi celular"],
    ["dashes", "33-1234-5678", "[PHONE]"],
    ["dots", "55.1234.5678", "[PHONE]"],
    ["+52 with mobile 1", "+52 1 55 1234 5678", "[PHONE]"],
    ["+52 without spaces", "+525512345678", "[PHONE]"],
    ["old 044 prefix", "044 55 1234 5678", "[PHONE]"],
    ["8-digit local", "marqué 1234-5678 varias veces", "marqué [PHONE] varias veces"],
    ["US", "call +1 (212) 555-0100 please", "call [PHONE] please"],
    ["UK", "+44 20 7946 0958", "[PHONE]"],
    ["Colombia", "mi número es +57 300 123 4567", "mi número es [PHONE]"],
  ])("removes phone numbers (%s)", (_, input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it("removes a CURP in upper or lower case, valid check digit or not", () => {
    const first17 = "GOMA900517HJCRRN0";
    const curp = `${first17}${curpCheckDigit(first17)}`;
    expect(redact(`Mi CURP es ${curp}, ya la di`)).toBe("Mi CURP es [CURP], ya la di");
    expect(redact(`curp ${curp.toLowerCase()}`)).toBe("curp [CURP]");
    expect(redactPersonalData("NUOM850312MDFXRR09").kinds).toEqual(["curp"]);
  });

  it("removes an RFC of a person (13) or a company (12)", () => {
    expect(redact("RFC GOMA900517AB1 del patrón")).toBe("RFC [RFC] del patrón");
    expect(redact("empresa LÑA260101AB1")).toBe("empresa [RFC]");
    expect(redact("abc260101xy1")).toBe("[RFC]");
  });

  it("removes passport-like and document numbers and application numbers", () => {
    expect(redact("pasaporte G12345678 vigente")).toBe("pasaporte [ID] vigente");
    expect(redact("pasaporte av4821973")).toBe("pasaporte [ID]");
    expect(redact("tarjeta TR0012345678")).toBe("tarjeta [ID]");
    expect(redact("solicitud 26-7KQ4-M9PX-3 sin respuesta")).toBe("solicitud [ID] sin respuesta");
  });

  it("removes a passport number made only of digits, which cannot be told from a phone number", () => {
    // A bare run of 9 digits may be either; what matters to privacy is that it is gone. The mark may say either.
    expect(redact("pasaporte 123456789")).toMatch(/^pasaporte \[(ID|PHONE)\]$/);
  });

  it("keeps ordinary words, years, dates, postal codes, amounts and times intact", () => {
    const texts = [
      "En 2025 fui a la oficina de Guadalajara el 12 de mayo y esperé 3 horas.",
      "Pagué $11,141.00 en 2026; me dijeron que el costo de 2024-2025 era otro.",
      "Citas el 12/05/2026 y el 2026-05-12 a las 10:30, C.P. 06700.",
      "Faltaba el acta de nacimiento apostillada (COVID19, H1N1, 4x4, mp3).",
      "Años 2019 2020 2021 sin respuesta; la Peña 123 int. 4.",
      "Muy buena atención, gracias a la licenciada Ángela Núñez.",
    ];
    for (const text of texts) expect(redactPersonalData(text), text).toEqual({ text, kinds: [] });
  });

  it("reports every kind it found", () => {
    const result = redactPersonalData("ana@example.org, 55 1234 5678, G12345678");
    expect(result.text).toBe("[EMAIL], [PHONE], [ID]");
    expect(result.kinds.sort()).toEqual(["email", "id", "phone"]);
  });
});
