import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { formatMonth } from "@/lib/i18n/format-number";
import { getMessages, type MessageKey, type Translate } from "@/lib/i18n/messages";
import type { PageCommentDTO, SurveyCommentDTO } from "@/lib/participation/types";

/** Whether a comment still waits for someone, or who handled it, when, and their note. */
function HandledState({ item, locale, t }: { item: PageCommentDTO | SurveyCommentDTO; locale: Locale; t: Translate }) {
  if (!item.handledAt) return <p className="font-semibold text-warn">{t("participation.staff.open")}</p>;
  return (
    <div className="border-l-4 border-ok pl-3">
      <p className="font-semibold">
        {t("participation.staff.handled", {
          name: item.handledByName ?? "—",
          date: formatDate(item.handledAt.slice(0, 10), locale),
        })}
      </p>
      <p>
        <span className="font-semibold">{t("participation.staff.handledNote")}:</span> {item.handledNote}
      </p>
    </div>
  );
}

type ItemProps<T> = { item: T; locale: Locale; t: Translate; handleForm: ReactNode };

/** One survey answer for officials: where and when, the answers in words, its handling and (if allowed) the form to mark it handled. */
export function SurveyAnswerItem({
  item: a,
  locale,
  t,
  handleForm,
  procedureTitle,
  officeName,
}: ItemProps<SurveyCommentDTO> & { procedureTitle: string; officeName: string }) {
  const survey = getMessages(locale).participation.survey.fields;
  return (
    <li id={`survey-${a.id}`} className="space-y-3 border-2 border-line p-4" data-testid="survey-answer">
      <p className="font-semibold">
        {procedureTitle} · {officeName} · {formatMonth(a.month, locale, "long")}
      </p>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("participation.staff.outcome")}</dt>
        <dd>{t(`status.${a.outcome}.label` as MessageKey)}</dd>
        <dt className="font-semibold">{t("participation.staff.satisfaction")}</dt>
        <dd>{survey.satisfaction.options[String(a.satisfaction) as "1"]}</dd>
        <dt className="font-semibold">{t("participation.staff.requirementsList")}</dt>
        <dd>{a.requirementsComplete ? t("participation.staff.complete") : t("participation.staff.incomplete")}</dd>
        <dt className="font-semibold">{t("participation.staff.officeTime")}</dt>
        <dd>{survey.officeTime.options[a.officeTime as "1_2h"] ?? a.officeTime}</dd>
        {a.extraDetail ? (
          <>
            <dt className="font-semibold">{t("participation.staff.extraDetail")}</dt>
            <dd className="whitespace-pre-line">{a.extraDetail}</dd>
          </>
        ) : null}
        {a.comment ? (
          <>
            <dt className="font-semibold">{t("participation.staff.comment")}</dt>
            <dd className="whitespace-pre-line">{a.comment}</dd>
          </>
        ) : null}
      </dl>
      <HandledState item={a} locale={locale} t={t} />
      {handleForm}
    </li>
  );
}

/** One "was this page useful?" comment for officials, with its handling. */
export function PageCommentItem({ item: c, locale, t, handleForm }: ItemProps<PageCommentDTO>) {
  return (
    <li id={`page-${c.id}`} className="space-y-3 border-2 border-line p-4" data-testid="page-comment">
      <p className="font-semibold">
        <a href={`/${c.locale}${c.path === "/" ? "" : c.path}`}>{c.path}</a> · {c.locale} · {formatDate(c.day, locale)}{" "}
        · {t("participation.staff.usefulAnswer")}{" "}
        {c.useful ? t("participation.staff.yes") : t("participation.staff.no")}
      </p>
      <p className="whitespace-pre-line">{c.comment}</p>
      <HandledState item={c} locale={locale} t={t} />
      {handleForm}
    </li>
  );
}
