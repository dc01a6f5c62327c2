import type { ActionState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import type { SurveyState } from "@/lib/participation/types";
import { ShortPrivacyNotice } from "@/components/privacy-notice";
import { SurveyForm } from "./survey-form";
import { participationFormTexts, surveyFieldDefs } from "./texts";

type Props = {
  locale: Locale;
  state: SurveyState;
  /** `?encuesta=` after sending: "enviada" (just sent) or "contestada" (a second attempt). */
  justSent?: string;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
};

/** On the status page of a resolved application: the satisfaction survey, or the thanks once answered. */
export function SurveySection({ locale, state, justSent, action }: Props) {
  if (state.state === "not-offered") return null;
  const t = getTranslator(locale);
  return (
    <section
      id="encuesta"
      aria-labelledby="survey-title"
      className="space-y-4 border-4 border-line p-4 sm:p-6"
      data-testid="survey"
    >
      <h2 id="survey-title" className="text-2xl">
        {t("participation.survey.title")}
      </h2>
      {state.state === "answered" ? (
        <p role="status" className="text-lg font-semibold">
          {justSent === "enviada" ? t("participation.survey.thanks") : t("participation.survey.alreadyAnswered")}
        </p>
      ) : (
        <>
          <p>{t("participation.survey.intro")}</p>
          <p className="text-muted">{t("participation.survey.anonymity")}</p>
          <ShortPrivacyNotice locale={locale} point="survey" />
          <SurveyForm
            fields={surveyFieldDefs(locale)}
            action={action}
            texts={participationFormTexts(locale, t("participation.survey.submit"), t("participation.survey.pending"))}
          />
        </>
      )}
    </section>
  );
}
