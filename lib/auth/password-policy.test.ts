import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("staff password policy", () => {
  it("refuses fewer than 12 characters and accepts a long passphrase with no composition rules", () => {
    expect(passwordProblem("short pass1")).toBe("staff.errors.passwordShort");
    expect(passwordProblem("tortuga verde sobre el tejado")).toBeNull();
    expect(passwordProblem("ñandú-cálido-72")).toBeNull();
  });
  it("refuses passwords of the shipped common list and their digit/symbol dressings", () => {
    expect(passwordProblem("1q2w3e4r5t6y")).toBe("staff.errors.passwordCommon");
    expect(passwordProblem("qwerty123456")).toBe("staff.errors.passwordCommon");
    expect(passwordProblem("Password2024!!")).toBe("staff.errors.passwordCommon");
    expect(passwordProblem("iloveyou123456")).toBe("staff.errors.passwordCommon");
    expect(passwordProblem("1234567890123")).toBe("staff.errors.passwordCommon");
    expect(passwordProblem("abcabcabcabc")).toBe("staff.errors.passwordCommon");
  });
  it("refuses a password made of the email or the portal's name", () => {
    expect(passwordProblem("lucia.hernandez2026", { email: "lucia.hernandez@inm.example" })).toBe(
      "staff.errors.passwordCommon",
    );
    expect(passwordProblem("Ventanilla2026!", {})).toBe("staff.errors.passwordCommon");
  });
});
