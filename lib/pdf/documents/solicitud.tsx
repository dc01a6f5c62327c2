import { Text, View } from "@react-pdf/renderer";
import type { ApplicationView } from "@/lib/applications/types";
import { answerSections, applicationFacts } from "../answers";
import { Bi, copyFor, Help } from "../components/copy";
import { ApplicationPdf } from "../components/pdf-document";
import { FieldGrid, SectionTitle, type FieldCell } from "../components/fields";
import { FormSelections } from "../components/form-selections";
import { FORM_LAYOUT_DEFS, formLayoutOf, layOutSections } from "../form-layouts";
import { officialFormsOf } from "@/lib/procedures/institution";
import { StatusQrCode } from "../components/qr-code";
import { SignatureBlock } from "../components/signature";
import { styles } from "../components/styles";
import type { PageSize } from "../types";

/**
 * The filled official form the procedure uses (catalogue data): procedure, number, date, what to select in
 * the form and a QR code to the status page; then the answers in the sections of that form's layout
 * (lib/pdf/form-layouts.ts: the stay form, the visa authorisation, the employer registration, the SAM),
 * its declaration and its signature boxes.
 */
export function SolicitudDocument({
  application,
  pageSize,
  qrPng,
}: {
  application: ApplicationView;
  pageSize: PageSize;
  qrPng: Buffer;
}) {
  const copy = copyFor(application.locale);
  const { t } = copy;
  const { procedure } = application;
  const facts = applicationFacts(application, t);
  const codes = [
    procedure.codes.conamer ? `${t("procedure.conamer")}: ${procedure.codes.conamer}` : null,
    procedure.codes.gobMx ? `${t("procedure.gobMx")}: ${procedure.codes.gobMx}` : null,
  ].filter((c): c is string => c !== null);
  const layoutName = formLayoutOf(application);
  const layout = FORM_LAYOUT_DEFS[layoutName];
  const summary: FieldCell[] = [
    { label: "pdf.common.procedure", value: procedure.title.es, wide: true },
    ...(layout.subject ? [{ label: layout.subject, value: facts.name, wide: true }] : []),
    ...(codes.length ? [{ label: "pdf.common.officialCodes" as const, value: codes.join(" · "), wide: true }] : []),
    { label: "pdf.common.submittedAt", value: facts.submittedAtText, wide: true },
  ];
  const sections = layOutSections(
    layoutName,
    answerSections(application.answers, application.form, procedure.fees, "es"),
  );
  // Titled after the official form the procedure uses (catalogue data: the stay form, the visa-authorisation form…).
  const officialForm = application.institution.rules?.forms.find((f) => f.id === procedure.forms[0]?.form);
  const formTitle = officialForm?.name.es ?? t("pdf.solicitud.title");

  return (
    <ApplicationPdf
      application={application}
      pageSize={pageSize}
      copy={copy}
      title={formTitle}
      header={{ title: "pdf.solicitud.title", titleText: officialForm?.name }}
    >
      <View style={[styles.row, { marginTop: 10, alignItems: "flex-start" }]}>
        <View style={{ flexGrow: 1, flexShrink: 1, flexBasis: 0, marginRight: 10 }}>
          <FieldGrid cells={summary} />
        </View>
        <StatusQrCode png={qrPng} url={application.statusUrl} />
      </View>
      <FormSelections forms={officialFormsOf(procedure, application.institution, facts.conditions)} />
      {sections.map((section, index) => (
        <View key={`${section.title}-${index}`} wrap={false}>
          <SectionTitle k={section.title} number={index + 1} />
          <FieldGrid cells={section.rows.map((row) => ({ label: row.labelKey, value: row.value, wide: row.wide }))} />
        </View>
      ))}
      <View wrap={false} style={{ marginTop: 14 }}>
        <View style={styles.shaded}>
          <Bi k={layout.declaration} style={{ fontSize: 9.5 }} />
        </View>
        {layout.signatures(application.answers).map((signature, i) => (
          <SignatureBlock
            key={signature.caption}
            caption={signature.caption}
            name={signature.name}
            place={i === 0 ? facts.place : null}
          />
        ))}
        <Text style={[styles.help, { marginTop: 10 }]}>{t("pdf.common.generated")}</Text>
        <Help k="pdf.common.generated" />
      </View>
    </ApplicationPdf>
  );
}
