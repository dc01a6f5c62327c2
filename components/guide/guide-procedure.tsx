import { PersonFeeItems, PersonRequirementItems } from "@/components/person-checklist";
import { formatCost } from "@/lib/fees/format";
import { guidePrefillHref } from "@/lib/guide/prefill";
import type { GuideProcedure } from "@/lib/guide/result";
import type { GuideStep } from "@/lib/guide/walk";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { localize } from "@/lib/i18n/localize";
import type { Translate } from "@/lib/i18n/messages";
import type { InstitutionDTO } from "@/lib/procedures/types";

type Props = {
  item: GuideProcedure;
  number: number;
  /** The person's answers: the "start the request" link carries them so the form starts with what they said. */
  steps: GuideStep[];
  locale: Locale;
  t: Translate;
  institution: Pick<InstitutionDTO, "rules">;
  today: string;
};

/**
 * One procedure of a guide result: what it is, the person's deadline dated from their own answer, their own
 * requirements and fees (conditions evaluated on the facts the answers establish), and the ways on.
 */
export function GuideProcedureSection({ item, number, steps, locale, t, institution, today }: Props) {
  const { procedure, checklist, fees, window } = item;
  const id = `tramite-${number}`;
  const deadline = procedure.deadline.applicantDeadline;
  const ctx = {
    routes: procedure.routes,
    nationalityGroups: institution.rules?.nationalityGroups,
    rules: institution.rules,
    onDate: today,
  };
  const omitted = checklist.omitted + fees.omitted;
  const date = (iso: string) => formatDate(iso, locale);
  return (
    <section aria-labelledby={id} className="space-y-4 border-t-4 border-brand pt-4" data-testid="guide-procedure">
      <h2 id={id} className="text-2xl">
        {number}. {localize(procedure.title, locale)}
      </h2>
      <p className="max-w-3xl">{localize(procedure.summary, locale)}</p>

      {deadline ? (
        <div className="border-l-4 border-warn bg-surface p-3" data-testid="guide-deadline">
          <h3 className="text-lg">{t("guide.deadlineTitle")}</h3>
          {window ? (
            <p className="font-semibold">
              {window.state === "late"
                ? t("guide.deadlineLate", { closes: date(window.closes) })
                : window.state === "too-early"
                  ? t("guide.deadlineTooEarly", { opens: date(window.opens) })
                  : deadline.direction === "before"
                    ? t("guide.deadlineWindow", { opens: date(window.opens), closes: date(window.closes) })
                    : t("guide.deadlineBy", { date: date(window.closes) })}
            </p>
          ) : (
            <p>{t("guide.deadlineNoDate")}</p>
          )}
          <p>{localize(deadline.text, locale)}</p>
        </div>
      ) : null}

      <h3 className="text-xl">{t("personalList.requirementsTitle")}</h3>
      <ol className="list-decimal space-y-2 pl-7" data-testid="guide-requirements">
        <PersonRequirementItems items={checklist.items} locale={locale} t={t} />
      </ol>

      <h3 className="text-xl">{t("personalList.feesTitle")}</h3>
      <ul className="space-y-2" data-testid="guide-fees">
        <PersonFeeItems items={fees.items} ctx={ctx} locale={locale} t={t} />
      </ul>
      <p className="text-lg font-semibold" data-testid="guide-fees-total">
        {t("personalList.total")}: {formatCost(fees.cost, t, locale)}
      </p>
      {fees.totals.some((x) => x.hasConditional) ? <p className="text-sm">{t("personalList.conditional")}</p> : null}
      {omitted ? <p className="text-sm text-muted">{t("personalList.omitted", { count: omitted })}</p> : null}

      <ul className="flex flex-wrap items-center gap-x-6 gap-y-3 print:hidden">
        <li>
          <a
            href={guidePrefillHref(locale, procedure.slug, steps)}
            className="inline-block min-h-12 bg-ok px-5 py-3 text-lg font-bold !text-white no-underline shadow-[0_2px_0_var(--color-ok-shadow)] hover:bg-ok-dark"
          >
            {t("guide.apply")}: {localize(procedure.title, locale)}
          </a>
        </li>
        <li>
          <a href={`/${locale}/tramites/${procedure.slug}`}>{t("guide.seeProcedure")}</a>
        </li>
      </ul>
    </section>
  );
}
