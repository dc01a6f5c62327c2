import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { groupByState } from "@/lib/offices/ordering";
import type { OfficeDTO } from "@/lib/offices/types";

type Props = { locale: Locale; offices: OfficeDTO[]; applicantState: string | null; error?: string };

/**
 * Select of the offices that receive the procedure, grouped by state, the applicant's state first and its
 * representation office preselected as the suggestion. A plain <select>: works without JavaScript.
 */
export function OfficeChoice({ locale, offices, applicantState, error }: Props) {
  const t = getTranslator(locale);
  const groups = groupByState(offices);
  const own = groups.find((g) => g.stateCode === applicantState);
  const ordered = own ? [own, ...groups.filter((g) => g !== own)] : groups;
  const suggested = own?.offices[0]?.slug ?? "";
  const describedBy = ["office-hint", error ? "office-error" : null].filter(Boolean).join(" ");
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-error pl-3" : ""}`}>
      <label htmlFor="office" className="block text-lg font-bold">
        {t("offices.officeFieldLabel")}
      </label>
      <p id="office-hint" className="mt-1 text-muted">
        {t("offices.officeFieldHint")}
      </p>
      {error ? (
        <p id="office-error" className="mt-1 font-bold text-error">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <select
        id="office"
        name="office"
        defaultValue={suggested}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className="mt-1 min-h-12 w-full border-2 border-ink bg-white px-3 py-2 text-lg"
      >
        <option value="">{t("offices.choose")}</option>
        {ordered.map((g) => (
          <optgroup
            key={g.stateCode}
            label={g === own ? t("offices.inYourState", { state: g.stateName }) : g.stateName}
          >
            {g.offices.map((o) => (
              <option key={o.slug} value={o.slug}>
                {localize(o.name, locale)} ({o.city})
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
