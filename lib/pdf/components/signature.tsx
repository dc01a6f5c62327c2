import { Text, View } from "@react-pdf/renderer";
import type { MessageKey } from "@/lib/i18n/messages";
import { Bi, useCopy } from "./copy";
import { styles } from "./styles";

type SignatureProps = {
  /** What the line is for, e.g. "Firma de la persona solicitante o de quien ejerce la patria potestad". */
  caption: MessageKey;
  /** The name printed under the line; a blank line to fill in by hand when unknown. */
  name: string | null;
  /** Place and date on the left ("Cuauhtémoc, Ciudad de México, a ____ de …"); omitted when null. */
  place?: string | null;
};

/** Signature line with its caption and the signer's name, and the place-and-date line beside it. Never split across pages. */
export function SignatureBlock({ caption, name, place = null }: SignatureProps) {
  const { t } = useCopy();
  return (
    <View style={styles.signatureArea} wrap={false}>
      {place !== null ? (
        <View style={styles.placeDate}>
          <Bi k="pdf.common.placeAndDate" inline style={styles.cellLabel} />
          <Text style={{ marginTop: 4 }}>{`${place},`}</Text>
          <Text style={{ marginTop: 4 }}>{t("pdf.common.dateBlank")}</Text>
        </View>
      ) : (
        <View />
      )}
      <View style={styles.signatureBox}>
        <View style={styles.signatureSpace} />
        <Bi k={caption} style={styles.signatureCaption} />
        {name ? (
          <Text style={styles.signatureName}>{name}</Text>
        ) : (
          <View style={[styles.line, { width: "100%", marginTop: 6 }]} />
        )}
      </View>
    </View>
  );
}
