import type { GuideQuestion } from "@/prisma/catalogue/guide-schema";
import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import type { Translate } from "@/lib/i18n/messages";
import { GUIDE_QUESTIONS_PATH } from "@/lib/guide/paths";

type Props = {
  question: GuideQuestion;
  locale: Locale;
  t: Translate;
  /** Answers to carry along as hidden fields (every other answer in the URL). */
  carried: Record<string, string>;
  /** The value to show checked or typed: the current answer, or what was sent and refused. */
  value: string | null;
  error: string | null;
};

/**
 * One question of the guide as a plain GET form (GOV.UK "one thing per page"): the heading is the legend, the
 * error summary and the inline message appear only after a refused answer, and no JavaScript is needed.
 */
export function GuideQuestionForm({ question, locale, t, carried, value, error }: Props) {
  const hintId = question.hint ? `${question.id}-hint` : undefined;
  const errorId = error ? `${question.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const firstId = question.kind === "choice" ? `${question.id}-${question.options[0]!.id}` : question.id;
  const title = localize(question.title, locale);
  return (
    <>
      {error ? (
        <div aria-labelledby="guide-error-title" className="mb-8 border-4 border-error p-4">
          <h2 id="guide-error-title" className="text-xl">
            {t("guide.errorTitle")}
          </h2>
          <div role="alert">
            <p className="mt-2">
              <a href={`#${firstId}`} className="font-semibold !text-error">
                {error}
              </a>
            </p>
          </div>
        </div>
      ) : null}
      <form method="get" action={`/${locale}${GUIDE_QUESTIONS_PATH}`} className="space-y-6">
        {Object.entries(carried).map(([name, v]) => (
          <input key={name} type="hidden" name={name} value={v} />
        ))}
        <input type="hidden" name="p" value={question.id} />
        <div className={error ? "border-l-4 border-error pl-3" : undefined}>
          <fieldset aria-describedby={describedBy}>
            <legend>
              <h1 className="text-3xl sm:text-4xl">{title}</h1>
            </legend>
            {question.hint ? (
              <p id={hintId} className="mt-2 text-muted">
                {localize(question.hint, locale)}
              </p>
            ) : null}
            {error ? (
              <p id={errorId} className="mt-2 font-bold text-error">
                <span className="sr-only">{t("guide.errorPrefix")}: </span>
                {error}
              </p>
            ) : null}
            {question.kind === "choice" ? (
              <div className="mt-4 space-y-3">
                {question.options.map((option) => {
                  const id = `${question.id}-${option.id}`;
                  const optionHint = option.hint ? `${id}-hint` : undefined;
                  return (
                    <div key={option.id} className="flex items-start gap-3">
                      <input
                        type="radio"
                        id={id}
                        name={question.id}
                        value={option.id}
                        defaultChecked={value === option.id}
                        aria-describedby={optionHint}
                        className="mt-1 size-7 shrink-0 accent-ink"
                      />
                      <div>
                        <label htmlFor={id} className="block py-1 text-lg">
                          {localize(option.label, locale)}
                        </label>
                        {option.hint ? (
                          <p id={optionHint} className="text-muted">
                            {localize(option.hint, locale)}
                          </p>
                        ) : null}
                      </div>
                    </div>
                  );
                })}
              </div>
            ) : (
              <div className="mt-4">
                <label htmlFor={question.id} className="block text-lg font-bold">
                  {t("guide.dateLabel")}
                </label>
                <input
                  type="date"
                  id={question.id}
                  name={question.id}
                  defaultValue={value ?? undefined}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy}
                  className="mt-1 block min-h-12 w-full max-w-56 border-2 border-ink bg-white px-3 py-2 text-lg"
                />
              </div>
            )}
          </fieldset>
        </div>
        <button
          type="submit"
          className="min-h-12 bg-ok px-6 py-3 text-xl font-bold text-white shadow-[0_2px_0_var(--color-ok-shadow)] hover:bg-ok-dark"
        >
          {t("guide.continue")}
        </button>
      </form>
    </>
  );
}
