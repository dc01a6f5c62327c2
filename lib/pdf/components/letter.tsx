import { Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { InstitutionDTO } from "@/lib/procedures/types";
import { useCopy } from "./copy";
import { styles } from "./styles";

type LetterHeadProps = {
  institution: InstitutionDTO;
  /** "Cuauhtémoc, Ciudad de México, a 23 de noviembre de 2026." */
  placeAndDate: string;
  /** State name for "Oficina de Representación en …". */
  state: string;
  subject: string;
};

/** Place and date on the right, "Asunto", and the addressee block of a formal letter to the authority. */
export function LetterHead({ institution, placeAndDate, state, subject }: LetterHeadProps) {
  const { t } = useCopy();
  return (
    <View style={{ marginTop: 14 }}>
      <Text style={{ textAlign: "right", fontSize: 10.5 }}>{placeAndDate}</Text>
      <Text style={{ textAlign: "right", fontSize: 10.5, marginTop: 6 }}>
        <Text style={styles.bold}>{`${t("pdf.common.subject")}: `}</Text>
        {subject}
      </Text>
      <View style={{ marginTop: 14, marginBottom: 14 }}>
        <Text style={[styles.bold, { fontSize: 10.5 }]}>{institution.name.es.toUpperCase()}</Text>
        <Text style={{ fontSize: 10.5 }}>{t("pdf.common.office", { state })}</Text>
        <Text style={[styles.bold, { fontSize: 10.5, marginTop: 2 }]}>{t("pdf.common.present")}</Text>
      </View>
    </View>
  );
}

/** A justified paragraph of letter text. */
export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={styles.paragraph}>{children}</Text>;
}

/** The title of a letter page, with its English help line under it for English readers. */
export function LetterTitle({ title, help }: { title: string; help: string | null }) {
  const { en } = useCopy();
  return (
    <View>
      <Text style={styles.title}>{title}</Text>
      {en && help ? <Text style={styles.help}>{help}</Text> : null}
    </View>
  );
}
