import type { Locale } from "@/lib/i18n/config";
import { getMessages, getTranslator, pickMessages } from "@/lib/i18n/messages";
import { privacyNoticePath, shortNoticeText } from "@/lib/privacy/notice";
import type { PrivacyContactDTO } from "@/lib/procedures/types";
import { COMMENT_MAX, EXTRA_DETAIL_MAX, OFFICE_TIMES, SATISFACTION_SCORES } from "@/lib/participation/schemas";
import type { SchemaFormTexts } from "@/components/forms/schema-form";
import type { FieldDef } from "@/lib/forms/types";
import type { PageFeedbackTexts } from "./page-feedback";

/** Texts of the participation forms (built on the server, passed to the client components). */
export function participationFormTexts(locale: Locale, submit: string, pending: string): SchemaFormTexts {
  const t = getTranslator(locale);
  return {
    submit,
    pending,
    errorSummary: t("form.errorSummary"),
    optional: t("form.optional"),
    select: t("form.select"),
    errorPrefix: t("form.errorPrefix"),
    // Every key the schemas and the participation actions can answer with.
    messages: pickMessages(locale, [
      "errors",
      "participation.errors.commentEmpty",
      "participation.feedback.expired",
      "participation.survey.unavailable",
    ]),
  };
}

export function commentTexts(locale: Locale) {
  const t = getTranslator(locale);
  return {
    ...participationFormTexts(locale, t("participation.feedback.send"), t("participation.feedback.sending")),
    hint: t("participation.feedback.commentHint"),
    thanks: t("participation.feedback.commentThanks"),
  };
}

export function pageFeedbackTexts(locale: Locale, privacy: PrivacyContactDTO): PageFeedbackTexts {
  const t = getTranslator(locale);
  const f = (key: Exclude<keyof PageFeedbackTexts, "comment" | "privacyNotice">) => t(`participation.feedback.${key}`);
  return {
    question: f("question"),
    yes: f("yes"),
    no: f("no"),
    sending: f("sending"),
    privacy: f("privacy"),
    privacyNotice: {
      text: shortNoticeText(locale, "feedback", privacy),
      more: t("privacy.short.more"),
      href: privacyNoticePath(locale),
    },
    honeypot: f("honeypot"),
    thanks: f("thanks"),
    rateLimited: f("rateLimited"),
    invalid: f("invalid"),
    failed: f("failed"),
    commentLabelYes: f("commentLabelYes"),
    commentLabelNo: f("commentLabelNo"),
    comment: commentTexts(locale),
  };
}

/** The survey's questions as the shared form fields render them (name = id = schema key). */
export function surveyFieldDefs(locale: Locale): FieldDef[] {
  const m = getMessages(locale).participation.survey.fields;
  const options = (record: Record<string, string>, order: readonly string[]) =>
    order.map((value) => ({ value, label: record[value]! }));
  return [
    {
      name: "satisfaction",
      label: m.satisfaction.label,
      optional: false,
      type: "radios",
      options: options(m.satisfaction.options, SATISFACTION_SCORES),
    },
    {
      name: "requirementsComplete",
      label: m.requirementsComplete.label,
      optional: false,
      type: "radios",
      options: options(m.requirementsComplete.options, ["yes", "no"]),
    },
    {
      name: "askedExtra",
      label: m.askedExtra.label,
      optional: false,
      type: "radios",
      options: options(m.askedExtra.options, ["yes", "no"]),
    },
    {
      name: "extraDetail",
      label: m.extraDetail.label,
      hint: m.extraDetail.hint,
      optional: true,
      type: "textarea",
      maxLength: EXTRA_DETAIL_MAX,
    },
    {
      name: "officeTime",
      label: m.officeTime.label,
      optional: false,
      type: "radios",
      options: options(m.officeTime.options, OFFICE_TIMES),
    },
    { name: "comment", label: m.comment.label, optional: true, type: "textarea", maxLength: COMMENT_MAX },
  ];
}
