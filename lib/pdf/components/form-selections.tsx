import { Text, View } from "@react-pdf/renderer";
import type { FormSelection, InstitutionForm } from "@/lib/procedures/institution";
import { useCopy } from "./copy";
import { styles } from "./styles";

/**
 * "En el Formato para solicitar trámite migratorio de estancia, elija: …" for each official form that has
 * something to select, with the condition when it depends on the case and "(por verificar)" when the
 * form's wording is unconfirmed; an English help line for English readers. Nothing when no form has one.
 */
export function FormSelections({ forms }: { forms: { form: InstitutionForm; selections: FormSelection[] }[] }) {
  const { t, en } = useCopy();
  const lines = forms.flatMap(({ form, selections }) => selections.map((selection) => ({ form, selection })));
  if (!lines.length) return null;
  return (
    <View style={{ marginTop: 6 }}>
      {lines.map(({ form, selection }, i) => (
        <View key={i} style={{ marginBottom: 3 }} wrap={false}>
          <Text style={styles.small}>
            {t("pdf.requisitos.formSelection", { form: form.name.es, selection: selection.text.es })}
            {selection.condition ? ` ${selection.condition.es}` : ""}
            {selection.verify ? <Text style={styles.muted}>{` ${t("pdf.common.verifyMark")}`}</Text> : null}
          </Text>
          {en ? (
            <Text style={styles.help}>
              {`${en("pdf.requisitos.formSelection", { form: form.name.en, selection: selection.text.en })}${
                selection.condition ? ` ${selection.condition.en}` : ""
              }`}
            </Text>
          ) : null}
        </View>
      ))}
    </View>
  );
}
