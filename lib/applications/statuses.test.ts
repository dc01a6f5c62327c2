import { describe, expect, it } from "vitest";
import {
  CLOSED_STATUSES,
  isOpenStatus,
  isResolvedStatus,
  offersSurvey,
  OPEN_STATUSES,
  RESOLVED_STATUSES,
  STATUS_FILTERS,
  stepInputs,
  SURVEY_STATUSES,
} from "./statuses";

describe("application statuses", () => {
  it("groups the statuses the way the clock, the list, the survey and retention need", () => {
    expect([...OPEN_STATUSES].sort()).toEqual(["documents_requested", "in_review", "received", "submitted"]);
    expect([...RESOLVED_STATUSES].sort()).toEqual(["approved", "denied", "issued", "withdrawn"]);
    expect([...CLOSED_STATUSES].sort()).toEqual(["denied", "issued", "withdrawn"]);
    expect([...SURVEY_STATUSES].sort()).toEqual(["approved", "denied", "issued"]);
    expect(STATUS_FILTERS).toEqual([
      "open",
      "submitted",
      "received",
      "in_review",
      "documents_requested",
      "approved",
      "denied",
      "issued",
      "withdrawn",
    ]);
  });
  it("answers status questions for any text, unknown statuses included", () => {
    expect(["submitted", "documents_requested", "approved", "withdrawn", "nonsense"].map(isOpenStatus)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(["in_review", "approved", "issued", "withdrawn", "nonsense"].map(isResolvedStatus)).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(["in_review", "approved", "denied", "issued", "withdrawn"].map(offersSurvey)).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
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
