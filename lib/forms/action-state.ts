import { redirect } from "next/navigation";
import { DomainError, type ErrorCode } from "@/lib/errors";

/**
 * What every server action behind a form returns, public and staff alike. Texts are message keys
 * (`errors.required`, `staff.errors.conflict`), never translated strings: the page that renders the
 * form translates them, so one action serves every language and a test can compare keys.
 */
export type ActionState = {
  /** Increments on every server answer, so the form can tell a new answer from an old one. */
  seq: number;
  /** The server accepted the form (forms that stay on the page show their confirmation instead). */
  done?: boolean;
  /** A message key for a success notice shown above the form. */
  notice?: string;
  /** A message key for an error about the whole form (shown first in the error summary). */
  formError?: string;
  /** Field name → message key. */
  fieldErrors: Record<string, string>;
  /** What the person typed, sent back so nothing is lost (passwords are never echoed). */
  values: Record<string, string | string[]>;
  /** Numbers or words a message needs ({minutes} in "try again in {minutes} minutes"). */
  params?: Record<string, string | number>;
};

/** The state a form starts in, before the first answer. */
export const initialActionState: ActionState = { seq: 0, fieldErrors: {}, values: {} };

type Issue = { path: readonly PropertyKey[]; message: string };

/**
 * zod issues → one message key per field: the first issue of each top-level field wins, because a
 * person fixes one thing at a time and the error summary lists one line per field.
 */
export function fieldErrorsFromZod(issues: readonly Issue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "");
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

/**
 * One text field of a posted form: a string (a file or a missing field reads as ""), cut at `max`
 * characters so an oversized post cannot be echoed back whole. Validation is the schema's job.
 */
export function readText(formData: FormData, name: string, max = 10_000): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, max) : "";
}

/** Every value of a repeated field (checkboxes), as strings, at most `max` of them. */
export function readTexts(formData: FormData, name: string, max = 100): string[] {
  return formData
    .getAll(name)
    .filter((v): v is string => typeof v === "string")
    .slice(0, max);
}

/** The message key each error code shows when the error carries no field errors of its own. */
const FORM_ERROR_KEYS: Record<ErrorCode, string> = {
  NOT_FOUND: "errors.notFound",
  UNAUTHENTICATED: "errors.unauthenticated",
  FORBIDDEN: "errors.forbidden",
  CONFLICT: "errors.conflict",
  INVALID_INPUT: "errors.invalidInput",
  RATE_LIMITED: "errors.rateLimited",
  UNAVAILABLE: "errors.unavailable",
};

/**
 * A refusal from a lib mutation → the form's next state, keeping what was typed. A `DomainError`
 * with field errors marks those fields; otherwise its code picks the form-level message (a caller may
 * override the key per code, e.g. staff pages say "someone else changed it" for CONFLICT).
 * UNAUTHENTICATED goes to `signInPath` when one is given. Anything that is not a DomainError (a bug,
 * the database down) is rethrown, never dressed up as a validation message.
 */
export function actionStateFromError(
  error: unknown,
  previous: Pick<ActionState, "seq">,
  values: ActionState["values"],
  options: { signInPath?: string; formErrorKeys?: Partial<Record<ErrorCode, string>> } = {},
): ActionState {
  if (!(error instanceof DomainError)) throw error;
  if (error.code === "UNAUTHENTICATED" && options.signInPath) redirect(options.signInPath);
  const seq = previous.seq + 1;
  if (error.fieldErrors && Object.keys(error.fieldErrors).length > 0) {
    return { seq, values, fieldErrors: error.fieldErrors };
  }
  const formError = options.formErrorKeys?.[error.code] ?? FORM_ERROR_KEYS[error.code];
  return { seq, values, fieldErrors: {}, formError, params: error.params };
}
