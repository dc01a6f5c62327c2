import { Text, View } from "@react-pdf/renderer";
import type { MessageKey } from "@/lib/i18n/messages";
import type { InstitutionDTO, ProcedureDTO } from "@/lib/procedures/types";
import { Bi, Help } from "./copy";
import { styles } from "./styles";

type HeaderProps = {
  institution: InstitutionDTO;
  title: MessageKey;
  titleValues?: Record<string, string>;
  /** A title from the data instead of the message (the official form's own name), with its English help. */
  titleText?: { es: string; en: string };
  procedure: ProcedureDTO;
  /** The application number, printed large at the top right; absent on the blank checklist. */
  number?: string;
};

/** Institution, document title, procedure and application number, at the top of a document's first page. */
export function DocumentHeader({ institution, title, titleValues, titleText, procedure, number }: HeaderProps) {
  return (
    <View>
      <View style={styles.header}>
        <View>
          <Text style={styles.parentBody}>{institution.parentBody.es}</Text>
          <Text style={styles.institution}>{institution.name.es}</Text>
        </View>
        {number ? (
          <View style={styles.numberBox}>
            <Bi k="pdf.common.applicationNumber" inline style={styles.numberLabel} />
            <Text style={styles.number}>{number}</Text>
          </View>
        ) : null}
      </View>
      {titleText ? (
        <>
          <Text style={styles.title}>{titleText.es}</Text>
          <Help text={titleText.en} />
        </>
      ) : (
        <Bi k={title} values={titleValues} style={styles.title} />
      )}
      <Text style={styles.subtitle}>{procedure.title.es}</Text>
      <Help text={procedure.title.en} />
    </View>
  );
}
