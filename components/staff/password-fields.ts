import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import type { Translate } from "@/lib/i18n/messages";
import type { FieldSpec } from "./action-form-view";

/** A password the official already has (sign-in, current password, step-up): capped by the policy's length. */
export function currentPasswordField(name: string, label: string, hint?: string): FieldSpec {
  return { kind: "password", name, label, hint, autoComplete: "current-password", maxLength: PASSWORD_MAX_LENGTH };
}

/** Choosing a password (enrolment, change): the new one with the policy in its hint, then its confirmation. */
export function newPasswordFields(t: Translate): FieldSpec[] {
  const field = { kind: "password", autoComplete: "new-password", maxLength: PASSWORD_MAX_LENGTH } as const;
  return [
    {
      ...field,
      name: "password",
      label: t("staff.account.newPassword"),
      hint: t("staff.account.passwordHint", { min: PASSWORD_MIN_LENGTH }),
    },
    { ...field, name: "confirm", label: t("staff.account.confirmPassword") },
  ];
}
