import { Text, View } from "@react-pdf/renderer";
import { computeFee, computeFees, costOfTotals } from "@/lib/fees/compute";
import { describeFeeRule } from "@/lib/fees/describe";
import type { Facts } from "@/lib/procedures/conditions";
import { nationalityGroupsOf } from "@/lib/procedures/conditions";
import type { InstitutionDTO, RouteDTO } from "@/lib/procedures/types";
import type { MessageKey } from "@/lib/i18n/messages";
import type { FeeDTO } from "@/lib/procedures/types";
import { describeFee, formatCost, formatFeeAmount } from "@/lib/fees/format";
import { paymentGroups, summarizeCost } from "@/lib/fees/summary";
import { Bi, useCopy } from "./copy";
import { colors, styles } from "./styles";

const col = {
  concept: { flexGrow: 1, flexShrink: 1, flexBasis: 0, paddingRight: 8 },
  year: { width: 36, textAlign: "center" as const },
  amount: { width: 116, textAlign: "right" as const },
};
const headerRow = {
  flexDirection: "row" as const,
  borderBottomWidth: 0.8,
  borderBottomColor: colors.ink,
  paddingBottom: 2,
  marginTop: 4,
};
const feeRow = {
  flexDirection: "row" as const,
  borderBottomWidth: 0.5,
  borderBottomColor: colors.rule,
  paddingVertical: 4,
};

type FeeTableProps = {
  fees: FeeDTO[];
  /** Label of the total line: "Total de los montos conocidos" on the payment sheet, "Total" elsewhere. */
  totalLabel: MessageKey;
  /** The blank checklist lists every alternative of a payment ("Una de estas opciones, según su caso"). */
  showsAlternatives?: boolean;
  /** Compact: concept and amount only (checklist); full: year and legal basis too (payment sheet). */
  isCompact?: boolean;
  /** The rules' context: institution data, the procedure's routes and the date (filing date, or today). */
  rules?: { institution: InstitutionDTO; routes: RouteDTO[]; onDate: string };
  /** The person's facts: discounts that apply to them are taken off the amounts. Absent = blank list. */
  facts?: Facts;
};

/**
 * The fees grouped by payment ("Pago 1", "Pago 2"…) with concept — variant, amount in pesos, "Sin
 * costo" or "Monto por confirmar", "(por verificar)" marks, and the total of what is known.
 */
export function FeeTable({
  fees,
  totalLabel,
  showsAlternatives = false,
  isCompact = false,
  rules,
  facts,
}: FeeTableProps) {
  const { t } = useCopy();
  const hasVerify = fees.some((f) => f.verify || f.discounts.some((d) => d.verify));
  const groups = nationalityGroupsOf(rules?.institution.rules?.nationalityGroups);
  const ctx = rules
    ? {
        routes: rules.routes,
        nationalityGroups: rules.institution.rules?.nationalityGroups,
        rules: rules.institution.rules,
        onDate: rules.onDate,
      }
    : null;
  // With the person's facts, a discount that certainly applies is taken off (computeFee, the one fee evaluator).
  const computed = new Map(
    fees.map((fee) => [
      fee.position,
      facts && rules
        ? computeFee(fee, facts, {
            groups,
            indexUnits: rules.institution.rules?.indexUnits ?? [],
            onDate: rules.onDate,
          })
        : null,
    ]),
  );
  const effective = fees.map((fee) => {
    const c = computed.get(fee.position);
    return c && c.discountPercent > 0 && fee.amountCentavos !== null ? { ...fee, amountCentavos: c.maxCentavos } : fee;
  });
  return (
    <View>
      <View style={headerRow}>
        <Bi k="procedure.feeConcept" inline style={[styles.cellLabel, col.concept]} />
        {isCompact ? null : <Bi k="procedure.feeYear" style={[styles.cellLabel, col.year]} />}
        <Bi k="procedure.feeAmount" inline style={[styles.cellLabel, col.amount]} />
      </View>
      {paymentGroups(fees).map((group) => (
        <View key={group.payment} wrap={false}>
          <View style={{ marginTop: 5 }}>
            <Bi k="procedure.payment" values={{ n: group.payment }} inline style={styles.bold} />
            {showsAlternatives && group.fees.length > 1 ? (
              <Bi k="pdf.requisitos.alternatives" inline style={[styles.small, styles.muted]} />
            ) : null}
          </View>
          {group.fees.map((fee) => (
            <View key={fee.position} style={feeRow}>
              <View style={col.concept}>
                <Text>
                  {describeFee(fee, "es")}
                  {fee.verify ? (
                    <Text style={[styles.small, styles.muted]}>{` ${t("pdf.common.verifyMark")}`}</Text>
                  ) : null}
                </Text>
                {ctx ? (
                  <FeeRuleLines
                    fee={fee}
                    ctx={ctx}
                    isCompact={isCompact}
                    discountPercent={computed.get(fee.position)?.discountPercent ?? 0}
                  />
                ) : null}
                {isCompact ? null : (
                  <Text
                    style={[styles.small, styles.muted]}
                  >{`${t("procedure.feeLegalBasis")}: ${fee.legalBasis}`}</Text>
                )}
                {fee.exemptions && !isCompact ? (
                  <Text
                    style={[styles.small, styles.muted]}
                  >{`${t("procedure.exemptions")} ${fee.exemptions.es}`}</Text>
                ) : null}
              </View>
              {isCompact ? null : <Text style={col.year}>{String(fee.year)}</Text>}
              <Text style={[col.amount, styles.bold]}>
                {formatFeeAmount(effective.find((e) => e.position === fee.position) ?? fee, t, "es")}
              </Text>
            </View>
          ))}
        </View>
      ))}
      <View wrap={false}>
        <View style={[styles.row, { marginTop: 6, paddingTop: 4, borderTopWidth: 1.2, borderTopColor: colors.ink }]}>
          <Bi k={totalLabel} inline style={[styles.bold, col.concept]} />
          <Text style={[styles.bold, { width: 200, textAlign: "right" }]}>
            {formatCost(
              facts && rules
                ? costOfTotals(
                    computeFees(fees, facts, {
                      groups,
                      indexUnits: rules.institution.rules?.indexUnits ?? [],
                      onDate: rules.onDate,
                    }).totals,
                  )
                : summarizeCost(effective),
              t,
              "es",
            )}
          </Text>
        </View>
        {hasVerify ? <Bi k="procedure.verifyLegend" style={[styles.small, styles.muted, { marginTop: 4 }]} /> : null}
      </View>
    </View>
  );
}

type RuleContext = Parameters<typeof describeFeeRule>[1];

/** Who pays a fee, when, its discounts and a UMA range in pesos, in Spanish (the language of record). */
function FeeRuleLines({
  fee,
  ctx,
  isCompact,
  discountPercent,
}: {
  fee: FeeTableProps["fees"][number];
  ctx: RuleContext;
  isCompact: boolean;
  discountPercent: number;
}) {
  const { t } = useCopy();
  const rule = describeFeeRule(fee, ctx, t, "es");
  const lines = [
    rule.appliesTo,
    discountPercent > 0 ? t("procedure.feeDiscountText", { percent: discountPercent }) : null,
    ...(discountPercent > 0 ? [] : rule.discounts),
    rule.indexNote,
    isCompact ? null : rule.due,
  ].filter((line): line is string => Boolean(line));
  return (
    <>
      {lines.map((line) => (
        <Text key={line} style={[styles.small, styles.muted]}>
          {line}
        </Text>
      ))}
    </>
  );
}
