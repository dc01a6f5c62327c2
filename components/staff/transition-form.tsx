import type { ComponentProps } from "react";
import { ActionForm, type FieldSpec } from "@/components/staff/action-form";
import { STEP_TEXT_MAX } from "@/lib/applications/staff-schemas";
import { stepInputs } from "@/lib/applications/statuses";
import type { Locale } from "@/lib/i18n/config";
import type { MessageKey, Translate } from "@/lib/i18n/messages";

type Props = {
  from: string;
  to: string;
  version: number;
  role: string;
  /** The procedure's published requirements, the only documents a request may name. */
  requirements: { value: string; label: string }[];
  action: ComponentProps<typeof ActionForm>["action"];
  locale: Locale;
  t: Translate;
};

/**
 * The form of one step of the status machine. What it asks for comes from the machine's own table
 * (`needs`, `offersMessage`), so the form and the server's check cannot disagree; lengths come from the
 * step schema.
 */
export function TransitionForm({ from, to, version, role, requirements, action, locale, t }: Props) {
  const { needs, offersMessage } = stepInputs(from, to);
  const fields: FieldSpec[] = [
    { kind: "hidden", name: "to", value: to },
    { kind: "hidden", name: "expectedVersion", value: String(version) },
  ];
  if (needs === "requirements")
    fields.push({
      kind: "checkboxes",
      name: "requirements",
      legend: t("staff.detail.requestWhich"),
      hint: t("staff.detail.requestHint"),
      options: requirements,
    });
  if (needs === "message" || offersMessage)
    fields.push({
      kind: "textarea",
      name: "message",
      label: t(needs === "message" ? "staff.detail.reason" : "staff.detail.messageOptional"),
      hint: t("staff.detail.messageHint"),
      maxLength: STEP_TEXT_MAX,
    });
  if (needs === "evidence") {
    const hint =
      role === "supervisor" ? "staff.detail.withdrawEvidenceSupervisorHint" : "staff.detail.withdrawEvidenceHint";
    fields.push({
      kind: "textarea",
      name: "evidence",
      label: t("staff.detail.withdrawEvidence"),
      hint: t(hint),
      maxLength: STEP_TEXT_MAX,
    });
  }
  // Refusing and withdrawing end the case without granting anything: the button says so by its colour too.
  const endsWithoutGrant = to === "denied" || to === "withdrawn";
  return (
    <ActionForm
      id={`step-${to}`}
      title={t(`staff.actions.${to}.title` as MessageKey)}
      action={action}
      locale={locale}
      fields={fields}
      submit={{
        label: t(`staff.actions.${to}.submit` as MessageKey),
        pending: t("staff.pending"),
        tone: endsWithoutGrant ? "danger" : "primary",
      }}
    />
  );
}
