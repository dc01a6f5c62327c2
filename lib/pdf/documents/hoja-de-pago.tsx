import { Text, View } from "@react-pdf/renderer";
import type { ApplicationView } from "@/lib/applications/types";
import type { MessageKey } from "@/lib/i18n/messages";
import { applicationFacts } from "../answers";
import { Bi, copyFor, Help } from "../components/copy";
import { ApplicationPdf } from "../components/pdf-document";
import { FeeTable } from "../components/fee-table";
import { FieldGrid, SectionTitle } from "../components/fields";
import { colors, styles } from "../components/styles";
import { isFree } from "@/lib/fees/summary";
import type { PageSize } from "../types";

const STEPS: MessageKey[] = [
  "pdf.pago.step1",
  "pdf.pago.step2",
  "pdf.pago.step3",
  "pdf.pago.step4",
  "pdf.pago.step5",
  "pdf.pago.step6",
];

/**
 * The payment sheet: who pays, for which application, the Ventanilla reference (said plainly not to be
 * a key of the institution's payment form, rules.paymentForm), the chosen fees by payment with their
 * total, and how to pay. When every fee is zero it says the procedure is free instead.
 */
export function HojaDePagoDocument({ application, pageSize }: { application: ApplicationView; pageSize: PageSize }) {
  const copy = copyFor(application.locale);
  const { t } = copy;
  const { procedure, selectedFees, paymentReference } = application;
  const facts = applicationFacts(application, t);
  const free = isFree(selectedFees);
  const hasFees = selectedFees.length > 0;

  return (
    <ApplicationPdf
      application={application}
      pageSize={pageSize}
      copy={copy}
      title={t("pdf.pago.title")}
      header={{ title: "pdf.pago.title" }}
    >
      <View style={{ marginTop: 10 }}>
        <FieldGrid
          cells={[
            { label: "pdf.common.applicant", value: facts.name },
            { label: "pdf.common.applicationNumber", value: application.number },
            { label: "pdf.common.procedure", value: procedure.title.es, wide: true },
            { label: "pdf.common.submittedAt", value: facts.submittedAtText, wide: true },
          ]}
        />
      </View>

      <View style={[styles.box, { marginTop: 12 }]} wrap={false}>
        <Bi k="pdf.pago.reference" inline style={styles.cellLabel} />
        <Text style={{ fontSize: 18, fontWeight: 700, letterSpacing: 1.5, marginTop: 2 }}>{paymentReference}</Text>
        <Bi k="pdf.pago.referenceNote" style={[styles.small, styles.muted, { marginTop: 2 }]} />
      </View>

      {free ? (
        <View
          style={[styles.box, { marginTop: 16, borderColor: colors.accent, borderWidth: 1.5, padding: 14 }]}
          wrap={false}
        >
          <Bi k="pdf.pago.freeTitle" style={{ fontSize: 16, fontWeight: 700, color: colors.accent }} />
          <View style={{ marginTop: 6 }}>
            <Bi k="pdf.pago.freeBody" style={{ fontSize: 10.5 }} />
          </View>
        </View>
      ) : (
        <View>
          <SectionTitle k="pdf.pago.payments" />
          {hasFees ? (
            <FeeTable
              fees={selectedFees}
              totalLabel="pdf.pago.total"
              rules={{ institution: application.institution, routes: procedure.routes, onDate: facts.submittedOn }}
              facts={facts.conditions}
            />
          ) : (
            <Bi k="pdf.pago.noFees" />
          )}
        </View>
      )}

      {procedure.feeNotes && !free ? (
        <View wrap={false}>
          <SectionTitle k="pdf.pago.notes" />
          <Text style={styles.small}>{procedure.feeNotes.es}</Text>
          <Help text={procedure.feeNotes.en} />
        </View>
      ) : null}

      {free ? null : (
        <View wrap={false}>
          <SectionTitle k="pdf.pago.howToPay" />
          {STEPS.map((step, index) => (
            <View key={step} style={[styles.row, { marginBottom: 4 }]} wrap={false}>
              <Text style={[styles.bold, { width: 16 }]}>{`${index + 1}.`}</Text>
              <View style={{ flexGrow: 1, flexShrink: 1, flexBasis: 0 }}>
                <Bi k={step} values={{ reference: paymentReference }} />
              </View>
            </View>
          ))}
        </View>
      )}
      <Text style={[styles.help, { marginTop: 12 }]}>{t("pdf.common.generated")}</Text>
    </ApplicationPdf>
  );
}
