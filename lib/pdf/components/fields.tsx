import { Text, View } from "@react-pdf/renderer";
import type { MessageKey } from "@/lib/i18n/messages";
import { Bi } from "./copy";
import { styles } from "./styles";

export type FieldCell = { label: MessageKey; labelValues?: Record<string, string>; value: string; wide?: boolean };

/** Widths of form cells two per row: a half-width cell alone on its row takes the whole row. */
function cellWidths(cells: FieldCell[]): string[] {
  let isRowOpen = false;
  return cells.map((cell, i) => {
    if (cell.wide) {
      isRowOpen = false;
      return "100%";
    }
    if (isRowOpen) {
      isRowOpen = false;
      return "50%";
    }
    const next = cells[i + 1];
    isRowOpen = Boolean(next && !next.wide);
    return isRowOpen ? "50%" : "100%";
  });
}

/**
 * Boxed fields laid out like a paper form: label small on top, value below, every row closed by a
 * border. `handwriting` makes the boxes tall enough to fill in by hand.
 */
export function FieldGrid({ cells, handwriting = false }: { cells: FieldCell[]; handwriting?: boolean }) {
  const widths = cellWidths(cells);
  return (
    <View style={styles.grid}>
      {cells.map((cell, i) => (
        <View
          key={`${cell.label}-${i}`}
          style={[styles.cell, { width: widths[i], minHeight: handwriting ? 38 : 28 }]}
          wrap={false}
        >
          <Bi k={cell.label} values={cell.labelValues} inline style={styles.cellLabel} />
          <Text style={styles.cellValue}>{cell.value}</Text>
        </View>
      ))}
    </View>
  );
}

/** A section heading in the accent colour ("2. Pasaporte y documento migratorio"), kept with what follows. */
export function SectionTitle({ k, number }: { k: MessageKey; number?: number }) {
  return (
    <View style={styles.section} minPresenceAhead={60}>
      <Bi k={k} prefix={number !== undefined ? `${number}. ` : undefined} style={styles.sectionTitle} />
    </View>
  );
}
