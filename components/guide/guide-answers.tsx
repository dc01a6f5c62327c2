import { answerLabel } from "@/lib/guide/reason";
import type { GuideStep } from "@/lib/guide/walk";
import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import type { Translate } from "@/lib/i18n/messages";

type Props = { steps: GuideStep[]; locale: Locale; t: Translate; changeHref: (questionId: string) => string };

/** GOV.UK summary list of the answers given, each with a "Change" link back to its question. */
export function GuideAnswers({ steps, locale, t, changeHref }: Props) {
  return (
    <section aria-labelledby="guide-answers-title" className="max-w-3xl space-y-3 print:hidden">
      <h2 id="guide-answers-title" className="text-2xl">
        {t("guide.yourAnswers")}
      </h2>
      <dl className="divide-y divide-line border-y border-line" data-testid="guide-answers">
        {steps.map((step) => {
          const question = localize(step.question.short, locale);
          return (
            <div key={step.question.id} className="flex flex-wrap gap-x-6 gap-y-1 py-3">
              <dt className="basis-56 font-semibold">{question}</dt>
              <dd className="flex-1 basis-56">{answerLabel(step, locale)}</dd>
              <dd>
                <a href={changeHref(step.question.id)}>
                  {t("guide.change")}
                  <span className="sr-only"> {question}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
