import { VerifyBadge } from "@/components/verify-badge";
import type { ApplicationView } from "@/lib/applications/types";
import { costOfTotals, type ComputedFee } from "@/lib/fees/compute";
import { describeFeeRule } from "@/lib/fees/describe";
import { personFees } from "@/lib/fees/person-fees";
import { describeFee, formatCost, formatFeeAmount } from "@/lib/fees/format";
import { localDateOf } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator, type Translate } from "@/lib/i18n/messages";
import { buildChecklist, type ChecklistItem } from "@/lib/procedures/checklist";
import { nationalityGroupsOf } from "@/lib/procedures/conditions";
import type { FeeDTO } from "@/lib/procedures/types";
import { personFacts, type FactAnswers } from "@/lib/procedures/person-facts";

/**
 * The person's own requirements and fees, from their answers and the catalogue's conditions (one evaluator:
 * lib/procedures/conditions.ts), as the confirmation page shows them. The PDFs use the same functions.
 */
export function PersonChecklist({ view, locale }: { view: ApplicationView; locale: Locale }) {
  const t = getTranslator(locale);
  const filingDate = localDateOf(view.submittedAt, view.institution.timeZone);
  const answers = view.answers as FactAnswers;
  const facts = personFacts(answers, filingDate);
  const groups = nationalityGroupsOf(view.institution.rules?.nationalityGroups);
  const checklist = buildChecklist(view.procedure.requirements, facts, groups);
  const fees = personFees({ fees: view.selectedFees }, answers, filingDate, null, view.institution);
  const ctx = {
    routes: view.procedure.routes,
    nationalityGroups: view.institution.rules?.nationalityGroups,
    rules: view.institution.rules,
    onDate: filingDate,
  };
  const omitted = checklist.omitted + fees.omitted;
  return (
    <>
      <section aria-labelledby="person-requirements-title" className="space-y-3">
        <h2 id="person-requirements-title" className="text-2xl">
          {t("personalList.requirementsTitle")}
        </h2>
        <ol className="list-decimal space-y-2 pl-7" data-testid="person-requirements">
          <PersonRequirementItems items={checklist.items} locale={locale} t={t} />
        </ol>
        {omitted ? <p className="text-sm text-muted">{t("personalList.omitted", { count: omitted })}</p> : null}
      </section>
      <section aria-labelledby="person-fees-title" className="space-y-3">
        <h2 id="person-fees-title" className="text-2xl">
          {t("personalList.feesTitle")}
        </h2>
        <ul className="space-y-2" data-testid="person-fees">
          <PersonFeeItems items={fees.items} ctx={ctx} locale={locale} t={t} />
        </ul>
        <p className="text-lg font-semibold" data-testid="person-fees-total">
          {t("personalList.total")}: {formatCost(costOfTotals(fees.totals), t, locale)}
        </p>
        {fees.totals.some((x) => x.hasConditional) ? <p className="text-sm">{t("personalList.conditional")}</p> : null}
      </section>
    </>
  );
}

/**
 * The items of a person's requirement list: each requirement that applies, or may apply with its condition
 * in words. Shared by the confirmation page and the guide's result, inside their own list element.
 */
export function PersonRequirementItems({ items, locale, t }: { items: ChecklistItem[]; locale: Locale; t: Translate }) {
  return items.map(({ requirement, applicability }) => (
    <li key={requirement.position}>
      <span className="font-semibold">{localize(requirement.name, locale)}</span>
      {requirement.verify ? <VerifyBadge locale={locale} /> : null}
      {applicability === "if-applicable" && requirement.condition ? (
        <span className="block text-sm">
          <strong>{t("personalList.ifApplicable")}</strong> {localize(requirement.condition, locale)}
        </span>
      ) : null}
    </li>
  ));
}

/**
 * The items of a person's fee list: the fee, what this person pays (the full amount while a discount is
 * unconfirmed), the discount, who pays it when that is still unknown, the UMA note and when it is due.
 */
export function PersonFeeItems({
  items,
  ctx,
  locale,
  t,
}: {
  items: ComputedFee<FeeDTO>[];
  ctx: Parameters<typeof describeFeeRule>[1];
  locale: Locale;
  t: Translate;
}) {
  return items.map((item) => {
    const rule = describeFeeRule(item.fee, ctx, t, locale);
    const amount =
      item.discountPercent > 0 && item.maxCentavos !== null
        ? { ...item.fee, amountCentavos: item.maxCentavos }
        : item.fee;
    return (
      <li key={item.fee.position} className="border-l-4 border-line pl-3">
        <span className="font-semibold">{describeFee(item.fee, locale)}</span>: {formatFeeAmount(amount, t, locale)}
        {item.fee.verify || item.discountVerify ? <VerifyBadge locale={locale} /> : null}
        {item.discountPercent > 0 ? (
          <span className="block text-sm">{t("procedure.feeDiscountText", { percent: item.discountPercent })}</span>
        ) : null}
        {item.applies === null && rule.appliesTo ? <span className="block text-sm">{rule.appliesTo}</span> : null}
        {rule.indexNote ? <span className="block text-sm">{rule.indexNote}</span> : null}
        <span className="block text-sm text-muted">{rule.due}</span>
      </li>
    );
  });
}
