import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "@/lib/auth/permissions";
import {
  allowedTransitions,
  checkTransition,
  CLOSED_STATUSES,
  isOpenStatus,
  isResolvedStatus,
  offersSurvey,
  OPEN_STATUSES,
  RESOLVED_STATUSES,
  STAFF_ROLES,
  STATUS_FILTERS,
  STATUSES,
  stepInputs,
  SURVEY_STATUSES,
  TRANSITIONS,
} from "./status-machine";

describe("status machine", () => {
  it("allows exactly the listed transitions, to exactly the listed roles", () => {
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        for (const role of [...STAFF_ROLES, "anonymous", "applicant"]) {
          const rule = TRANSITIONS[from]?.[to];
          const result = checkTransition(from, to, role, { message: "mensaje", requirements: [1], evidence: "escrito" });
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
    for (const closed of ["denied", "issued", "withdrawn"]) expect(allowedTransitions(closed, "supervisor")).toEqual([]);
    expect(checkTransition("submitted", "approved", "supervisor")).toMatchObject({ ok: false, reason: "transition" });
  });
  it("requires a reason to deny and published requirements to request documents, and records documents as received when review resumes", () => {
    expect(checkTransition("in_review", "denied", "supervisor", { message: "  " })).toMatchObject({ ok: false, reason: "message" });
    expect(checkTransition("in_review", "denied", "supervisor", { message: "No acreditó solvencia económica" })).toMatchObject({ ok: true, event: "denied" });
    expect(checkTransition("in_review", "documents_requested", "clerk", { message: "Traiga otra cosa", requirements: [] })).toMatchObject({ ok: false, reason: "requirements" });
    expect(checkTransition("in_review", "documents_requested", "clerk", { requirements: [3] })).toMatchObject({ ok: true, event: "documents_requested" });
    expect(checkTransition("documents_requested", "in_review", "clerk")).toMatchObject({ ok: true, event: "documents_received" });
  });
  it("offers each role its next steps", () => {
    expect(allowedTransitions("in_review", "clerk").sort()).toEqual(["documents_requested", "withdrawn"]);
    expect(allowedTransitions("in_review", "supervisor").sort()).toEqual(["approved", "denied", "documents_requested", "withdrawn"]);
    expect(allowedTransitions("in_review", "admin")).toEqual([]);
  });
  it("withdraws only with a recorded basis (security review L4)", () => {
    for (const from of ["submitted", "received", "in_review", "documents_requested"]) {
      expect(checkTransition(from, "withdrawn", "clerk")).toEqual({ ok: false, code: "INVALID_INPUT", reason: "evidence" });
      expect(checkTransition(from, "withdrawn", "supervisor", { evidence: "  " })).toEqual({ ok: false, code: "INVALID_INPUT", reason: "evidence" });
      expect(checkTransition(from, "withdrawn", "clerk", { evidence: "Escrito del 3 de diciembre" })).toEqual({ ok: true, event: "withdrawn" });
    }
  });
  it("groups the statuses the way the clock, the list, the survey and retention need", () => {
    expect([...OPEN_STATUSES].sort()).toEqual(["documents_requested", "in_review", "received", "submitted"]);
    expect([...RESOLVED_STATUSES].sort()).toEqual(["approved", "denied", "issued", "withdrawn"]);
    expect([...CLOSED_STATUSES].sort()).toEqual(["denied", "issued", "withdrawn"]);
    expect([...SURVEY_STATUSES].sort()).toEqual(["approved", "denied", "issued"]);
    expect(STATUS_FILTERS).toEqual(["open", "submitted", "received", "in_review", "documents_requested", "approved", "denied", "issued", "withdrawn"]);
  });
  it("answers status questions for any text, unknown statuses included", () => {
    expect(["submitted", "documents_requested", "approved", "withdrawn", "nonsense"].map(isOpenStatus)).toEqual([true, true, false, false, false]);
    expect(["in_review", "approved", "issued", "withdrawn", "nonsense"].map(isResolvedStatus)).toEqual([false, true, true, true, false]);
    expect(["in_review", "approved", "denied", "issued", "withdrawn"].map(offersSurvey)).toEqual([false, true, true, true, false]);
  });
  it("tells each step's form what to ask for", () => {
    expect(stepInputs("in_review", "documents_requested")).toEqual({ needs: "requirements", offersMessage: true });
    expect(stepInputs("in_review", "denied")).toEqual({ needs: "message", offersMessage: false });
    expect(stepInputs("in_review", "approved")).toEqual({ needs: undefined, offersMessage: true });
    expect(stepInputs("received", "withdrawn")).toEqual({ needs: "evidence", offersMessage: false });
    expect(stepInputs("submitted", "received")).toEqual({ needs: undefined, offersMessage: false });
    expect(stepInputs("issued", "approved")).toEqual({ needs: undefined, offersMessage: false });
  });
});
