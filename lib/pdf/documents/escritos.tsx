import { nationalityGroupsOf } from "@/lib/procedures/conditions";
import { Text, View } from "@react-pdf/renderer";
import type { ApplicationView } from "@/lib/applications/types";
import { answerLabelKey, applicationFacts, formatAnswer } from "../answers";
import { letterAttachments } from "@/lib/procedures/checklist";
import { Bi, copyFor } from "../components/copy";
import { PdfDocument } from "../components/pdf-document";
import { FieldGrid } from "../components/fields";
import { LetterHead, LetterTitle, Paragraph } from "../components/letter";
import { DocumentPage } from "../components/page";
import { SignatureBlock } from "../components/signature";
import { styles } from "../components/styles";
import {
  BLANK,
  letterPlaceAndDate,
  needsNotificationLetter,
  needsResponsiva,
  notificationLetterParagraphs,
  notificationSubject,
  requestLetterParagraphs,
  requestLetterSigner,
  responsivaParagraphs,
} from "../letters";
import type { PageSize } from "../types";

/**
 * The letters a procedure needs, ready to sign, each starting on its own page: the free-form
 * request letter (every procedure), the notice "bajo protesta de decir verdad" with old and new data
 * (notifications), and the "carta responsiva" (humanitarian and family-unity visas).
 */
export function EscritosDocument({ application, pageSize }: { application: ApplicationView; pageSize: PageSize }) {
  const copy = copyFor(application.locale);
  const { t, en } = copy;
  const { procedure, institution } = application;
  const facts = applicationFacts(application, t);
  const placeAndDate = letterPlaceAndDate(application);
  const footer = (title: string) => `${title} · ${application.number}`;
  const requestTitle = t("pdf.escritos.requestTitle");
  const subject = t("pdf.escritos.requestSubject", { procedure: procedure.title.es });

  const notice = needsNotificationLetter(application.form) ? notificationLetterParagraphs(application) : null;
  const noticeTitle = t("pdf.escritos.notificationTitle", { subject: notificationSubject(application) });
  const noticeHelp = en
    ? `${en("pdf.escritos.notificationTitle", { subject: notificationSubject(application, "en") })}. ${en("pdf.escritos.notificationHelp")}`
    : null;
  const details = application.answers.details;
  const form = application.form;
  const attachments = notice
    ? letterAttachments(
        procedure.requirements,
        facts.conditions,
        nationalityGroupsOf(application.institution.rules?.nationalityGroups),
      )
    : [];

  const responsiva = needsResponsiva(procedure.slug) ? responsivaParagraphs(application) : null;

  return (
    <PdfDocument
      title={`${requestTitle} ${application.number}`}
      creationDate={new Date(application.submittedAt)}
      copy={copy}
    >
      <DocumentPage size={pageSize} footer={footer(requestTitle)}>
        <LetterTitle
          title={requestTitle}
          help={en ? `${en("pdf.escritos.requestTitle")}. ${en("pdf.escritos.requestHelp")}` : null}
        />
        <LetterHead institution={institution} placeAndDate={placeAndDate} state={facts.stateName} subject={subject} />
        {requestLetterParagraphs(application).map((text, i) => (
          <Paragraph key={i}>{text}</Paragraph>
        ))}
        <View wrap={false}>
          <Text style={{ textAlign: "center", marginTop: 10, fontSize: 10.5 }}>{t("pdf.common.sincerely")}</Text>
          <View style={{ alignItems: "center" }}>
            <SignatureBlock caption="pdf.common.signatureApplicant" name={requestLetterSigner(application)} />
          </View>
        </View>
      </DocumentPage>

      {notice ? (
        <DocumentPage size={pageSize} footer={footer(noticeTitle)}>
          <LetterTitle title={noticeTitle} help={noticeHelp} />
          <LetterHead
            institution={institution}
            placeAndDate={placeAndDate}
            state={facts.stateName}
            subject={noticeTitle}
          />
          <Paragraph>{notice.intro}</Paragraph>
          <Paragraph>{notice.declaration}</Paragraph>
          <View style={{ marginBottom: 10 }}>
            <FieldGrid
              cells={[
                {
                  label: answerLabelKey("previousValue", form),
                  value: formatAnswer("previousValue", details.previousValue, "es", []),
                  wide: true,
                },
                {
                  label: answerLabelKey("newValue", form),
                  value: formatAnswer("newValue", details.newValue, "es", []),
                  wide: true,
                },
                {
                  label: answerLabelKey("changeDate", form),
                  value: formatAnswer("changeDate", details.changeDate, "es", []),
                  wide: true,
                },
              ]}
            />
          </View>
          <Paragraph>{notice.purpose}</Paragraph>
          {attachments.length ? (
            <View wrap={false} style={{ marginBottom: 6 }}>
              <Bi k="pdf.escritos.attachments" inline style={styles.bold} />
              {attachments.map((item) => (
                <Text key={item.number} style={{ marginLeft: 10, marginTop: 2 }}>
                  {`${item.number}. ${item.requirement.name.es} (${t(`procedure.presentation.${item.requirement.presentation}`)})`}
                  {item.applicability === "if-applicable" ? (
                    <Text style={styles.muted}>{` — ${t("pdf.requisitos.ifApplicable").toLowerCase()}`}</Text>
                  ) : null}
                </Text>
              ))}
            </View>
          ) : null}
          <View wrap={false}>
            <Text style={{ textAlign: "center", marginTop: 10, fontSize: 10.5 }}>{t("pdf.common.sincerely")}</Text>
            <View style={{ alignItems: "center" }}>
              <SignatureBlock caption="pdf.common.signatureApplicant" name={facts.name} />
            </View>
          </View>
        </DocumentPage>
      ) : null}

      {responsiva ? (
        <DocumentPage size={pageSize} footer={footer(t("pdf.escritos.responsivaTitle"))}>
          <LetterTitle
            title={t("pdf.escritos.responsivaTitle")}
            help={en ? `${en("pdf.escritos.responsivaTitle")}. ${en("pdf.escritos.responsivaHelp")}` : null}
          />
          <LetterHead
            institution={institution}
            placeAndDate={`${BLANK}, ${t("pdf.common.dateBlank")}.`}
            state={facts.stateName}
            subject={t("pdf.escritos.responsivaTitle")}
          />
          <Paragraph>{responsiva.body}</Paragraph>
          <View style={{ marginBottom: 10 }} wrap={false}>
            <Bi k="pdf.escritos.responsivaPetitioner" inline style={[styles.bold, { marginBottom: 3 }]} />
            <FieldGrid
              cells={[
                { label: "pdf.common.fullName", value: responsiva.petitioner.name ?? " ", wide: true },
                { label: "form.fields.nationality.label", value: responsiva.petitioner.nationality ?? " " },
                { label: "pdf.escritos.idDocument", value: responsiva.petitioner.idDocument ?? " " },
                { label: "pdf.escritos.addressInMexico", value: " ", wide: true },
                { label: "form.fields.phone.label", value: " " },
                { label: "pdf.escritos.relationshipToBeneficiary", value: responsiva.petitioner.relationship ?? " " },
              ]}
              handwriting
            />
          </View>
          <Paragraph>{responsiva.commitment}</Paragraph>
          <Paragraph>{responsiva.reason}</Paragraph>
          <Paragraph>{t("pdf.escritos.protest")}</Paragraph>
          <View wrap={false}>
            <Text style={{ textAlign: "center", marginTop: 10, fontSize: 10.5 }}>{t("pdf.common.sincerely")}</Text>
            <View style={{ alignItems: "center" }}>
              <SignatureBlock caption="pdf.escritos.responsivaSignature" name={responsiva.petitioner.name} />
            </View>
          </View>
        </DocumentPage>
      ) : null}
    </PdfDocument>
  );
}
