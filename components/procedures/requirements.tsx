import { FormsUsed } from "@/components/procedures/forms-used";
import { VerifyBadge } from "@/components/verify-badge";
import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import type { InstitutionDTO, ProcedureDTO } from "@/lib/procedures/types";

/** The numbered list of documents to bring, after the ways to qualify and the official form to fill in. */
export function Requirements({
  procedure,
  institution,
  locale,
}: {
  procedure: ProcedureDTO;
  institution: InstitutionDTO;
  locale: Locale;
}) {
  const t = getTranslator(locale);
  return (
    <>
      <p>{t("procedure.requirementsIntro")}</p>
      {procedure.routes.length ? (
        <div>
          <h3 className="text-lg">{t("procedure.routes")}</h3>
          <ul className="list-disc pl-7">
            {procedure.routes.map((r) => (
              <li key={r.id}>
                {localize(r.name, locale)}
                {r.available ? null : <strong> ({t("procedure.routeUnavailable")})</strong>}
                {r.note ? <span className="block text-sm text-muted">{localize(r.note, locale)}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <FormsUsed procedure={procedure} institution={institution} locale={locale} />
      <ol className="list-decimal space-y-4 pl-7 marker:font-bold">
        {procedure.requirements.map((r) => (
          <li key={r.position} className="pl-1">
            <p className="font-semibold">
              {localize(r.name, locale)}
              {r.verify ? <VerifyBadge locale={locale} /> : null}
            </p>
            <p className="text-sm font-semibold tracking-wide text-brand uppercase">
              {t(`procedure.presentation.${r.presentation}`)}
            </p>
            {r.condition ? (
              <p className="mt-1">
                <strong>{t("procedure.onlyIf")}</strong> {localize(r.condition, locale)}
              </p>
            ) : null}
            {r.detail ? <p className="mt-1 text-muted">{localize(r.detail, locale)}</p> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
