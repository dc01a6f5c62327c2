import { BarChart } from "@/components/charts/bar-chart";
import { statValue } from "@/components/charts/stat-value";
import { DataTable } from "@/components/data-table";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format-number";
import type { Translate } from "@/lib/i18n/messages";
import type { HistoricalSeriesRow } from "@/lib/statistics/types";
import { HISTORY_FILE } from "./figure";

/** The imported official series: per source, documents issued per year (a chart) and per type (a table). */
export function HistorySection({ series, locale, t }: { series: HistoricalSeriesRow[]; locale: Locale; t: Translate }) {
  const imports = [...new Map(series.map((r) => [r.importId, r])).values()];
  return (
    <section aria-labelledby="history" className="space-y-4">
      <h2 id="history" className="text-2xl">
        {t("statistics.historyTitle")}
      </h2>
      <p>{t("statistics.historyIntro")}</p>
      {imports.length === 0 ? <p>{t("statistics.historyEmpty")}</p> : null}
      {imports.map((source) => {
        const rows = series.filter((r) => r.importId === source.importId);
        const years = [...new Set(rows.map((r) => r.year))].sort();
        const types = [...new Set(rows.map((r) => r.documentType))].sort();
        const totals = years.map((year) => ({
          year,
          total: rows.filter((r) => r.year === year).reduce((sum, r) => sum + r.count, 0),
          months: Math.max(...rows.filter((r) => r.year === year).map((r) => r.months)),
        }));
        const top = totals.reduce((a, b) => (b.total > a.total ? b : a), totals[0]!);
        const title = t("statistics.historyChart", { source: source.source });
        const count = (year: number, type: string) =>
          rows.find((r) => r.year === year && r.documentType === type)?.count ?? null;
        return (
          <div key={source.importId} className="space-y-3">
            {source.isSample ? (
              <p className="inline-block border-2 border-warn px-2 py-1 font-semibold text-warn">
                {t("statistics.sample")}
              </p>
            ) : null}
            <figure className="space-y-2">
              <BarChart
                id={`history-${source.importId}`}
                title={title}
                description={t("statistics.historyDesc", { count: years.length, max: top.year })}
                data={totals.map((y) => ({
                  label:
                    y.months < 12 ? `${y.year} (${t("statistics.partialYear", { months: y.months })})` : String(y.year),
                  value: y.total,
                }))}
                format={(v) => formatNumber(v, locale)}
              />
              <figcaption className="text-sm text-muted">
                {t("statistics.historySource", { source: source.source })} ·{" "}
                <a href={HISTORY_FILE}>{HISTORY_FILE.split("/").at(-1)}</a>
              </figcaption>
            </figure>
            <DataTable
              id={`history-${source.importId}-table`}
              caption={title}
              compact
              columns={[
                { label: t("statistics.year"), rowHeader: true },
                ...types.map((type) => ({ label: type, numeric: true })),
              ]}
              rows={years.map((year) => ({
                key: String(year),
                cells: [year, ...types.map((type) => statValue(count(year, type), locale, ""))],
              }))}
            />
          </div>
        );
      })}
    </section>
  );
}
