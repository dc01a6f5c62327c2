import { Text, View } from "@react-pdf/renderer";
import { summarizeCost } from "@/lib/fees/summary";
import type { MessageKey } from "@/lib/i18n/messages";
import type { FeeDTO } from "@/lib/procedures/types";
import { describeFee, formatCost, formatFeeAmount, paymentGroups } from "../fees";
import { Bi, useCopy } from "./copy";
import { colors, styles } from "./styles";

const col = {
  concept: { flexGrow: 1, flexShrink: 1, flexBasis: 0, paddingRight: 8 },
  year: { width: 36, textAlign: "center" as const },
  amount: { width: 116, textAlign: "right" as const },
};
const headerRow = { flexDirection: "row" as const, borderBottomWidth: 0.8, borderBottomColor: colors.ink, paddingBottom: 2, marginTop: 4 };
const feeRow = { flexDirection: "row" as const, borderBottomWidth: 0.5, borderBottomColor: colors.rule, paddingVertical: 4 };

type FeeTableProps = {
  fees: FeeDTO[];
  /** Label of the total line: "Total de los montos conocidos" on the payment sheet, "Total" elsewhere. */
  totalLabel: MessageKey;
  /** The blank checklist lists every alternative of a payment ("Una de estas opciones, según su caso"). */
  showsAlternatives?: boolean;
  /** Compact: concept and amount only (checklist); full: year and legal basis too (payment sheet). */
  isCompact?: boolean;
};

/**
 * The fees grouped by payment ("Pago 1", "Pago 2"…) with concept — variant, amount in pesos, "Sin
 * costo" or "Monto por confirmar", "(por verificar)" marks, and the total of what is known.
 */
export function FeeTable({ fees, totalLabel, showsAlternatives = false, isCompact = false }: FeeTableProps) {
  const { t } = useCopy();
  const hasVerify = fees.some((f) => f.verify);
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
            {showsAlternatives && group.fees.length > 1 ? <Bi k="pdf.requisitos.alternatives" inline style={[styles.small, styles.muted]} /> : null}
          </View>
          {group.fees.map((fee) => (
            <View key={fee.position} style={feeRow}>
              <View style={col.concept}>
                <Text>
                  {describeFee(fee, "es")}
                  {fee.verify ? <Text style={[styles.small, styles.muted]}>{` ${t("pdf.common.verifyMark")}`}</Text> : null}
                </Text>
                {isCompact ? null : <Text style={[styles.small, styles.muted]}>{`${t("procedure.feeLegalBasis")}: ${fee.legalBasis}`}</Text>}
                {fee.exemptions && !isCompact ? <Text style={[styles.small, styles.muted]}>{`${t("procedure.exemptions")} ${fee.exemptions.es}`}</Text> : null}
              </View>
              {isCompact ? null : <Text style={col.year}>{String(fee.year)}</Text>}
              <Text style={[col.amount, styles.bold]}>{formatFeeAmount(fee.amountCentavos, t, "es")}</Text>
            </View>
          ))}
        </View>
      ))}
      <View wrap={false}>
        <View style={[styles.row, { marginTop: 6, paddingTop: 4, borderTopWidth: 1.2, borderTopColor: colors.ink }]}>
          <Bi k={totalLabel} inline style={[styles.bold, col.concept]} />
          <Text style={[styles.bold, { width: 200, textAlign: "right" }]}>{formatCost(summarizeCost(fees), t, "es")}</Text>
        </View>
        {hasVerify ? <Bi k="procedure.verifyLegend" style={[styles.small, styles.muted, { marginTop: 4 }]} /> : null}
      </View>
    </View>
  );
}
