import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { formsUsedBy } from "@/lib/procedures/institution";
import type { InstitutionDTO, ProcedureDTO } from "@/lib/procedures/types";

/** The official form(s) to fill in, linked, with what to select in them and who signs (nothing if none). */
export function FormsUsed({
  procedure,
  institution,
  locale,
}: {
  procedure: ProcedureDTO;
  institution: InstitutionDTO;
  locale: Locale;
}) {
  const t = getTranslator(locale);
  const forms = formsUsedBy(procedure, institution);
  if (!forms.length) return null;
  return (
    <div>
      <h3 className="text-lg">{t("procedure.officialForm")}</h3>
      <ul className="list-disc pl-7">
        {forms.map(({ use, form }) => (
          <li key={form.id}>
            {form.url ? <a href={form.url}>{localize(form.name, locale)}</a> : localize(form.name, locale)}
            {use.selection ? (
              <span className="block">
                {t("procedure.formSelection")}: {localize(use.selection, locale)}
              </span>
            ) : null}
            {form.signedBy ? (
              <span className="block text-sm text-muted">
                {t("procedure.signedBy")}: {localize(form.signedBy, locale)}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
