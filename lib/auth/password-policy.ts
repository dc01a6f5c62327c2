import { dictionary } from "@zxcvbn-ts/language-common";
import { AUTHORITY } from "@/lib/authority";

/**
 * Staff passwords (ASVS 6.2; NIST SP 800-63B 3.1.1.2): at least 12 characters, at most 128, any
 * characters (spaces and pasting welcome), no composition rules, and not a common or breached password.
 *
 * The list is the "passwords-common" dictionary of npm `@zxcvbn-ts/language-common` (pinned, MIT,
 * ~49,000 most common passwords of public breach corpora). Few of those are 12 characters long, so a
 * password is also refused when, lower-cased, what is left after removing digits and symbols at its
 * ends (`Password2024!!` → `password`) is on the list or is too short to count, when it repeats one
 * short piece (`abcabcabcabc`), or when it is built from the person's email or the portal's name.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common;
}

const CONTEXT_WORDS = [
  "ventanilla",
  AUTHORITY.shortName.es.toLowerCase(),
  "migracion",
  "migración",
  "contraseña",
  "contrasena",
  "password",
];

/** Why a new password is refused (a message key), or null when it is acceptable. */
export function passwordProblem(
  password: string,
  context: { email?: string } = {},
): "staff.errors.passwordShort" | "staff.errors.passwordLong" | "staff.errors.passwordCommon" | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "staff.errors.passwordShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "staff.errors.passwordLong";
  const lower = password.toLowerCase().normalize("NFC");
  const list = commonPasswords();
  if (list.has(lower)) return "staff.errors.passwordCommon";
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  if (core.length < 4 || list.has(core)) return "staff.errors.passwordCommon";
  if (/^(.{1,4})\1+$/su.test(lower)) return "staff.errors.passwordCommon";
  const local = context.email?.toLowerCase().split("@")[0] ?? "";
  const words = [
    ...CONTEXT_WORDS,
    ...(local.length >= 4 ? [local, ...local.split(/[._+-]/).filter((w) => w.length >= 4)] : []),
  ];
  const stripped = words.reduce((rest, word) => rest.split(word).join(""), lower).replace(/[^\p{L}]/gu, "");
  if (stripped.length < 4) return "staff.errors.passwordCommon";
  return null;
}
