import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/data-table";
import { ParticipationFilters } from "@/components/participation/staff-filters";
import { PageCommentItem, SurveyAnswerItem } from "@/components/participation/staff-items";
import { ParticipationSummary } from "@/components/participation/staff-summary";
import { ActionForm } from "@/components/staff/action-form";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { formatMonth, formatPercent } from "@/lib/i18n/format-number";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { listOffices } from "@/lib/offices/queries";
import {
  getPageFigures,
  getSurveyFigures,
  LIST_LIMIT,
  listPageComments,
  listSurveyAnswers,
} from "@/lib/participation/queries";
import { filterQueryString, filtersFromQuery, NOTE_MAX } from "@/lib/participation/schemas";
import type { PageCommentDTO, SurveyCommentDTO } from "@/lib/participation/types";
import { getCatalogue } from "@/lib/procedures/queries";
import { getGuide } from "@/lib/guide/data";
import { GUIDE_RESULTS_PATH } from "@/lib/guide/paths";
import { markHandled } from "./actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("participation.staff.title"), robots: { index: false } };
}

/**
 * Staff view of participation: satisfaction against the target per procedure, office and month,
 * "useful page" shares, the flags (asked for something not on the list) and every comment, each of which
 * a supervisor can mark as handled with a note. Filters are a plain GET form; CSV exports keep them.
 */
export default async function ParticipationPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const staff = await requireStaffPage(locale, "participation.view");
  const t = getTranslator(locale);
  const query = await searchParams;
  const [offices, { procedures }] = await Promise.all([listOffices(), getCatalogue()]);
  const filters = filtersFromQuery(query, offices);
  const [total, cube, pagesTotal, pageRows, byPath, flags, surveyAnswers, pageComments] = await Promise.all([
    getSurveyFigures(filters, [], staff),
    getSurveyFigures(filters, ["month", "procedure", "office"], staff),
    getPageFigures(filters, [], staff),
    getPageFigures(filters, ["month", "path"], staff),
    getPageFigures(filters, ["path"], staff),
    listSurveyAnswers(filters, { onlyFlags: true }, staff),
    listSurveyAnswers(filters, {}, staff),
    listPageComments(filters, staff),
  ]);
  const surveyComments = surveyAnswers.filter((a) => !a.askedExtra);
  // "Was this page useful?" on each result of the guide: where it misleads shows as a low share of "yes".
  const guideResults = getGuide().results;
  const guideRows = byPath.flatMap((r) => {
    const result = guideResults.find((g) => r.path === `${GUIDE_RESULTS_PATH}/${g.id}`);
    return result ? [{ ...r, result }] : [];
  });
  const canHandle = can(staff.role, "participation.handle");
  const procedureTitle = (slug: string | null) => {
    const found = procedures.find((p) => p.slug === slug);
    return found ? localize(found.title, locale) : (slug ?? "—");
  };
  const officeName = (id: number | null) => {
    const found = offices.find((o) => o.id === id);
    return found ? `${found.stateName} · ${localize(found.name, locale)}` : t("participation.staff.noOffice");
  };
  const backQuery = filterQueryString(query);
  const month = (value: string | null) => (value ? formatMonth(value, locale) : "—");
  const none = <p>{t("participation.staff.none")}</p>;
  const listLimit = (count: number) =>
    count >= LIST_LIMIT ? (
      <p className="text-muted">{t("participation.staff.listLimit", { count: LIST_LIMIT })}</p>
    ) : null;

  const handleForm = (item: PageCommentDTO | SurveyCommentDTO) =>
    canHandle && !item.handledAt ? (
      <ActionForm
        id={`handle-${item.kind}-${item.id}`}
        action={markHandled.bind(null, locale, backQuery)}
        errorTitle={t("participation.staff.errorTitle")}
        locale={locale}
        messages={["participation.staff"]}
        fields={[
          { kind: "hidden", name: "kind", value: item.kind },
          { kind: "hidden", name: "id", value: String(item.id) },
          { kind: "hidden", name: "version", value: String(item.version) },
          {
            kind: "textarea",
            name: "note",
            label: t("participation.staff.note"),
            hint: t("participation.staff.noteHint"),
            maxLength: NOTE_MAX,
          },
        ]}
        submit={{
          label: t("participation.staff.markHandled"),
          pending: t("participation.staff.marking"),
          tone: "secondary",
        }}
      />
    ) : null;
  const surveyItem = (a: SurveyCommentDTO) => (
    <SurveyAnswerItem
      key={a.id}
      item={a}
      locale={locale}
      t={t}
      handleForm={handleForm(a)}
      procedureTitle={procedureTitle(a.procedureSlug)}
      officeName={officeName(a.officeId)}
    />
  );

  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-3xl">{t("participation.staff.title")}</h1>
        <p className="max-w-3xl">{t("participation.staff.intro")}</p>
        <p className="max-w-3xl text-muted">{t("participation.staff.anonymity")}</p>
      </div>

      {query.hecho ? (
        <p role="status" className="border-l-8 border-ok bg-surface p-3 font-semibold">
          {t("participation.staff.markedNotice")}
        </p>
      ) : null}

      <ParticipationFilters
        procedures={procedures.map((p) => ({ value: p.slug, label: localize(p.title, locale) }))}
        offices={offices.map((o) => ({ value: o.slug, label: `${o.stateName} · ${localize(o.name, locale)}` }))}
        value={{
          procedure: filters.procedureSlug ?? "",
          office: offices.find((o) => o.id === filters.officeId)?.slug ?? "",
          from: filters.from ?? "",
          to: filters.to ?? "",
        }}
        locale={locale}
        t={t}
      />

      <ParticipationSummary overall={total[0]} pages={pagesTotal[0]} exportQuery={backQuery} locale={locale} t={t} />

      <section aria-labelledby="survey-table" className="space-y-3">
        <h2 id="survey-table" className="text-2xl">
          {t("participation.staff.surveyTable")}
        </h2>
        {cube.length === 0 ? (
          none
        ) : (
          <DataTable
            id="survey-figures"
            testId="survey-figures"
            caption={t("participation.staff.surveyTable")}
            columns={[
              { label: t("participation.staff.month") },
              { label: t("participation.staff.procedure") },
              { label: t("participation.staff.office") },
              { label: t("participation.staff.answersHeading"), numeric: true },
              { label: t("participation.staff.percentSatisfied"), numeric: true },
              { label: t("participation.staff.againstTarget") },
              { label: t("participation.staff.requirementsIncomplete"), numeric: true },
              { label: t("participation.staff.askedExtra"), numeric: true },
              { label: t("participation.staff.openFlagsHeading"), numeric: true },
            ]}
            rows={cube.map((r) => ({
              key: `${r.month}-${r.procedureSlug}-${r.officeId}`,
              cells: [
                month(r.month),
                procedureTitle(r.procedureSlug),
                officeName(r.officeId),
                r.answers,
                formatPercent(r.percentSatisfied, locale),
                r.meetsTarget ? t("participation.staff.meets") : t("participation.staff.below"),
                r.requirementsIncomplete,
                r.askedExtra,
                r.openFlags,
              ],
            }))}
          />
        )}
      </section>

      <section aria-labelledby="page-table" className="space-y-3">
        <h2 id="page-table" className="text-2xl">
          {t("participation.staff.pageTable")}
        </h2>
        {pageRows.length === 0 ? (
          none
        ) : (
          <DataTable
            id="page-figures"
            caption={t("participation.staff.pageTable")}
            columns={[
              { label: t("participation.staff.month") },
              { label: t("participation.staff.page") },
              { label: t("participation.staff.answersHeading"), numeric: true },
              { label: t("participation.staff.percentUseful"), numeric: true },
              { label: t("participation.staff.comments"), numeric: true },
            ]}
            rows={pageRows.map((r) => ({
              key: `${r.month}-${r.path}`,
              cells: [
                month(r.month),
                <a key="page" href={`/${locale}${r.path === "/" ? "" : r.path}`} className="break-all">
                  {r.path}
                </a>,
                r.answers,
                formatPercent(r.percentUseful, locale),
                r.comments,
              ],
            }))}
          />
        )}
      </section>

      <section aria-labelledby="guide-table" className="space-y-3">
        <h2 id="guide-table" className="text-2xl">
          {t("guide.staffTitle")}
        </h2>
        <p className="max-w-3xl">{t("guide.staffIntro")}</p>
        {guideRows.length === 0 ? (
          none
        ) : (
          <DataTable
            id="guide-figures"
            testId="guide-figures"
            caption={t("guide.staffTitle")}
            columns={[
              { label: t("guide.staffResult"), rowHeader: true },
              { label: t("participation.staff.answersHeading"), numeric: true },
              { label: t("participation.staff.percentUseful"), numeric: true, sort: "ascending" },
              { label: t("participation.staff.comments"), numeric: true },
            ]}
            rows={[...guideRows]
              .sort((a, b) => a.percentUseful - b.percentUseful)
              .map((r) => ({
                key: r.result.id,
                cells: [
                  <a key="result" href={`/${locale}${r.path}`}>
                    {localize(r.result.title, locale)}
                  </a>,
                  r.answers,
                  formatPercent(r.percentUseful, locale),
                  r.comments,
                ],
              }))}
          />
        )}
      </section>

      <section aria-labelledby="flags-title" className="space-y-3">
        <h2 id="flags-title" className="text-2xl">
          {t("participation.staff.flagsTitle")}
        </h2>
        <p className="max-w-3xl">{t("participation.staff.flagsIntro")}</p>
        {flags.length === 0 ? none : <ul className="max-w-3xl space-y-4">{flags.map(surveyItem)}</ul>}
        {listLimit(flags.length)}
      </section>

      <section aria-labelledby="survey-comments-title" className="space-y-3">
        <h2 id="survey-comments-title" className="text-2xl">
          {t("participation.staff.surveyCommentsTitle")}
        </h2>
        {surveyComments.length === 0 ? none : <ul className="max-w-3xl space-y-4">{surveyComments.map(surveyItem)}</ul>}
      </section>

      <section aria-labelledby="page-comments-title" className="space-y-3">
        <h2 id="page-comments-title" className="text-2xl">
          {t("participation.staff.pageCommentsTitle")}
        </h2>
        {pageComments.length === 0 ? (
          none
        ) : (
          <ul className="max-w-3xl space-y-4">
            {pageComments.map((c) => (
              <PageCommentItem key={c.id} item={c} locale={locale} t={t} handleForm={handleForm(c)} />
            ))}
          </ul>
        )}
        {listLimit(pageComments.length)}
      </section>
    </div>
  );
}
