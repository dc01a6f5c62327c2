import type { DocumentsDue, NextStepTerm } from "@/lib/applications/status-deadlines";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { localize } from "@/lib/i18n/localize";
import type { MessageKey, Translate } from "@/lib/i18n/messages";
import { DEADLINE_ANCHOR_LABELS } from "@/lib/procedures/rules";
import type { DeadlineDTO, InstitutionDTO } from "@/lib/procedures/types";

type Common = { locale: Locale; t: Translate };

function authorityName(institution: InstitutionDTO, id: string, locale: Locale): string {
  const found = institution.rules.authorities.find((a) => a.id === id);
  return found ? localize(found.name, locale) : id;
}

/** The authority's term in words: who decides, in how many days, from which event (the catalogue's resolution). */
export function AuthorityTerm({
  resolution,
  institution,
  locale,
  t,
}: Common & { resolution: NonNullable<DeadlineDTO["resolution"]>; institution: InstitutionDTO }) {
  return (
    <p data-testid="authority-term">
      {t("statusTerms.authorityRule", {
        authority: authorityName(institution, resolution.authority, locale),
        days: resolution.days,
        unit: t(`units.${resolution.unit}` as MessageKey),
        anchor: localize(DEADLINE_ANCHOR_LABELS[resolution.anchor], locale),
      })}
    </p>
  );
}

/** The applicant's own deadline to hand in requested documents, as a date. */
export function DocumentsDueNotice({ due, locale, t }: Common & { due: DocumentsDue }) {
  return (
    <section aria-labelledby="documents-due-title" className="border-l-8 border-warn bg-surface p-4">
      <h2 id="documents-due-title" className="text-2xl">
        {t("statusTerms.documentsTitle")}
      </h2>
      <p className="mt-2 text-lg font-semibold" data-testid="documents-due">
        {t("statusTerms.documentsDue", { date: formatDate(due.due, locale) })}
      </p>
      <p>
        {t("statusTerms.documentsCount", {
          requested: formatDate(due.requestedOn, locale),
          days: due.days,
          unit: t(`units.${due.unit}` as MessageKey),
        })}
      </p>
    </section>
  );
}

/** The second step after approval (a visa: the applicant goes to the consulate, the consulate decides). */
export function NextStepTerms({
  terms,
  institution,
  locale,
  t,
}: Common & { terms: NextStepTerm[]; institution: InstitutionDTO }) {
  return (
    <section aria-labelledby="next-step-title" className="space-y-2">
      <h2 id="next-step-title" className="text-2xl">
        {t("statusTerms.nextStepTitle")}
      </h2>
      <p>{t("statusTerms.nextStepIntro")}</p>
      <ul className="list-disc space-y-3 pl-7" data-testid="next-step-terms">
        {terms.map(({ rule, due }, i) => (
          <li key={i}>
            <strong>
              {t("statusTerms.term", {
                who:
                  rule.party === "applicant"
                    ? t("statusTerms.you")
                    : authorityName(institution, rule.authority ?? "", locale),
                days: rule.days,
                unit: t(`units.${rule.unit}` as MessageKey),
                anchor: localize(DEADLINE_ANCHOR_LABELS[rule.anchor], locale),
              })}
            </strong>
            <span className="block">{localize(rule.text, locale)}</span>
            {due ? (
              <span className="block font-semibold">{t("statusTerms.termDue", { date: formatDate(due, locale) })}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
