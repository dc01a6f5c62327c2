import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { allowedTransitions, checkTransition, STAFF_ROLES, STATUSES, TRANSITIONS } from "./status-machine";

describe("status machine", () => {
  it("allows exactly the listed transitions, to exactly the listed roles", () => {
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        for (const role of [...STAFF_ROLES, "anonymous", "applicant"]) {
          const rule = TRANSITIONS[from]?.[to];
          const result = checkTransition(from, to, role, {
            message: "mensaje",
            requirements: [1],
            evidence: "escrito",
          });
          const expected = rule !== undefined && (PERMISSIONS[rule.permission] as readonly string[]).includes(role);
          expect(result.ok, `${from} → ${to} as ${role}`).toBe(expected);
          if (!rule) expect(result).toMatchObject({ ok: false, reason: "transition" });
        }
      }
    }
  });
  it("lets only supervisors decide, and nobody move a closed application", () => {
    expect(checkTransition("in_review", "approved", "clerk")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(checkTransition("in_review", "approved", "admin")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(checkTransition("in_review", "approved", "supervisor")).toMatchObject({ ok: true, event: "approved" });
    for (const closed of ["denied", "issued", "withdrawn"])
      expect(allowedTransitions(closed, "supervisor")).toEqual([]);
    expect(checkTransition("submitted", "approved", "supervisor")).toMatchObject({ ok: false, reason: "transition" });
  });
  it("requires a reason to deny and published requirements to request documents, and records documents as received when review resumes", () => {
    expect(checkTransition("in_review", "denied", "supervisor", { message: "  " })).toMatchObject({
      ok: false,
      reason: "message",
    });
    expect(
      checkTransition("in_review", "denied", "supervisor", { message: "No acreditó solvencia económica" }),
    ).toMatchObject({ ok: true, event: "denied" });
    expect(
      checkTransition("in_review", "documents_requested", "clerk", { message: "Traiga otra cosa", requirements: [] }),
    ).toMatchObject({ ok: false, reason: "requirements" });
    expect(checkTransition("in_review", "documents_requested", "clerk", { requirements: [3] })).toMatchObject({
      ok: true,
      event: "documents_requested",
    });
    expect(checkTransition("documents_requested", "in_review", "clerk")).toMatchObject({
      ok: true,
      event: "documents_received",
    });
  });
  it("offers each role its next steps", () => {
    expect(allowedTransitions("in_review", "clerk").sort()).toEqual(["documents_requested", "withdrawn"]);
    expect(allowedTransitions("in_review", "supervisor").sort()).toEqual([
      "approved",
      "denied",
      "documents_requested",
      "withdrawn",
    ]);
    expect(allowedTransitions("in_review", "admin")).toEqual([]);
  });
  it("withdraws only with a recorded basis (security review L4)", () => {
    for (const from of ["submitted", "received", "in_review", "documents_requested"]) {
      expect(checkTransition(from, "withdrawn", "clerk")).toEqual({
        ok: false,
        code: "INVALID_INPUT",
        reason: "evidence",
      });
      expect(checkTransition(from, "withdrawn", "supervisor", { evidence: "  " })).toEqual({
        ok: false,
        code: "INVALID_INPUT",
        reason: "evidence",
      });
      expect(checkTransition(from, "withdrawn", "clerk", { evidence: "Escrito del 3 de diciembre" })).toEqual({
        ok: true,
        event: "withdrawn",
      });
    }
  });
});
