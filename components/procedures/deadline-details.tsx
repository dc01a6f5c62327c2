import { VerifyBadge } from "@/components/verify-badge";
import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { abbreviationsOf, DEADLINE_ANCHOR_LABELS, formatLegalRefs } from "@/lib/procedures/rules";
import type { InstitutionDTO, ProcedureDTO } from "@/lib/procedures/types";

/** How long the authority has to answer, the person's own deadlines, and what happens if no answer comes. */
export function DeadlineDetails({
  procedure,
  institution,
  locale,
}: {
  procedure: ProcedureDTO;
  institution: InstitutionDTO;
  locale: Locale;
}) {
  const t = getTranslator(locale);
  const { deadline } = procedure;
  return (
    <>
      <p className="text-lg">
        {deadline.resolution ? (
          <>
            <strong>{`${deadline.resolution.days} ${t(`units.${deadline.resolution.unit}`)}`}</strong>
            {". "}
            {t("procedure.resolution", {
              days: deadline.resolution.days,
              unit: t(`units.${deadline.resolution.unit}`),
            })}
          </>
        ) : (
          t("procedure.noResolution")
        )}
        {deadline.verify ? <VerifyBadge locale={locale} /> : null}
      </p>
      {deadline.applicantDeadline ? (
        <p>
          <strong>
            {t("procedure.applicantDeadline", {
              days: deadline.applicantDeadline.days,
              unit: t(`units.${deadline.applicantDeadline.unit}`),
            })}
          </strong>{" "}
          {localize(deadline.applicantDeadline.text, locale)}
        </p>
      ) : null}
      {deadline.more.length ? (
        <>
          <h3 className="text-lg">{t("procedure.moreDeadlines")}</h3>
          <ul className="list-disc space-y-2 pl-7">
            {deadline.more.map((m, i) => (
              <li key={i}>
                <strong>
                  {t(m.direction === "before" ? "procedure.deadlineBefore" : "procedure.deadlineAfter", {
                    days: m.days,
                    unit: t(m.unit === "business" ? "procedure.unitBusiness" : "procedure.unitCalendar"),
                    anchor: localize(DEADLINE_ANCHOR_LABELS[m.anchor], locale),
                  })}
                </strong>
                {m.verify ? <VerifyBadge locale={locale} /> : null}
                <span className="block">{localize(m.text, locale)}</span>
                <span className="block text-sm text-muted">
                  {t("procedure.feeLegalBasis")}: {formatLegalRefs(m.legalBasis, abbreviationsOf(institution), locale)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3 className="text-lg">{t("procedure.ifNoAnswer")}</h3>
      <p className="max-w-3xl">{localize(deadline.silenceText, locale)}</p>
      {deadline.notes ? <p className="max-w-3xl">{localize(deadline.notes, locale)}</p> : null}
      <p className="text-sm text-muted">
        {t("procedure.feeLegalBasis")}: {deadline.legalBasis}
      </p>
    </>
  );
}
