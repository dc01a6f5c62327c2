import { pageAlternates } from "@/lib/i18n/alternates";
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { BarChart } from "@/components/charts/bar-chart";
import { ColumnChart } from "@/components/charts/column-chart";
import { statValue } from "@/components/charts/stat-value";
import { DataTable } from "@/components/data-table";
import { SatisfactionFigures } from "@/components/participation/satisfaction-figures";
import { chartValue, Figure, LiveSource } from "@/components/statistics/figure";
import { HistorySection } from "@/components/statistics/history-section";
import { InTimeSection } from "@/components/statistics/in-time-section";
import { divisionName } from "@/lib/country";
import { isLocale } from "@/lib/i18n/config";
import { formatMonth, formatNumber } from "@/lib/i18n/format-number";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { listOffices } from "@/lib/offices/queries";
import { getCatalogue } from "@/lib/procedures/queries";
import { getStatisticsOverview } from "@/lib/statistics/overview";
import type { PublicStatisticsRow } from "@/lib/statistics/public";

type Props = { params: Promise<{ locale: string }> };

// Live figures, the same for everyone: rebuilt at most every 5 minutes.
export const revalidate = 300;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("statistics.title"), alternates: pageAlternates(locale, "/estadisticas") };
}

/** Public statistics: live figures with their tables and files, the imported history, and satisfaction. */
export default async function StatisticsPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const [overview, catalogue, offices] = await Promise.all([getStatisticsOverview(), getCatalogue(), listOffices()]);
  const suppressed = t("statistics.suppressed");
  const stat = (value: number | string | null, digits = 0) => statValue(value, locale, suppressed, { digits });
  const procedureName = (slug: string | null) => {
    const procedure = catalogue.procedures.find((p) => p.slug === slug);
    return procedure ? localize(procedure.title, locale) : (slug ?? "");
  };
  const officeName = (r: PublicStatisticsRow) => {
    if (!r.officeSlug) return t("statistics.noOffice");
    const office = offices.find((o) => o.slug === r.officeSlug);
    return `${office ? localize(office.name, locale) : r.officeSlug}${r.stateCode ? ` (${divisionName(r.stateCode)})` : ""}`;
  };
  const peak = overview.monthly.reduce<PublicStatisticsRow | null>(
    (best, r) =>
      chartValue(r.received) !== null &&
      (best === null || (chartValue(r.received) ?? 0) > (chartValue(best.received) ?? 0))
        ? r
        : best,
    null,
  );
  const resolvedProcedures = overview.byProcedure.filter((r) => r.resolved !== 0);
  const monthlyColumns = (["submitted", "received", "resolved", "approved", "denied"] as const).map((key) => ({
    label: t(`statistics.${key}`),
    numeric: true,
  }));

  return (
    <div className="max-w-3xl space-y-10">
      <div className="space-y-3">
        <h1 className="text-3xl sm:text-4xl">{t("statistics.title")}</h1>
        <p className="text-lg">{t("statistics.intro")}</p>
        <p>{t("statistics.privacy")}</p>
        <p>
          {t("statistics.period", {
            from: formatMonth(overview.period.from, locale, "long"),
            to: formatMonth(overview.period.to, locale, "long"),
          })}
        </p>
        <p>
          <Link href={`/${locale}/datos`}>{t("statistics.dataLink")}</Link>
        </p>
      </div>

      <Figure
        id="monthly"
        title={t("statistics.monthlyTitle")}
        source={<LiveSource t={t} />}
        table={
          <DataTable
            id="monthly-table"
            caption={t("statistics.monthlyTitle")}
            compact
            columns={[
              { label: t("statistics.month"), rowHeader: true, className: "whitespace-nowrap" },
              ...monthlyColumns,
              { label: t("statistics.inTimePct"), numeric: true },
            ]}
            rows={overview.monthly.map((r) => ({
              key: r.month!,
              cells: [
                formatMonth(r.month!, locale),
                stat(r.submitted),
                stat(r.received),
                stat(r.resolved),
                stat(r.approved),
                stat(r.denied),
                statValue(r.resolvedInTimePct, locale, suppressed, { percent: true }),
              ],
            }))}
          />
        }
      >
        <ColumnChart
          id="monthly-chart"
          title={t("statistics.monthlyChart")}
          description={
            peak
              ? t("statistics.monthlyDesc", {
                  count: overview.monthly.length,
                  max: formatMonth(peak.month!, locale, "long"),
                })
              : t("statistics.monthlyDescEmpty", { count: overview.monthly.length })
          }
          data={overview.monthly.map((r) => ({ label: formatMonth(r.month!, locale), value: chartValue(r.received) }))}
          format={(v) => formatNumber(v, locale)}
        />
      </Figure>

      <InTimeSection
        id="in-time-procedure"
        rows={overview.byProcedure}
        label={(r) => procedureName(r.procedureSlug)}
        what={t("statistics.procedure")}
        title={t("statistics.inTimeProcedureTitle")}
        locale={locale}
        t={t}
      />
      <InTimeSection
        id="in-time-office"
        rows={overview.byOffice}
        label={officeName}
        what={t("statistics.office")}
        title={t("statistics.inTimeOfficeTitle")}
        locale={locale}
        t={t}
      />

      <Figure
        id="median"
        title={t("statistics.medianTitle")}
        source={
          <>
            {t("statistics.medianNote")} <LiveSource t={t} />
          </>
        }
        table={
          <DataTable
            id="median-table"
            caption={t("statistics.medianTitle")}
            compact
            columns={[
              { label: t("statistics.procedure"), rowHeader: true },
              { label: t("statistics.resolved"), numeric: true },
              { label: t("statistics.medianDays"), numeric: true },
              { label: t("statistics.medianBusinessDays"), numeric: true },
            ]}
            rows={resolvedProcedures.map((r) => ({
              key: r.procedureSlug ?? "",
              cells: [
                procedureName(r.procedureSlug),
                stat(r.resolved),
                stat(r.medianDays, 1),
                stat(r.medianBusinessDays, 1),
              ],
            }))}
          />
        }
      >
        {resolvedProcedures.length === 0 ? (
          <p>{t("statistics.empty")}</p>
        ) : (
          <BarChart
            id="median-chart"
            title={t("statistics.medianTitle")}
            description={t("statistics.medianDesc")}
            data={resolvedProcedures.map((r) => ({
              label: procedureName(r.procedureSlug),
              value: chartValue(r.medianDays),
              note: suppressed,
            }))}
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
