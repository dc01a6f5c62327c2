import { describe, expect, it } from "vitest";
import {
  checkCharacter,
  generateApplicationNumber,
  generatePassword,
  isValidPaymentReference,
  normalizeApplicationNumber,
  normalizePassword,
  paymentReference,
} from "./number";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

describe("application numbers", () => {
  it("look like YY-XXXX-XXXX-C and are accepted back", () => {
    for (let i = 0; i < 200; i += 1) {
      const number = generateApplicationNumber(2026);
      expect(number).toMatch(/^26-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
      expect(normalizeApplicationNumber(number)).toBe(number);
    }
  });
  it("are not guessable: 2,000 draws never repeat", () => {
    const seen = new Set(Array.from({ length: 2000 }, () => generateApplicationNumber(2026)));
    expect(seen.size).toBe(2000);
  });
  it("catch every single-character typo and every swap of neighbours", () => {
    const number = "26-7KQ4-M9PX-" + checkCharacter("267KQ4M9PX");
    const compact = number.replace(/-/g, "");
    for (let i = 0; i < compact.length; i += 1) {
      for (const c of ALPHABET) {
        if (c === compact[i]) continue;
        const typo = compact.slice(0, i) + c + compact.slice(i + 1);
        expect(normalizeApplicationNumber(typo), typo).toBeNull();
      }
      if (i < compact.length - 1 && compact[i] !== compact[i + 1]) {
        const swapped = compact.slice(0, i) + compact[i + 1] + compact[i] + compact.slice(i + 2);
        expect(normalizeApplicationNumber(swapped), swapped).toBeNull();
      }
    }
  });
  it("forgive case, spaces, missing dashes and O/0, I/L/1 confusions", () => {
    const payload = "2610KQ4M9P0";
    const number = `${payload.slice(0, 2)}-${payload.slice(2, 6)}-${payload.slice(6, 10)}-${checkCharacter(payload.slice(0, 10))}`;
    const typed = number.toLowerCase().replace(/-/g, " ").replace(/0/g, "o").replace(/1/g, "l");
    expect(normalizeApplicationNumber(typed)).toBe(number);
  });
  it("reject junk without throwing", () => {
    for (const junk of ["", "26", "x".repeat(5000), "'; DROP TABLE application;--", "26-7KQ4-M9PX-UU"])
      expect(normalizeApplicationNumber(junk)).toBeNull();
  });
});

describe("passwords", () => {
  it("have 12 characters from the unambiguous alphabet", () => {
    expect(generatePassword()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(normalizePassword("7kq4 m9px-3hrt")).toBe("7KQ4M9PX3HRT");
  });
});

describe("payment references", () => {
  it("are valid ISO 11649 creditor references derived from the number", () => {
    const reference = paymentReference("26-7KQ4-M9PX-3");
    expect(reference).toMatch(/^RF\d{2}VT267KQ4M9PX3$/);
    expect(isValidPaymentReference(reference)).toBe(true);
    expect(isValidPaymentReference(reference.replace("7KQ4", "7KQ5"))).toBe(false);
    // The example from the ISO 11649 standard.
    expect(isValidPaymentReference("RF18539007547034")).toBe(true);
  });
});
