import { Link } from "@/components/link";
import { FilterSelect } from "@/components/staff/filter-select";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/messages";

type Option = { value: string; label: string };
type Props = {
  procedures: Option[];
  offices: Option[];
  value: { procedure: string; office: string; from: string; to: string };
  locale: Locale;
  t: Translate;
};

/** The staff view's filters: a plain GET form (procedure, office, months from and to), so results can be linked to. */
export function ParticipationFilters({ procedures, offices, value, locale, t }: Props) {
  return (
    <form
      method="get"
      className="grid gap-4 border-2 border-line p-4 sm:grid-cols-2 lg:grid-cols-4"
      aria-labelledby="participation-filters"
    >
      <h2 id="participation-filters" className="text-xl sm:col-span-2 lg:col-span-4">
        {t("participation.staff.filtersTitle")}
      </h2>
      <FilterSelect
        id="procedure"
        label={t("participation.staff.procedure")}
        value={value.procedure}
        anyLabel={t("participation.staff.any")}
        options={procedures}
      />
      <FilterSelect
        id="office"
        label={t("participation.staff.office")}
        value={value.office}
        anyLabel={t("participation.staff.any")}
        options={offices}
      />
      {(["from", "to"] as const).map((key) => (
        <div key={key}>
          <label htmlFor={key} className="font-bold">
            {t(`participation.staff.${key}`)}
          </label>
          <p id={`${key}-hint`} className="text-sm text-muted">
            {t("participation.staff.monthHint")}
          </p>
          <input
            id={key}
            name={key}
            type="month"
            defaultValue={value[key]}
            aria-describedby={`${key}-hint`}
            pattern="\d{4}-\d{2}"
            className="mt-1 block min-h-11 w-full border-2 border-ink px-2 py-1"
          />
        </div>
      ))}
      <div className="flex flex-wrap items-end gap-4 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="min-h-11 bg-ink px-5 py-2 font-bold text-white">
          {t("participation.staff.apply")}
        </button>
        <Link href={`/${locale}/personal/participacion`}>{t("participation.staff.clear")}</Link>
      </div>
    </form>
  );
}
