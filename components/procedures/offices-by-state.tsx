import { Link } from "@/components/link";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import { groupByState } from "@/lib/offices/ordering";
import type { OfficeDTO } from "@/lib/offices/types";

/** Where to file: the offices that receive the procedure, by state, each city a link to its office page. */
export function OfficesByState({ offices, locale }: { offices: OfficeDTO[]; locale: Locale }) {
  const t = getTranslator(locale);
  const officeStates = groupByState(offices);
  return (
    <>
      <p>{t("offices.whereToFileIntro", { count: offices.length })}</p>
      <ul className="space-y-1">
        {officeStates.map((s) => (
          <li key={s.stateCode}>
            <span className="font-semibold">{s.stateName}:</span>{" "}
            {s.offices.map((o, i) => (
              <span key={o.slug}>
                {i > 0 ? ", " : null}
                <Link href={`/${locale}/oficinas/${o.slug}`} className="inline-block py-1">
                  {o.city}
                </Link>
              </span>
            ))}
          </li>
        ))}
      </ul>
      <p className="print:hidden">
        <Link href={`/${locale}/oficinas`}>{t("offices.allOffices")}</Link>
      </p>
    </>
  );
}
