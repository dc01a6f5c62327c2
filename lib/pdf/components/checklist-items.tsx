import { Text, View } from "@react-pdf/renderer";
import type { ChecklistItem } from "@/lib/procedures/checklist";
import { Bi, useCopy } from "./copy";
import { colors, styles } from "./styles";

const tickBox = { width: 11, height: 11, borderWidth: 1, borderColor: colors.ink, marginTop: 1.5, marginRight: 6 };

/**
 * Requirements as a checklist: a box to tick, number, name (+ English name for English readers),
 * how to present it (Original / Copia / Original y copia / Se llena en línea e imprime), detail,
 * the condition with "Si aplica a su caso" when only the person can tell, and "(por verificar)".
 */
export function ChecklistItems({ items }: { items: ChecklistItem[] }) {
  const { t, en } = useCopy();
  return (
    <View>
      {items.map(({ number, requirement, applicability }) => (
        <View
          key={requirement.position}
          style={[styles.row, { paddingVertical: 5, borderBottomWidth: 0.5, borderBottomColor: colors.rule }]}
          wrap={false}
        >
          <View style={tickBox} />
          <Text style={[styles.bold, { width: 21 }]}>{`${number}.`}</Text>
          <View style={{ flexGrow: 1, flexShrink: 1, flexBasis: 0 }}>
            <Text>
              <Text style={styles.bold}>{requirement.name.es}</Text>
              {requirement.verify ? (
                <Text style={[styles.small, styles.muted]}>{` ${t("pdf.common.verifyMark")}`}</Text>
              ) : null}
            </Text>
            {en ? <Text style={styles.help}>{requirement.name.en}</Text> : null}
            {requirement.detail ? <Text style={[styles.small, { marginTop: 1 }]}>{requirement.detail.es}</Text> : null}
            {requirement.condition ? (
              <Text style={[styles.small, { marginTop: 1 }]}>
                {applicability === "if-applicable" ? (
                  <Text style={[styles.bold, { color: colors.accent }]}>{`${t("pdf.requisitos.ifApplicable")}: `}</Text>
                ) : null}
                {requirement.condition.es}
              </Text>
            ) : null}
            {requirement.condition && en ? <Text style={styles.help}>{requirement.condition.en}</Text> : null}
          </View>
          <View style={{ width: 124, alignItems: "flex-end" }}>
            <Bi
              k={`procedure.presentation.${requirement.presentation}`}
              style={[styles.small, styles.bold, { textAlign: "right" }]}
              helpStyle={{ textAlign: "right" }}
            />
          </View>
        </View>
      ))}
    </View>
  );
}
