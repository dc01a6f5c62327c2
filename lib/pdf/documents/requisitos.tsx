import { todayIn } from "@/lib/dates";
import { nationalityGroupsOf } from "@/lib/procedures/conditions";
import { Text, View } from "@react-pdf/renderer";
import type { ApplicationView } from "@/lib/applications/types";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import type { InstitutionDTO, ProcedureDTO } from "@/lib/procedures/types";
import { applicationFacts } from "../answers";
import { buildChecklist } from "@/lib/procedures/checklist";
import { ChecklistItems } from "../components/checklist-items";
import { Bi, copyFor } from "../components/copy";
import { ApplicationPdf, PdfDocument } from "../components/pdf-document";
import { FeeTable } from "../components/fee-table";
import { FormSelections } from "../components/form-selections";
import { officialFormsOf } from "@/lib/procedures/institution";
import { FieldGrid, SectionTitle } from "../components/fields";
import { DocumentHeader } from "../components/header";
import { DocumentPage } from "../components/page";
import { styles } from "../components/styles";
import type { PageSize } from "../types";

/**
 * The personal checklist: the applicant's key answers, the requirements that apply to them on the
 * submission date (age conditions evaluated, other conditions marked "si aplica a su caso"), and
 * the fees of their case.
 */
export function RequisitosDocument({ application, pageSize }: { application: ApplicationView; pageSize: PageSize }) {
  const copy = copyFor(application.locale);
  const { t } = copy;
  const { procedure } = application;
  const facts = applicationFacts(application, t);
  const { items, omitted } = buildChecklist(
    procedure.requirements,
    facts.conditions,
    nationalityGroupsOf(application.institution.rules?.nationalityGroups),
  );

  return (
    <ApplicationPdf
      application={application}
      pageSize={pageSize}
      copy={copy}
      title={t("pdf.requisitos.title")}
      header={{ title: "pdf.requisitos.title" }}
    >
      <View style={{ marginTop: 10 }}>
        <FieldGrid
          cells={[
            { label: "pdf.common.applicant", value: facts.name },
            { label: "pdf.common.applicationNumber", value: application.number },
            { label: "pdf.common.submittedAt", value: facts.submittedAtText },
            { label: "pdf.requisitos.age", value: t("pdf.requisitos.years", { age: facts.age }) },
          ]}
        />
      </View>
      <FormSelections forms={officialFormsOf(procedure, application.institution, facts.conditions)} />
      <SectionTitle k="procedure.requirements" />
      <Bi k="pdf.requisitos.intro" style={[styles.small, { marginBottom: 4 }]} />
      <ChecklistItems items={items} />
      {omitted > 0 ? (
        <Bi
          k="pdf.requisitos.omitted"
          values={{ count: omitted, age: facts.age }}
          style={[styles.small, styles.muted, { marginTop: 4 }]}
        />
      ) : null}
      <SectionTitle k="pdf.requisitos.fees" />
      <FeeTable
        fees={application.selectedFees}
        totalLabel="pdf.requisitos.total"
        isCompact
        rules={{ institution: application.institution, routes: procedure.routes, onDate: facts.submittedOn }}
        facts={facts.conditions}
      />
    </ApplicationPdf>
  );
}

/**
 * The blank checklist of the public procedure page: every requirement with its condition and every
 * fee with its alternatives, no personal data.
 */
export function BlankChecklistDocument({
  procedure,
  institution,
  locale,
  pageSize,
}: {
  procedure: ProcedureDTO;
  institution: InstitutionDTO;
  locale: Locale;
  pageSize: PageSize;
}) {
  const copy = copyFor(locale);
  const { t } = copy;
  const { items } = buildChecklist(procedure.requirements, null);
  return (
    <PdfDocument title={`${t("pdf.requisitos.title")} — ${procedure.title.es}`} copy={copy}>
      <DocumentPage size={pageSize} footer={`${t("pdf.requisitos.title")} · ${procedure.title.es}`}>
        <DocumentHeader institution={institution} title="pdf.requisitos.title" procedure={procedure} />
        <FormSelections forms={officialFormsOf(procedure, institution)} />
        <SectionTitle k="procedure.requirements" />
        <Bi k="pdf.requisitos.blankIntro" style={[styles.small, { marginBottom: 4 }]} />
        <ChecklistItems items={items} />
        {procedure.fees.length ? (
          <View>
            <SectionTitle k="procedure.fees" />
            <FeeTable
              fees={procedure.fees}
              totalLabel="pdf.requisitos.total"
              showsAlternatives
              isCompact
              rules={{ institution, routes: procedure.routes, onDate: todayIn(institution.timeZone, new Date()) }}
            />
          </View>
        ) : null}
        <Text style={[styles.small, styles.muted, { marginTop: 12 }]}>
          {t("procedure.lastReviewed", { date: formatDate(procedure.lastReviewed, "es") })}
        </Text>
        <Bi k="pdf.requisitos.blankNote" style={[styles.small, styles.muted, { marginTop: 2 }]} />
      </DocumentPage>
    </PdfDocument>
  );
}
