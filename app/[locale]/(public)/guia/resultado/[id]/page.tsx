import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { GuideAnswers } from "@/components/guide/guide-answers";
import { GuideHelp } from "@/components/guide/guide-help";
import { GuideProcedureSection } from "@/components/guide/guide-procedure";
import { todayIn } from "@/lib/dates";
import { getGuide, guideResultIds } from "@/lib/guide/data";
import { reasonSentence } from "@/lib/guide/reason";
import { guideProcedures } from "@/lib/guide/result";
import { answersFromQuery, queryOf, walkGuide } from "@/lib/guide/walk";
import { isLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { getCatalogue } from "@/lib/procedures/queries";
import { GUIDE_PATH, GUIDE_QUESTIONS_PATH } from "@/lib/guide/paths";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export function generateStaticParams() {
  return guideResultIds().map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  if (!isLocale(locale)) return {};
  const result = getGuide().results.find((r) => r.id === id);
  if (!result) return {};
  return { title: localize(result.title, locale), robots: { index: false } };
}

/**
 * Where the guide ends: the procedure(s) in order with the reason built from the answers, the person's deadline,
 * requirements and fees; or, for what the portal does not handle, who can help. The result id is in the path so
 * "Was this page useful?" is counted per result; the answers stay in the query string.
 */
export default async function GuideResultPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const guide = getGuide();
  const query = await searchParams;
  const answers = answersFromQuery(guide, query);
  const walk = walkGuide(guide, answers);
  // Answers that do not lead here (edited by hand, or an old link after the tree changed): go on from them.
  if (walk.kind !== "result" || walk.result.id !== id)
    redirect(`/${locale}${GUIDE_QUESTIONS_PATH}?${new URLSearchParams(answers).toString()}`);
  const { result, steps } = walk;
  const t = getTranslator(locale);
  const catalogue = await getCatalogue();
  const today = todayIn(catalogue.institution.timeZone);
  const items = result.kind === "procedures" ? guideProcedures(result, steps, catalogue, today) : [];
  const changeBase = `/${locale}${GUIDE_QUESTIONS_PATH}`;

  return (
    <article className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <p className="text-muted">{t("guide.resultLead")}</p>
        <h1 className="text-3xl sm:text-4xl">{localize(result.title, locale)}</h1>
        <p className="text-xl" data-testid="guide-reason">
          {reasonSentence(steps, result, locale, t)}
        </p>
        {items.length > 1 ? (
          <div>
            <p className="font-semibold">{t("guide.inOrder")}</p>
            <ol className="list-decimal pl-7" data-testid="guide-order">
              {items.map((item, i) => (
                <li key={item.procedure.slug}>
                  <a href={`#tramite-${i + 1}`}>{localize(item.procedure.title, locale)}</a>
                </li>
              ))}
            </ol>
          </div>
        ) : null}
      </header>

      {result.kind === "help" ? (
        <GuideHelp result={result} institution={catalogue.institution} locale={locale} t={t} />
      ) : (
        items.map((item, i) => (
          <GuideProcedureSection
            key={item.procedure.slug}
            item={item}
            number={i + 1}
            steps={steps}
            locale={locale}
            t={t}
            institution={catalogue.institution}
            today={today}
          />
        ))
      )}

      <GuideAnswers
        steps={steps}
        locale={locale}
        t={t}
        changeHref={(questionId) => `${changeBase}?${queryOf(steps, { cambiar: questionId })}`}
      />
      <p className="print:hidden">
        <a href={`/${locale}${GUIDE_PATH}`}>{t("guide.startAgain")}</a>
      </p>
    </article>
  );
}
