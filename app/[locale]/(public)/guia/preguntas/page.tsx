import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { GuideQuestionForm } from "@/components/guide/guide-question";
import { getGuide } from "@/lib/guide/data";
import { answersFromQuery, queryOf, walkGuide } from "@/lib/guide/walk";
import { isLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { GUIDE_PATH, GUIDE_QUESTIONS_PATH, GUIDE_RESULTS_PATH } from "@/lib/guide/paths";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : null);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const guide = getGuide();
  const query = await searchParams;
  const walk = walkGuide(guide, answersFromQuery(guide, query), one(query.cambiar));
  const t = getTranslator(locale);
  const title = walk.kind === "question" ? localize(walk.question.title, locale) : t("guide.title");
  // Every answer combination is its own URL: only the start page is worth indexing.
  return { title: `${title} · ${t("guide.title")}`, robots: { index: false } };
}

/**
 * The guide's questions, one per page. The answers travel in the query string (bookmarkable, shareable, the back
 * button works, nothing stored); this page walks them from the first question and shows the first one missing,
 * or sends the person to the result their answers lead to.
 */
export default async function GuideQuestionPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const guide = getGuide();
  const query = await searchParams;
  const answers = answersFromQuery(guide, query);
  const walk = walkGuide(guide, answers, one(query.cambiar));
  if (walk.kind === "result") redirect(`/${locale}${GUIDE_RESULTS_PATH}/${walk.result.id}?${queryOf(walk.steps)}`);

  const { question, steps } = walk;
  // An empty answer was sent from this very question (p = the question answered): say so.
  const sentEmpty = one(query.p) === question.id && answers[question.id] === undefined;
  const error =
    walk.invalid !== null || sentEmpty
      ? question.kind === "date"
        ? t("guide.errorDate")
        : t("guide.errorChoose")
      : null;
  const carried = Object.fromEntries(Object.entries(answers).filter(([id]) => id !== question.id));
  const previous = steps.at(-1);
  const back = previous
    ? `/${locale}${GUIDE_QUESTIONS_PATH}?${queryOf(steps, { cambiar: previous.question.id })}`
    : `/${locale}${GUIDE_PATH}`;

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <a href={back}>← {t("guide.back")}</a>
      </p>
      <GuideQuestionForm
        question={question}
        locale={locale}
        t={t}
        carried={carried}
        value={walk.invalid ?? walk.current}
        error={error}
      />
    </div>
  );
}
