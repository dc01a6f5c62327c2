import type { GuideResult } from "@/prisma/catalogue/guide-schema";
import { intlLocale, type Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { localize } from "@/lib/i18n/localize";
import type { Translate } from "@/lib/i18n/messages";
import type { GuideStep } from "./walk";

/**
 * How a step's answer reads in a sentence: the option's phrase, or the date question's phrase with the date; null
 * for an option without a phrase (a later answer says it).
 */
export function answerPhrase(step: GuideStep, locale: Locale): string | null {
  if (step.option) return step.option.phrase ? localize(step.option.phrase, locale) : null;
  if (step.question.kind === "date")
    return localize(step.question.phrase, locale).replace("{date}", formatDate(step.answer, locale));
  return null;
}

/** How a step's answer reads in the "your answers" list: the option's label, or the date written out. */
export function answerLabel(step: GuideStep, locale: Locale): string {
  return step.option ? localize(step.option.label, locale) : formatDate(step.answer, locale);
}

/**
 * Why the result applies, in one sentence built from the person's own answers:
 * "Como está en México, es residente temporal y cambió de domicilio, debe avisar a la autoridad dentro de los 90 días…".
 */
export function reasonSentence(steps: GuideStep[], result: GuideResult, locale: Locale, t: Translate): string {
  const answers = new Intl.ListFormat(intlLocale(locale), { style: "long", type: "conjunction" }).format(
    steps.map((s) => answerPhrase(s, locale)).filter((p): p is string => p !== null),
  );
  return t("guide.reason", { answers, because: localize(result.because, locale) });
}
