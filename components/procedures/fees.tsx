import { VerifyBadge } from "@/components/verify-badge";
import { todayIn } from "@/lib/dates";
import { describeFeeRule } from "@/lib/fees/describe";
import { formatFeeAmount } from "@/lib/fees/format";
import { groupFeesByPayment, isFree } from "@/lib/fees/summary";
import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import type { InstitutionDTO, ProcedureDTO } from "@/lib/procedures/types";

/** Each fee with its amount, when it is paid, discounts and legal basis, grouped by payment when there are several. */
export function Fees({
  procedure,
  institution,
  locale,
}: {
  procedure: ProcedureDTO;
  institution: InstitutionDTO;
  locale: Locale;
}) {
  const t = getTranslator(locale);
  const payments = groupFeesByPayment(procedure.fees);
  const ctx = {
    routes: procedure.routes,
    nationalityGroups: institution.rules?.nationalityGroups,
    rules: institution.rules,
    onDate: todayIn(institution.timeZone, new Date()),
  };
  return (
    <div className="space-y-4">
      {isFree(procedure.fees) ? <p className="text-xl font-bold text-ok">{t("procedure.free")}</p> : null}
      {payments.length > 1 ? <p>{t("procedure.paymentsIntro", { count: payments.length })}</p> : null}
      {payments.map(({ payment, fees }) => (
        <div key={payment} className="space-y-2">
          {payments.length > 1 ? <h3 className="text-lg">{t("procedure.payment", { n: payment })}</h3> : null}
          <ul className="space-y-3">
            {fees.map((fee) => {
              const rule = describeFeeRule(fee, ctx, t, locale);
              return (
                <li key={fee.position} className="border-l-4 border-line bg-surface p-3">
                  <p className="font-semibold">
                    {localize(fee.concept, locale)}
                    {fee.variant ? <span className="font-normal"> — {localize(fee.variant, locale)}</span> : null}
                  </p>
                  <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                    <dt className="text-muted">{t("procedure.feeAmount")}</dt>
                    <dd>
                      <span className="text-lg font-bold">{formatFeeAmount(fee, t, locale)}</span>{" "}
                      <span className="text-muted">({fee.year})</span>
                      {fee.verify ? <VerifyBadge locale={locale} /> : null}
                      {rule.indexNote ? <span className="block text-sm">{rule.indexNote}</span> : null}
                    </dd>
                    {rule.appliesTo ? (
                      <>
                        <dt className="text-muted">{t("procedure.feeAppliesOnly")}</dt>
                        <dd>{rule.appliesTo}</dd>
                      </>
                    ) : null}
                    <dt className="text-muted">{t("procedure.feeDue")}</dt>
                    <dd>{rule.due}</dd>
                    {rule.discounts.length ? (
                      <>
                        <dt className="text-muted">{t("procedure.feeDiscount")}</dt>
                        <dd>
                          {rule.discounts.join(" ")}
                          {fee.discounts.some((d) => d.verify) ? <VerifyBadge locale={locale} /> : null}
                        </dd>
                      </>
                    ) : null}
                    <dt className="text-muted">{t("procedure.feeLegalBasis")}</dt>
                    <dd>{fee.legalBasis}</dd>
                    {fee.exemptions ? (
                      <>
                        <dt className="text-muted">{t("procedure.exemptions")}</dt>
                        <dd>{localize(fee.exemptions, locale)}</dd>
                      </>
                    ) : null}
                  </dl>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {procedure.feeNotes ? <p>{localize(procedure.feeNotes, locale)}</p> : null}
    </div>
  );
}
