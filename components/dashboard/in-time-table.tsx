import { DataTable } from "@/components/data-table";
import type { Locale } from "@/lib/i18n/config";
import { formatPercent } from "@/lib/i18n/format-number";
import type { Translate } from "@/lib/i18n/messages";
import type { DashboardRow } from "@/lib/statistics/dashboard";
import { TARGET_PERCENT } from "@/lib/statistics/policy";

/** A 0–1 share as the dashboard prints it, or a dash when nothing was resolved. */
export const formatShare = (share: number | null, locale: Locale) =>
  share === null ? "—" : formatPercent(share * 100, locale);

type Props = {
  id: string;
  title: string;
  caption: string;
  rows: DashboardRow[];
  label: (key: string) => string;
  locale: Locale;
  t: Translate;
};

/** A table of in-time shares with a bar per row; the numbers are the content, the bars only help the eye. */
export function InTimeTable({ id, title, caption, rows, label, locale, t }: Props) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-2xl">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p>{t("staff.dashboard.none")}</p>
      ) : (
        <DataTable
          id={`${id}-table`}
          caption={caption}
          columns={[
            { label: t("staff.dashboard.group"), rowHeader: true },
            { label: t("staff.dashboard.resolved"), numeric: true },
            { label: t("staff.dashboard.inTime"), numeric: true },
            { label: t("staff.dashboard.share"), numeric: true },
            {
              label: <span className="sr-only">{t("staff.dashboard.bar")}</span>,
              decorative: true,
              className: "w-1/3",
            },
          ]}
          rows={rows.map((r) => {
            const below = r.meetsTarget === false;
            return {
              key: r.key,
              cells: [
                label(r.key),
                r.resolved,
                r.inTime,
                <span key="share" className={`font-bold ${below ? "text-error" : ""}`}>
                  {formatShare(r.share, locale)}
                  {below ? <span className="sr-only"> ({t("staff.dashboard.belowTarget")})</span> : null}
                </span>,
                <div key="bar" className="relative h-4 bg-surface">
                  <div
                    className={`h-4 ${below ? "bg-error" : "bg-ok"}`}
                    style={{ width: `${Math.round((r.share ?? 0) * 100)}%` }}
                  />
                  <div className="absolute top-0 h-4 border-l-2 border-ink" style={{ left: `${TARGET_PERCENT}%` }} />
                </div>,
              ],
            };
          })}
        />
      )}
    </section>
  );
}
