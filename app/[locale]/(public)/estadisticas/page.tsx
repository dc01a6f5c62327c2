import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { BarChart, type BarDatum } from "@/components/charts/bar-chart";
import { ColumnChart } from "@/components/charts/column-chart";
import { StatCell } from "@/components/charts/stat-cell";
import { SatisfactionFigures } from "@/components/participation/satisfaction-figures";
import { stateName } from "@/lib/geo/mexican-states";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator, type Translate } from "@/lib/i18n/messages";
import { listOffices } from "@/lib/offices/queries";
import { getCatalogue } from "@/lib/procedures/queries";
import { formatMonth, formatNumber } from "@/lib/statistics/format";
import { getStatisticsOverview } from "@/lib/statistics/overview";
import { IN_TIME_TARGET_PCT, type PublicStatisticsRow } from "@/lib/statistics/public";
import type { HistoricalSeriesRow } from "@/lib/statistics/types";

type Props = { params: Promise<{ locale: string }> };

// Live figures, the same for everyone: rebuilt at most every 5 minutes.
export const revalidate = 300;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("statistics.title") };
}

const MONTHLY_FILE = "/api/v1/datos/estadisticas-mensuales.csv";
const HISTORY_FILE = "/api/v1/datos/historico-documentos-emitidos.csv";
const num = (value: unknown): number | null => (typeof value === "number" ? value : null);

function Figure({ id, title, children, source, table }: { id: string; title: string; children: ReactNode; source: ReactNode; table: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-2xl">{title}</h2>
      <figure className="space-y-2">
        {children}
        <figcaption className="text-sm text-muted">{source}</figcaption>
      </figure>
      {/* Focusable so keyboard users can scroll a table wider than the phone. */}
      <div className="overflow-x-auto" role="region" aria-label={title} tabIndex={0}>
        {table}
      </div>
    </section>
  );
}

function LiveSource({ t, file = MONTHLY_FILE }: { t: Translate; file?: string }) {
  return (
    <>
      {t("statistics.sourceLive")}
      <a href={file}>{file.split("/").at(-1)}</a>
    </>
  );
}

function Th({ children }: { children: ReactNode }) {
  return <th scope="col" className="py-1 pr-3 text-right align-bottom">{children}</th>;
}

function InTimeSection({ id, rows, label, what, title, locale, t }: { id: string; rows: PublicStatisticsRow[]; label: (r: PublicStatisticsRow) => string; what: string; title: string; locale: Locale; t: Translate }) {
  const suppressed = t("statistics.suppressed");
  const data: BarDatum[] = rows.map((r) => ({ label: label(r), value: num(r.resolvedInTimePct), note: r.resolvedInTimePct === null ? t("statistics.none") : suppressed }));
  const measured = data.filter((d) => d.value !== null);
  const met = measured.filter((d) => (d.value ?? 0) >= IN_TIME_TARGET_PCT).length;
  return (
    <Figure
      id={id}
      title={title}
      source={<LiveSource t={t} />}
      table={
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-1 pr-3">{what}</th>
              <Th>{t("statistics.resolved")}</Th>
              <Th>{t("statistics.inTime")}</Th>
              <Th>{t("statistics.inTimePct")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${label(r)}-${i}`} className="border-b border-line">
                <th scope="row" className="py-1 pr-3 font-normal">{label(r)}</th>
                <StatCell value={r.resolved} locale={locale} suppressedText={suppressed} />
                <StatCell value={r.resolvedInTime} locale={locale} suppressedText={suppressed} />
                <StatCell value={r.resolvedInTimePct} locale={locale} suppressedText={suppressed} digits={1} suffix=" %" />
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {rows.length === 0 ? (
        <p>{t("statistics.empty")}</p>
      ) : (
        <BarChart
          id={`${id}-chart`}
          title={title}
          description={t("statistics.inTimeDesc", { what, met, count: measured.length })}
          data={data}
          max={100}
          target={{ value: IN_TIME_TARGET_PCT, label: t("statistics.target") }}
          format={(v) => `${formatNumber(v, locale, 1)} %`}
        />
      )}
    </Figure>
  );
}

function HistorySection({ series, locale, t }: { series: HistoricalSeriesRow[]; locale: Locale; t: Translate }) {
  const imports = [...new Map(series.map((r) => [r.importId, r])).values()];
  return (
    <section aria-labelledby="history" className="space-y-4">
      <h2 id="history" className="text-2xl">{t("statistics.historyTitle")}</h2>
      <p>{t("statistics.historyIntro")}</p>
      {imports.length === 0 ? <p>{t("statistics.historyEmpty")}</p> : null}
      {imports.map((source) => {
        const rows = series.filter((r) => r.importId === source.importId);
        const years = [...new Set(rows.map((r) => r.year))].sort();
        const types = [...new Set(rows.map((r) => r.documentType))].sort();
        const totals = years.map((year) => ({ year, total: rows.filter((r) => r.year === year).reduce((sum, r) => sum + r.count, 0), months: Math.max(...rows.filter((r) => r.year === year).map((r) => r.months)) }));
        const top = totals.reduce((a, b) => (b.total > a.total ? b : a), totals[0]!);
        const title = t("statistics.historyChart", { source: source.source });
        const cell = (year: number, type: string) => rows.find((r) => r.year === year && r.documentType === type)?.count ?? null;
        return (
          <div key={source.importId} className="space-y-3">
            {source.isSample ? <p className="inline-block border-2 border-warn px-2 py-1 font-semibold text-warn">{t("statistics.sample")}</p> : null}
            <figure className="space-y-2">
              <BarChart
                id={`history-${source.importId}`}
                title={title}
                description={t("statistics.historyDesc", { count: years.length, max: top.year })}
                data={totals.map((y) => ({ label: y.months < 12 ? `${y.year} (${t("statistics.partialYear", { months: y.months })})` : String(y.year), value: y.total }))}
                format={(v) => formatNumber(v, locale)}
              />
              <figcaption className="text-sm text-muted">
                {t("statistics.historySource", { source: source.source })} · <a href={HISTORY_FILE}>{HISTORY_FILE.split("/").at(-1)}</a>
              </figcaption>
            </figure>
            <div className="overflow-x-auto" role="region" aria-label={title} tabIndex={0}>
              <table className="w-full border-collapse text-left text-sm">
                <caption className="sr-only">{title}</caption>
                <thead>
                  <tr className="border-b-2 border-ink">
                    <th scope="col" className="py-1 pr-3">{t("statistics.year")}</th>
                    {types.map((type) => (
                      <Th key={type}>{type}</Th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {years.map((year) => (
                    <tr key={year} className="border-b border-line">
                      <th scope="row" className="py-1 pr-3 font-normal">{year}</th>
                      {types.map((type) => (
                        <StatCell key={type} value={cell(year, type)} locale={locale} suppressedText="" />
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </section>
  );
}

/** Public statistics: live figures with their tables and files, the imported history, and satisfaction (issue 7). */
export default async function StatisticsPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const [overview, catalogue, offices] = await Promise.all([getStatisticsOverview(), getCatalogue(), listOffices()]);
  const suppressed = t("statistics.suppressed");
  const procedureName = (slug: string | null) => {
    const procedure = catalogue.procedures.find((p) => p.slug === slug);
    return procedure ? localize(procedure.title, locale) : (slug ?? "");
  };
  const officeName = (r: PublicStatisticsRow) => {
    if (!r.officeSlug) return t("statistics.noOffice");
    const office = offices.find((o) => o.slug === r.officeSlug);
    return `${office ? localize(office.name, locale) : r.officeSlug}${r.stateCode ? ` (${stateName(r.stateCode)})` : ""}`;
  };
  const peak = overview.monthly.reduce<PublicStatisticsRow | null>((best, r) => (num(r.received) !== null && (best === null || (num(r.received) ?? 0) > (num(best.received) ?? 0)) ? r : best), null);
  const monthlyTitle = t("statistics.monthlyChart");
  const resolvedProcedures = overview.byProcedure.filter((r) => r.resolved !== 0);

  return (
    <div className="max-w-3xl space-y-10">
      <div className="space-y-3">
        <h1 className="text-3xl sm:text-4xl">{t("statistics.title")}</h1>
        <p className="text-lg">{t("statistics.intro")}</p>
        <p>{t("statistics.privacy")}</p>
        <p>{t("statistics.period", { from: formatMonth(overview.period.from, locale, "long"), to: formatMonth(overview.period.to, locale, "long") })}</p>
        <p>
          <Link href={`/${locale}/datos`}>{t("statistics.dataLink")}</Link>
        </p>
      </div>

      <Figure
        id="monthly"
        title={t("statistics.monthlyTitle")}
        source={<LiveSource t={t} />}
        table={
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("statistics.monthlyTitle")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-1 pr-3">{t("statistics.month")}</th>
                <Th>{t("statistics.submitted")}</Th>
                <Th>{t("statistics.received")}</Th>
                <Th>{t("statistics.resolved")}</Th>
                <Th>{t("statistics.approved")}</Th>
                <Th>{t("statistics.denied")}</Th>
                <Th>{t("statistics.inTimePct")}</Th>
              </tr>
            </thead>
            <tbody>
              {overview.monthly.map((r) => (
                <tr key={r.month} className="border-b border-line">
                  <th scope="row" className="py-1 pr-3 font-normal whitespace-nowrap">{formatMonth(r.month!, locale)}</th>
                  <StatCell value={r.submitted} locale={locale} suppressedText={suppressed} />
                  <StatCell value={r.received} locale={locale} suppressedText={suppressed} />
                  <StatCell value={r.resolved} locale={locale} suppressedText={suppressed} />
                  <StatCell value={r.approved} locale={locale} suppressedText={suppressed} />
                  <StatCell value={r.denied} locale={locale} suppressedText={suppressed} />
                  <StatCell value={r.resolvedInTimePct} locale={locale} suppressedText={suppressed} digits={1} suffix=" %" />
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <ColumnChart
          id="monthly-chart"
          title={monthlyTitle}
          description={
            peak
              ? t("statistics.monthlyDesc", { count: overview.monthly.length, max: formatMonth(peak.month!, locale, "long") })
              : t("statistics.monthlyDescEmpty", { count: overview.monthly.length })
          }
          data={overview.monthly.map((r) => ({ label: formatMonth(r.month!, locale), value: num(r.received) }))}
          format={(v) => formatNumber(v, locale)}
        />
      </Figure>

      <InTimeSection id="in-time-procedure" rows={overview.byProcedure} label={(r) => procedureName(r.procedureSlug)} what={t("statistics.procedure")} title={t("statistics.inTimeProcedureTitle")} locale={locale} t={t} />
      <InTimeSection id="in-time-office" rows={overview.byOffice} label={officeName} what={t("statistics.office")} title={t("statistics.inTimeOfficeTitle")} locale={locale} t={t} />

      <Figure
        id="median"
        title={t("statistics.medianTitle")}
        source={
          <>
            {t("statistics.medianNote")} <LiveSource t={t} />
          </>
        }
        table={
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("statistics.medianTitle")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-1 pr-3">{t("statistics.procedure")}</th>
                <Th>{t("statistics.resolved")}</Th>
                <Th>{t("statistics.medianDays")}</Th>
                <Th>{t("statistics.medianBusinessDays")}</Th>
              </tr>
            </thead>
            <tbody>
              {resolvedProcedures.map((r) => (
                <tr key={r.procedureSlug} className="border-b border-line">
                  <th scope="row" className="py-1 pr-3 font-normal">{procedureName(r.procedureSlug)}</th>
                  <StatCell value={r.resolved} locale={locale} suppressedText={suppressed} />
                  <StatCell value={r.medianDays} locale={locale} suppressedText={suppressed} digits={1} />
                  <StatCell value={r.medianBusinessDays} locale={locale} suppressedText={suppressed} digits={1} />
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        {resolvedProcedures.length === 0 ? (
          <p>{t("statistics.empty")}</p>
        ) : (
          <BarChart
            id="median-chart"
            title={t("statistics.medianTitle")}
            description={t("statistics.medianDesc")}
            data={resolvedProcedures.map((r) => ({ label: procedureName(r.procedureSlug), value: num(r.medianDays), note: suppressed }))}
            format={(v) => formatNumber(v, locale, 1)}
          />
        )}
      </Figure>

      <HistorySection series={overview.history} locale={locale} t={t} />

      <section aria-labelledby="satisfaction-title" className="space-y-6">
        <h2 id="satisfaction-title" className="text-2xl">
          {t("participation.figures.title")}
        </h2>
        <SatisfactionFigures locale={locale} level={3} />
      </section>
    </div>
  );
}
