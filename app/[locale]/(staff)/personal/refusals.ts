import type { ErrorCode } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";

/** The back-office's own wording for a refusal that names no field (the public side uses errors.*). */
const STAFF_ERROR_KEYS: Partial<Record<ErrorCode, string>> = {
  NOT_FOUND: "staff.errors.notFound",
  FORBIDDEN: "staff.errors.forbidden",
  CONFLICT: "staff.errors.conflict",
  INVALID_INPUT: "staff.errors.invalid",
};

/**
 * Options for actionStateFromError on a staff form: a lapsed session goes to the sign-in page, and a
 * refusal reads in the back-office's words; `overrides` name a page's own wording for some codes.
 */
export function staffRefusal(locale: Locale, overrides: Partial<Record<ErrorCode, string>> = {}) {
  return { signInPath: `/${locale}/personal/entrar`, formErrorKeys: { ...STAFF_ERROR_KEYS, ...overrides } };
}
