import { VerifyBadge } from "@/components/verify-badge";
import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { officialFormsOf } from "@/lib/procedures/institution";
import type { InstitutionDTO, ProcedureDTO } from "@/lib/procedures/types";

/** The official form(s) to fill in, linked, with what to select in them (and when) and who signs (nothing if none). */
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
  const forms = officialFormsOf(procedure, institution);
  if (!forms.length) return null;
  return (
    <div>
      <h3 className="text-lg">{t("procedure.officialForm")}</h3>
      <ul className="list-disc pl-7">
        {forms.map(({ form, selections }) => (
          <li key={form.id}>
            {form.url ? <a href={form.url}>{localize(form.name, locale)}</a> : localize(form.name, locale)}
            {selections.map((selection, i) => (
              <span key={i} className="block" data-testid="form-selection">
                {t("procedure.formSelection")}: {localize(selection.text, locale)}
                {selection.condition ? ` (${localize(selection.condition, locale)})` : null}
                {selection.verify ? <VerifyBadge locale={locale} /> : null}
              </span>
            ))}
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
