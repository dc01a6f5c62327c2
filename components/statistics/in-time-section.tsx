import { BarChart, type BarDatum } from "@/components/charts/bar-chart";
import { statValue } from "@/components/charts/stat-value";
import { DataTable } from "@/components/data-table";
import type { Locale } from "@/lib/i18n/config";
import { formatPercent } from "@/lib/i18n/format-number";
import type { Translate } from "@/lib/i18n/messages";
import { TARGET_PERCENT } from "@/lib/statistics/policy";
import type { PublicStatisticsRow } from "@/lib/statistics/public";
import { chartValue, Figure, LiveSource } from "./figure";

type Props = {
  id: string;
  rows: PublicStatisticsRow[];
  label: (r: PublicStatisticsRow) => string;
  what: string;
  title: string;
  locale: Locale;
  t: Translate;
};

/** Share resolved within the legal deadline per procedure or office: a bar chart against the target, and its table. */
export function InTimeSection({ id, rows, label, what, title, locale, t }: Props) {
  const suppressed = t("statistics.suppressed");
  const data: BarDatum[] = rows.map((r) => ({
    label: label(r),
    value: chartValue(r.resolvedInTimePct),
    note: r.resolvedInTimePct === null ? t("statistics.none") : suppressed,
  }));
  const measured = data.filter((d) => d.value !== null);
  const met = measured.filter((d) => (d.value ?? 0) >= TARGET_PERCENT).length;
  return (
    <Figure
      id={id}
      title={title}
      source={<LiveSource t={t} />}
      table={
        <DataTable
          id={`${id}-table`}
          caption={title}
          compact
          columns={[
            { label: what, rowHeader: true },
            { label: t("statistics.resolved"), numeric: true },
            { label: t("statistics.inTime"), numeric: true },
            { label: t("statistics.inTimePct"), numeric: true },
          ]}
          rows={rows.map((r, i) => ({
            key: `${label(r)}-${i}`,
            cells: [
              label(r),
              statValue(r.resolved, locale, suppressed),
              statValue(r.resolvedInTime, locale, suppressed),
              statValue(r.resolvedInTimePct, locale, suppressed, { percent: true }),
            ],
          }))}
        />
      }
    >
      {rows.length === 0 ? (
        <p>{t("statistics.empty")}</p>
      ) : (
        <BarChart
          id={`${id}-chart`}
          title={title}
          description={t("statistics.inTimeDesc", { what, met, count: measured.length, target: TARGET_PERCENT })}
          data={data}
          max={100}
          target={{ value: TARGET_PERCENT, label: t("statistics.target", { target: TARGET_PERCENT }) }}
          format={(v) => formatPercent(v, locale)}
        />
      )}
    </Figure>
  );
}
