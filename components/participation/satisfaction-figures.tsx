import { DataTable } from "@/components/data-table";
import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator, type Translate } from "@/lib/i18n/messages";
import { getPublicSatisfactionFigures } from "@/lib/participation/queries";
import type { PublicCell } from "@/lib/participation/types";
import { getCatalogue } from "@/lib/procedures/queries";
import { formatMonth, formatPercent } from "@/lib/i18n/format-number";

type TableProps = {
  id: string;
  caption: string;
  labelHeading: string;
  percentHeading: string;
  rows: { label: string; cell: PublicCell }[];
  locale: Locale;
  t: Translate;
  min: number;
};

function FigureTable({ id, caption, labelHeading, percentHeading, rows, locale, t, min }: TableProps) {
  if (!rows.length) return null;
  return (
    <DataTable
      id={id}
      caption={caption}
      captionVisible
      columns={[
        { label: labelHeading, rowHeader: true },
        { label: percentHeading, numeric: true },
        { label: t("participation.figures.answersHeading"), numeric: true },
      ]}
      rows={rows.map((row) => ({
        key: row.label,
        cells: row.cell.suppressed
          ? [row.label, { content: t("participation.figures.suppressed", { min }), colSpan: 2, suppressed: true }]
          : [
              row.label,
              <span key="percent" className="font-semibold">
                {formatPercent(row.cell.percent, locale)}
              </span>,
              row.cell.answers,
            ],
      }))}
    />
  );
}

function Headline({
  cell,
  label,
  locale,
  t,
  min,
  target,
}: {
  cell: PublicCell;
  label: string;
  locale: Locale;
  t: Translate;
  min: number;
  target?: number;
}) {
  return (
    <div className="border-l-8 border-brand bg-surface p-4">
      <p className="text-lg">{label}</p>
      {cell.suppressed ? (
        <p className="text-xl font-semibold" data-suppressed="true">
          {t("participation.figures.suppressed", { min })}
        </p>
      ) : (
        <>
          <p className="text-4xl font-bold tabular-nums">{formatPercent(cell.percent, locale)}</p>
          <p>{t("participation.figures.answers", { count: cell.answers })}</p>
          {target !== undefined ? (
            <p className="font-semibold">
              {t("participation.figures.target", { target })} —{" "}
              {cell.percent >= target ? t("participation.figures.meets") : t("participation.figures.below")}
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}

/**
 * The public satisfaction figures (server component) for the statistics page: share satisfied against the
 * 80 % target overall, per procedure and per month, and the share of "useful" page answers. Cells under
 * the minimum are marked, never shown as zero. `level` is the rank of its own headings under the host page's.
 */
export async function SatisfactionFigures({ locale, level = 2 }: { locale: Locale; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  const t = getTranslator(locale);
  const [figures, { procedures }] = await Promise.all([getPublicSatisfactionFigures(), getCatalogue()]);
  const min = figures.minAnswers;
  const titleOf = (slug: string) => {
    const procedure = procedures.find((p) => p.slug === slug);
    return procedure ? localize(procedure.title, locale) : slug;
  };
  const surveyRows = figures.survey.byProcedure
    .map((r) => ({ label: titleOf(r.procedureSlug), cell: r.cell }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const monthRows = figures.survey.byMonth.map((r) => ({ label: formatMonth(r.month, locale, "long"), cell: r.cell }));
  const pageRows = figures.pages.byMonth.map((r) => ({ label: formatMonth(r.month, locale, "long"), cell: r.cell }));

  return (
    <div className="space-y-10" data-testid="satisfaction-figures">
      <section aria-labelledby="survey-figures-title" className="space-y-6">
        <Heading id="survey-figures-title" className="text-2xl">
          {t("participation.figures.surveyTitle")}
        </Heading>
        <p>{t("participation.figures.intro", { target: figures.target })}</p>
        {figures.since ? (
          <p className="text-muted">
            {t("participation.figures.since", { month: formatMonth(figures.since, locale, "long") })}
          </p>
        ) : (
          <p>{t("participation.figures.none")}</p>
        )}
        {figures.since ? (
          <Headline
            cell={figures.survey.overall}
            label={t("participation.figures.overall")}
            locale={locale}
            t={t}
            min={min}
            target={figures.target}
          />
        ) : null}
        <FigureTable
          id="satisfaction-by-procedure"
          caption={t("participation.figures.byProcedure")}
          labelHeading={t("participation.figures.procedure")}
          rows={surveyRows}
          locale={locale}
          t={t}
          min={min}
          percentHeading={t("participation.figures.percentSatisfied")}
        />
        <FigureTable
          id="satisfaction-by-month"
          caption={t("participation.figures.byMonth")}
          labelHeading={t("participation.figures.month")}
          rows={monthRows}
          locale={locale}
          t={t}
          min={min}
          percentHeading={t("participation.figures.percentSatisfied")}
        />
      </section>
      <section aria-labelledby="page-figures-title" className="space-y-6">
        <Heading id="page-figures-title" className="text-2xl">
          {t("participation.figures.pagesTitle")}
        </Heading>
        <p>{t("participation.figures.pagesIntro")}</p>
        <Headline
          cell={figures.pages.overall}
          label={t("participation.figures.pagesOverall")}
          locale={locale}
          t={t}
          min={min}
        />
        <FigureTable
          id="useful-by-month"
          caption={t("participation.figures.byMonth")}
          labelHeading={t("participation.figures.month")}
          rows={pageRows}
          locale={locale}
          t={t}
          min={min}
          percentHeading={t("participation.figures.percentUseful")}
        />
      </section>
      <p className="text-muted">{t("participation.figures.method", { min })}</p>
    </div>
  );
}
