import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/data-table";
import { FilterSelect } from "@/components/staff/filter-select";
import { LIST_QUERY_MAX, parseListFilters, type ListFilters } from "@/lib/applications/staff-schemas";
import { STATUS_FILTERS } from "@/lib/applications/statuses";
import { listApplications, procedureOptions } from "@/lib/applications/staff-queries";
import { requireStaffPage } from "@/lib/auth/session";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { localize } from "@/lib/i18n/localize";
import { getTranslator, type MessageKey } from "@/lib/i18n/messages";
import { listOffices } from "@/lib/offices/queries";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("staff.list.title"), robots: { index: false } };
}

function href(
  locale: Locale,
  filters: ListFilters,
  change: Partial<Record<keyof ListFilters, string | number | undefined>>,
): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...change }))
    if (v !== undefined && v !== "") params.set(k, String(v));
  const qs = params.toString();
  return `/${locale}/personal/solicitudes${qs ? `?${qs}` : ""}`;
}

/** Applications with filters (a plain GET form), sorting, paging and each one's business days left. */
export default async function StaffApplicationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const staff = await requireStaffPage(locale, "applications.view");
  const t = getTranslator(locale);
  const { filters, invalid } = parseListFilters(await searchParams);
  const [{ rows, total, page, pages }, procedures, offices] = await Promise.all([
    listApplications(staff, filters),
    procedureOptions(),
    listOffices(),
  ]);
  const officeName = (slug: string | null) => {
    const found = slug ? offices.find((o) => o.slug === slug) : undefined;
    return found ? localize(found.name, locale) : "—";
  };
  const title = (slug: string) => {
    const found = procedures.find((p) => p.slug === slug);
    return found ? localize(found.title, locale) : slug;
  };
  const sortLink = (column: "due" | "submitted") => {
    const current = filters.sort ?? "due";
    const next = current === column ? `-${column}` : column;
    const state: "ascending" | "descending" | undefined =
      current === column ? "ascending" : current === `-${column}` ? "descending" : undefined;
    return { href: href(locale, filters, { sort: next, page: undefined }), state };
  };
  const select = "mt-1 block min-h-11 w-full border-2 border-ink px-2 py-1";
  return (
    <div className="space-y-6">
      <h1 className="text-3xl">{t("staff.list.title")}</h1>
      {invalid.length ? (
        <div role="alert" className="border-4 border-error p-3 font-semibold">
          {t("staff.list.invalidFilters", {
            fields: invalid.map((f) => t(`staff.list.filters.${f}` as MessageKey)).join(", "),
          })}
        </div>
      ) : null}
      <form
        method="get"
        className="grid gap-4 border-2 border-line p-4 sm:grid-cols-2 lg:grid-cols-4"
        aria-labelledby="filters-title"
      >
        <h2 id="filters-title" className="text-xl sm:col-span-2 lg:col-span-4">
          {t("staff.list.filtersTitle")}
        </h2>
        <div>
          <label htmlFor="q" className="font-bold">
            {t("staff.list.filters.q")}
          </label>
          <input id="q" name="q" defaultValue={filters.q ?? ""} maxLength={LIST_QUERY_MAX} className={select} />
        </div>
        <FilterSelect
          id="procedure"
          label={t("staff.list.filters.procedure")}
          value={filters.procedure ?? ""}
          anyLabel={t("staff.list.any")}
          options={procedures.map((p) => ({ value: p.slug, label: localize(p.title, locale) }))}
        />
        <FilterSelect
          id="office"
          label={t("staff.list.filters.office")}
          value={filters.office ?? ""}
          anyLabel={t("staff.list.any")}
          options={offices.map((o) => ({ value: o.slug, label: `${o.stateName} · ${localize(o.name, locale)}` }))}
        />
        <FilterSelect
          id="status"
          label={t("staff.list.filters.status")}
          value={filters.status ?? ""}
          anyLabel={t("staff.list.any")}
          options={STATUS_FILTERS.map((s) => ({
            value: s,
            label: s === "open" ? t("staff.list.open") : t(`status.${s}.label` as MessageKey),
          }))}
        />
        <FilterSelect
          id="due"
          label={t("staff.list.filters.due")}
          value={filters.due ?? ""}
          anyLabel={t("staff.list.any")}
          options={[
            { value: "overdue", label: t("staff.list.overdue") },
            { value: "week", label: t("staff.list.dueThisWeek") },
          ]}
        />
        <FilterSelect
          id="assigned"
          label={t("staff.list.filters.assigned")}
          value={filters.assigned ?? ""}
          anyLabel={t("staff.list.any")}
          options={[
            { value: "me", label: t("staff.list.assignedMe") },
            { value: "none", label: t("staff.list.assignedNone") },
          ]}
        />
        <div>
          <label htmlFor="from" className="font-bold">
            {t("staff.list.filters.from")}
          </label>
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ""} className={select} />
        </div>
        <div>
          <label htmlFor="to" className="font-bold">
            {t("staff.list.filters.to")}
          </label>
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ""} className={select} />
        </div>
        {filters.sort ? <input type="hidden" name="sort" value={filters.sort} /> : null}
        <div className="flex items-end gap-4">
          <button type="submit" className="min-h-11 bg-ok px-5 py-2 font-bold text-white">
            {t("staff.list.apply")}
          </button>
          <Link href={`/${locale}/personal/solicitudes`}>{t("staff.list.clear")}</Link>
        </div>
      </form>

      <p role="status" data-testid="result-count">
        {t("staff.list.count", { total, page, pages })}
      </p>
      <DataTable
        id="applications"
        caption={t("staff.list.caption")}
        columns={[
          { label: t("staff.list.number"), className: "font-mono whitespace-nowrap" },
          { label: t("staff.list.applicant") },
          { label: t("staff.list.procedure") },
          { label: t("staff.list.office") },
          { label: t("staff.list.status") },
          ...(["submitted", "due"] as const).map((column) => {
            const link = sortLink(column);
            return {
              label: <Link href={link.href}>{t(`staff.list.sort.${column}`)}</Link>,
              sort: link.state,
              className: "whitespace-nowrap",
            };
          }),
          { label: t("staff.list.daysLeft"), className: "whitespace-nowrap" },
          { label: t("staff.list.assignee") },
        ]}
        rows={rows.map((r) => ({
          key: String(r.id),
          testId: "application-row",
          cells: [
            <>
              <Link href={`/${locale}/personal/solicitudes/${r.number}`}>{r.number}</Link>
              {r.isSample ? <span className="ml-1 text-sm text-muted">({t("staff.sample")})</span> : null}
            </>,
            r.applicantName,
            title(r.procedureSlug),
            officeName(r.officeSlug),
            t(`status.${r.status}.label` as MessageKey),
            formatDate(r.submittedAt.slice(0, 10), locale),
            r.dueOn ? formatDate(r.dueOn, locale) : "—",
            <span key="left" className={r.daysLeft !== null && r.daysLeft < 0 ? "font-bold text-error" : ""}>
              {r.status === "documents_requested"
                ? t("staff.list.paused")
                : r.daysLeft === null
                  ? "—"
                  : r.daysLeft < 0
                    ? t("staff.list.overdueBy", { days: -r.daysLeft })
                    : t("staff.list.left", { days: r.daysLeft })}
            </span>,
            r.assignee ?? "—",
          ],
        }))}
      />
      {rows.length === 0 ? <p>{t("staff.list.empty")}</p> : null}
      {pages > 1 ? (
        <nav aria-label={t("staff.list.pagination")} className="flex flex-wrap gap-4">
          {page > 1 ? (
            <Link href={href(locale, filters, { page: page - 1 })} rel="prev">
              ← {t("staff.list.previous")}
            </Link>
          ) : null}
          <span>{t("staff.list.pageOf", { page, pages })}</span>
          {page < pages ? (
            <Link href={href(locale, filters, { page: page + 1 })} rel="next">
              {t("staff.list.next")} →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
