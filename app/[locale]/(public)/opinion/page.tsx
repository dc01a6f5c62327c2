import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { CommentForm } from "@/components/participation/comment-form";
import { commentTexts } from "@/components/participation/texts";
import { ShortPrivacyNotice } from "@/components/privacy-notice";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import { parseFeedbackPage } from "@/lib/participation/pages";
import { knownSlugs } from "@/lib/participation/queries";
import { sendFeedbackComment } from "./actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("participation.feedback.pageTitle"), robots: { index: false } };
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/**
 * Where "Was this page useful?" leads without JavaScript: thanks, the optional "what was missing?" comment
 * (a server action, so it keeps what was typed on error), or why the answer was not recorded. The link back
 * goes only to a known page of the portal, never to what the query string says.
 */
export default async function FeedbackPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const query = await searchParams;
  const t = getTranslator(locale);
  const from = one(query.pagina);
  const page = from ? parseFeedbackPage(from, await knownSlugs()) : null;
  const back = page ? (
    <p>
      <Link href={`/${page.locale}${page.path === "/" ? "" : page.path}`}>
        ← {t("participation.feedback.backToPage")}
      </Link>
    </p>
  ) : (
    <p>
      <Link href={`/${locale}`}>{t("participation.feedback.backHome")}</Link>
    </p>
  );
  const ref = one(query.ref);
  const error = one(query.error);
  const minutes = Math.max(1, Math.min(60, Number(one(query.minutos)) || 60));

  return (
    <div className="max-w-3xl space-y-6">
      {ref && /^[A-Za-z0-9_-]{20,100}$/.test(ref) ? (
        <>
          <h1 className="text-3xl sm:text-4xl">{t("participation.feedback.thanks")}</h1>
          <CommentForm
            feedbackRef={ref}
            action={sendFeedbackComment}
            texts={{
              ...commentTexts(locale),
              label: t(
                one(query.util) === "si"
                  ? "participation.feedback.commentLabelYes"
                  : "participation.feedback.commentLabelNo",
              ),
            }}
          />
          <ShortPrivacyNotice locale={locale} point="feedback" />
        </>
      ) : (
        <>
          <h1 className="text-3xl sm:text-4xl">{t("participation.feedback.pageTitle")}</h1>
          <p role={error ? "alert" : undefined} className={error ? "font-semibold" : undefined}>
            {error === "limite"
              ? t("participation.feedback.rateLimited", { minutes })
              : error
                ? t("participation.feedback.invalid")
                : t("participation.feedback.noAnswer")}
          </p>
        </>
      )}
      {back}
    </div>
  );
}
