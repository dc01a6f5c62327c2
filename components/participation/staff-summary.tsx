import type { Locale } from "@/lib/i18n/config";
import { formatPercent } from "@/lib/i18n/format-number";
import type { Translate } from "@/lib/i18n/messages";
import { EXPORT_FILES } from "@/lib/participation/export";
import type { PageFigureRow, SurveyFigureRow } from "@/lib/participation/types";
import { TARGET_PERCENT } from "@/lib/statistics/policy";

type Props = {
  overall: SurveyFigureRow | undefined;
  pages: PageFigureRow | undefined;
  exportQuery: string;
  locale: Locale;
  t: Translate;
};

const EXPORT_LABELS = [
  "participation.staff.exportSurveys",
  "participation.staff.exportPages",
  "participation.staff.exportComments",
] as const;

/** The staff view's headline figures (satisfied against the target, open flags, useful pages) and the CSV exports with the same filters. */
export function ParticipationSummary({ overall, pages, exportQuery, locale, t }: Props) {
  return (
    <section aria-labelledby="participation-summary" className="space-y-4">
      <h2 id="participation-summary" className="text-2xl">
        {t("participation.staff.summaryTitle")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="border-l-8 border-brand bg-surface p-4" data-testid="staff-satisfied">
          <p>{t("participation.staff.satisfied")}</p>
          {overall ? (
            <>
              <p className="text-3xl font-bold tabular-nums">{formatPercent(overall.percentSatisfied, locale)}</p>
              <p>{t("participation.staff.answers", { count: overall.answers })}</p>
              <p className="font-semibold">
                {t("participation.staff.target", { target: TARGET_PERCENT })} —{" "}
                {overall.meetsTarget ? t("participation.staff.meets") : t("participation.staff.below")}
              </p>
            </>
          ) : (
            <p className="text-xl font-semibold">{t("participation.staff.noAnswers")}</p>
          )}
        </div>
        <div className="border-l-8 border-warn bg-surface p-4">
          <p>{t("participation.staff.openFlags")}</p>
          <p className="text-3xl font-bold tabular-nums">{overall?.openFlags ?? 0}</p>
        </div>
        <div className="border-l-8 border-ink bg-surface p-4">
          <p>{t("participation.staff.useful")}</p>
          {pages ? (
            <>
              <p className="text-3xl font-bold tabular-nums">{formatPercent(pages.percentUseful, locale)}</p>
              <p>{t("participation.staff.answers", { count: pages.answers })}</p>
            </>
          ) : (
            <p className="text-xl font-semibold">{t("participation.staff.noAnswers")}</p>
          )}
        </div>
      </div>
      <div>
        <h3 className="text-lg">{t("participation.staff.exports")}</h3>
        <ul className="list-disc pl-6">
          {EXPORT_FILES.map((file, i) => (
            <li key={file}>
              <a
                href={`/${locale}/personal/participacion/datos/${file}${exportQuery ? `?${exportQuery}` : ""}`}
                download
              >
                {t(EXPORT_LABELS[i]!)} ({file})
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
