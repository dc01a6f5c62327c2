import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UndeliveredNotifications } from "@/components/notifications/staff-notifications";
import { DataTable } from "@/components/data-table";
import { formatShare, InTimeTable } from "@/components/dashboard/in-time-table";
import { FilterSelect } from "@/components/staff/filter-select";
import { requireStaffPage } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { formatMonth, formatPercent } from "@/lib/i18n/format-number";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { listOffices } from "@/lib/offices/queries";
import { getCatalogue } from "@/lib/procedures/queries";
import { getDashboard } from "@/lib/statistics/dashboard";
import { TARGET_PERCENT } from "@/lib/statistics/policy";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("staff.dashboard.title"), robots: { index: false } };
}

const SLUG = /^[a-z0-9-]{1,120}$/;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** In-time share against the 80 % target, backlog by age and overdue count, for officials. */
export default async function DashboardPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const staff = await requireStaffPage(locale, "dashboard.view");
  const t = getTranslator(locale);
  const query = await searchParams;
  const months = [6, 12, 24].includes(Number(one(query.meses))) ? Number(one(query.meses)) : 12;
  const procedureSlug = SLUG.test(one(query.procedure) ?? "") ? one(query.procedure) : undefined;
  const officeSlug = SLUG.test(one(query.office) ?? "") ? one(query.office) : undefined;
  const [dashboard, catalogue, offices] = await Promise.all([
    getDashboard(staff, { months, procedureSlug, officeSlug }),
    getCatalogue(),
    listOffices(),
  ]);
  const procedureName = (slug: string) => {
    const p = catalogue.procedures.find((x) => x.slug === slug);
    return p ? localize(p.title, locale) : slug;
  };
  const officeName = (slug: string) => {
    const o = offices.find((x) => x.slug === slug);
    return o ? `${localize(o.name, locale)} (${o.stateName})` : slug || t("staff.detail.noOffice");
  };
  const monthName = (key: string) => formatMonth(key, locale, "long");
  const target = formatPercent(TARGET_PERCENT, locale, 0);
  return (
    <div className="space-y-10">
      <h1 className="text-3xl">{t("staff.dashboard.title")}</h1>
      <UndeliveredNotifications locale={locale} staff={staff} />
      {dashboard.includesSample ? (
        <p className="border-l-8 border-warn bg-surface p-3 font-semibold" data-testid="sample-warning">
          {t("staff.dashboard.sample")}
        </p>
      ) : null}
      <form
        method="get"
        className="grid gap-4 border-2 border-line p-4 sm:grid-cols-4"
        aria-label={t("staff.list.filtersTitle")}
      >
        <FilterSelect
          id="meses"
          label={t("staff.dashboard.period")}
          value={String(months)}
          options={[6, 12, 24].map((m) => ({
            value: String(m),
            label: t("staff.dashboard.lastMonths", { months: m }),
          }))}
        />
        <FilterSelect
          id="procedure"
          label={t("staff.list.filters.procedure")}
          value={procedureSlug ?? ""}
          anyLabel={t("staff.list.any")}
          options={catalogue.procedures.map((p) => ({ value: p.slug, label: localize(p.title, locale) }))}
        />
        <FilterSelect
          id="office"
          label={t("staff.list.filters.office")}
          value={officeSlug ?? ""}
          anyLabel={t("staff.list.any")}
          options={offices.map((o) => ({ value: o.slug, label: `${o.stateName} · ${localize(o.name, locale)}` }))}
        />
        <div className="flex items-end">
          <button type="submit" className="min-h-11 bg-ok px-5 py-2 font-bold text-white">
            {t("staff.list.apply")}
          </button>
        </div>
      </form>

      <section aria-labelledby="summary-title" className="grid gap-4 sm:grid-cols-3">
        <h2 id="summary-title" className="sr-only">
          {t("staff.dashboard.summary")}
        </h2>
        <div className="border-l-8 border-brand bg-surface p-4" data-testid="in-time-total">
          <p className="text-muted">
            {t("staff.dashboard.inTimeShare", {
              from: monthName(dashboard.period.from),
              to: monthName(dashboard.period.to),
            })}
          </p>
          <p className={`text-4xl font-bold ${dashboard.total.meetsTarget === false ? "text-error" : ""}`}>
            {formatShare(dashboard.total.share, locale)}
          </p>
          <p>
            {t("staff.dashboard.ofResolved", {
              inTime: dashboard.total.inTime,
              resolved: dashboard.total.resolved,
              target,
            })}
          </p>
        </div>
        <div className="border-l-8 border-error bg-surface p-4" data-testid="overdue-total">
          <p className="text-muted">{t("staff.dashboard.overdue")}</p>
          <p className="text-4xl font-bold">{dashboard.overdue}</p>
          <p>{t("staff.dashboard.openPaused", { open: dashboard.open, paused: dashboard.paused })}</p>
          <p data-testid="withdrawn-total">
            {t("staff.dashboard.withdrawn", { total: dashboard.withdrawn.total, overdue: dashboard.withdrawn.overdue })}
          </p>
        </div>
        <div className="border-l-8 border-warn bg-surface p-4">
          <p className="text-muted">{t("staff.dashboard.target")}</p>
          <p className="text-4xl font-bold">{target}</p>
          <p>{t("staff.dashboard.targetText")}</p>
        </div>
      </section>

      <InTimeTable
        id="by-month"
        title={t("staff.dashboard.byMonth")}
        caption={t("staff.dashboard.byMonthCaption", { target })}
        rows={dashboard.byMonth}
        label={monthName}
        locale={locale}
        t={t}
      />
      <InTimeTable
        id="by-procedure"
        title={t("staff.dashboard.byProcedure")}
        caption={t("staff.dashboard.byProcedureCaption", { target })}
        rows={dashboard.byProcedure}
        label={procedureName}
        locale={locale}
        t={t}
      />
      <InTimeTable
        id="by-office"
        title={t("staff.dashboard.byOffice")}
        caption={t("staff.dashboard.byOfficeCaption", { target })}
        rows={dashboard.byOffice}
        label={officeName}
        locale={locale}
        t={t}
      />

      <section aria-labelledby="backlog-title" className="space-y-2">
        <h2 id="backlog-title" className="text-2xl">
          {t("staff.dashboard.backlog")}
        </h2>
        <DataTable
          id="backlog"
          testId="backlog"
          caption={t("staff.dashboard.backlogCaption")}
          columns={[
            { label: t("staff.dashboard.age"), rowHeader: true },
            { label: t("staff.dashboard.open"), numeric: true },
            { label: t("staff.dashboard.overdueShort"), numeric: true },
          ]}
          rows={dashboard.backlog.map((b) => ({
            key: b.key,
            cells: [t("staff.dashboard.days", { range: b.key }), b.count, b.overdue],
          }))}
        />
      </section>
    </div>
  );
}
