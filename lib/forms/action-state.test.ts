import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/messages";
import { actionStateFromError, fieldErrorsFromZod, readText, readTexts } from "./action-state";

describe("fieldErrorsFromZod", () => {
  it("keeps the first message of each field and drops issues about the whole object", () => {
    const schema = z.object({
      name: z.string().min(1, "errors.required").max(3, "errors.tooLong"),
      email: z.email("errors.email"),
    });
    const result = schema.safeParse({ name: "", email: "x" });
    expect(result.success).toBe(false);
    const issues = [
      ...result.error!.issues,
      { path: [], message: "errors.invalidRequest" },
      { path: ["name"], message: "errors.tooLong" },
    ];
    expect(fieldErrorsFromZod(issues)).toEqual({ name: "errors.required", email: "errors.email" });
  });
});

describe("readText / readTexts", () => {
  it("reads strings, turns files and missing fields into empty text and caps the length", () => {
    const form = new FormData();
    form.set("name", "Zoë Ñandú");
    form.set("file", new Blob(["x"]), "a.txt");
    form.set("long", "a".repeat(50));
    form.append("pick", "a");
    form.append("pick", "b");
    expect(readText(form, "name")).toBe("Zoë Ñandú");
    expect(readText(form, "file")).toBe("");
    expect(readText(form, "missing")).toBe("");
    expect(readText(form, "long", 10)).toBe("aaaaaaaaaa");
    expect(readTexts(form, "pick")).toEqual(["a", "b"]);
    expect(readTexts(form, "pick", 1)).toEqual(["a"]);
  });
});

describe("actionStateFromError", () => {
  const values = { note: "typed" };

  it("marks the fields a DomainError names, keeping what was typed", () => {
    const error = new DomainError("INVALID_INPUT", "bad note", { fieldErrors: { note: "errors.required" } });
    expect(actionStateFromError(error, { seq: 4 }, values)).toEqual({
      seq: 5,
      values,
      fieldErrors: { note: "errors.required" },
    });
  });

  it("says what went wrong with the whole form by code, a caller's key taking precedence, with its params", () => {
    expect(actionStateFromError(new DomainError("CONFLICT", "stale"), { seq: 0 }, values).formError).toBe(
      "errors.conflict",
    );
    const custom = actionStateFromError(new DomainError("CONFLICT", "stale"), { seq: 0 }, values, {
      formErrorKeys: { CONFLICT: "staff.errors.conflict" },
    });
    expect(custom.formError).toBe("staff.errors.conflict");
    const limited = actionStateFromError(
      new DomainError("RATE_LIMITED", "slow down", { params: { minutes: 7 } }),
      { seq: 0 },
      values,
    );
    expect(getTranslator("en")(limited.formError as never, limited.params)).toBe(
      "Too many attempts. Wait 7 minutes and try again.",
    );
  });

  it("every code's default message exists in Spanish and English", () => {
    for (const code of [
      "NOT_FOUND",
      "UNAUTHENTICATED",
      "FORBIDDEN",
      "CONFLICT",
      "INVALID_INPUT",
      "RATE_LIMITED",
      "UNAVAILABLE",
    ] as const) {
      const key = actionStateFromError(new DomainError(code, code), { seq: 0 }, {}).formError as never;
      expect(getTranslator("es")(key)).not.toBe(getTranslator("en")(key));
    }
  });

  it("rethrows anything that is not a DomainError instead of dressing it up as a form message", () => {
    const outage = new Error("Can't reach database server");
    expect(() => actionStateFromError(outage, { seq: 0 }, values)).toThrow(outage);
  });
});
