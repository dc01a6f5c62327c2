import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { AnswersList } from "@/components/answers-list";
import { DocumentLinks } from "@/components/document-links";
import { ActionForm } from "@/components/staff/action-form";
import { DeadlineCard } from "@/components/staff/deadline-card";
import { TransitionForm } from "@/components/staff/transition-form";
import { clientKey } from "@/lib/http/request-client";
import { stepValues } from "@/lib/applications/answers";
import { applicationClock } from "@/lib/applications/clock";
import { buildFieldDefs } from "@/lib/applications/field-defs";
import { FORM_STEPS, type ApplicationAnswers } from "@/lib/applications/fields";
import { getApplicationForStaff } from "@/lib/applications/staff-queries";
import { NOTE_MAX } from "@/lib/applications/staff-schemas";
import { isOpenStatus } from "@/lib/applications/statuses";
import { listCaseWorkers } from "@/lib/auth/queries";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { getHolidays } from "@/lib/deadlines/queries";
import { isLocale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format-date";
import { localize } from "@/lib/i18n/localize";
import { getTranslator, type MessageKey } from "@/lib/i18n/messages";
import { getOfficeBySlug } from "@/lib/offices/queries";
import { localDateOf } from "@/lib/dates";
import { personFacts, type FactAnswers } from "@/lib/procedures/person-facts";
import { buildChecklist } from "@/lib/procedures/checklist";
import { getNationalityGroups } from "@/lib/procedures/queries";
import { procedureOfApplication } from "@/lib/catalogue/application-version";
import { StaffNotifications } from "@/components/notifications/staff-notifications";
import { addNote, assign, transition } from "./actions";
import { resend } from "./notification-actions";

type Props = {
  params: Promise<{ locale: string; number: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, number } = await params;
  if (!isLocale(locale)) return {};
  return { title: `${getTranslator(locale)("staff.detail.title")} ${number.slice(0, 20)}`, robots: { index: false } };
}

/** One application for officials: data, checklist, legal clock, next steps, notes, timeline, history. */
export default async function StaffApplicationPage({ params, searchParams }: Props) {
  const { locale, number } = await params;
  if (!isLocale(locale)) notFound();
  const staff = await requireStaffPage(locale, "applications.view");
  const app = await getApplicationForStaff(staff, number, { client: await clientKey() });
  if (!app) notFound();
  // The procedure as it read when the application was filed: its checklist, clock and requestable documents.
  const { procedure, newerVersion } = await procedureOfApplication(app);
  const t = getTranslator(locale);
  const office = app.officeSlug ? await getOfficeBySlug(app.officeSlug) : null;
  const query = await searchParams;
  const done = typeof query.hecho === "string" ? query.hecho : null;
  const answers = app.answers as Partial<ApplicationAnswers>;
  const facts = personFacts(answers as FactAnswers, localDateOf(app.submittedAt));
  const checklist = buildChecklist(procedure.requirements, facts, await getNationalityGroups());
  const clock = applicationClock(app.status, app.timeline, procedure.deadline, await getHolidays());
  const workers = can(staff.role, "applications.reassign") ? await listCaseWorkers(staff, app.officeSlug) : [];
  const bound = {
    transition: transition.bind(null, locale, app.number, app.id),
    note: addNote.bind(null, locale, app.number, app.id),
    assign: assign.bind(null, locale, app.number, app.id),
  };
  const requirementOptions = checklist.items.map((i) => ({
    value: String(i.requirement.position),
    label: `${i.number}. ${localize(i.requirement.name, locale)}`,
  }));

  return (
    <div className="space-y-10">
      <p>
        <Link href={`/${locale}/personal/solicitudes`}>← {t("staff.detail.back")}</Link>
      </p>
      <div className="space-y-1">
        <p className="text-lg text-muted">{localize(procedure.title, locale)}</p>
        <h1 className="text-3xl">
          {t("staff.detail.title")} <span className="font-mono">{app.number}</span>
        </h1>
        <p className="text-lg">
          {app.applicantName} · {t("staff.detail.submitted", { date: formatDateTime(app.submittedAt, locale) })}
        </p>
        <p>
          {t("staff.detail.office", {
            office: office ? `${localize(office.name, locale)} (${office.stateName})` : t("staff.detail.noOffice"),
          })}
        </p>
        {procedure.version ? (
          <p data-testid="version-notice">
            {t("versionNotice.filedUnder", {
              number: procedure.version.number,
              date: formatDate(localDateOf(procedure.version.effectiveAt), locale),
            })}{" "}
            {newerVersion ? (
              <strong>
                {t("versionNotice.newer", {
                  number: newerVersion.number,
                  date: formatDate(localDateOf(newerVersion.effectiveAt), locale),
                })}
              </strong>
            ) : null}
          </p>
        ) : null}
        {app.isSample ? <p className="font-semibold text-warn">{t("staff.sampleNotice")}</p> : null}
      </div>
      {done ? (
        <p role="status" className="border-l-8 border-ok bg-surface p-3 font-semibold" data-testid="done">
          {t("staff.detail.done")}
        </p>
      ) : null}

      <section aria-labelledby="state-title" className="grid gap-4 sm:grid-cols-2">
        <div className="border-l-8 border-brand bg-surface p-4">
          <h2 id="state-title" className="text-lg text-muted">
            {t("staff.detail.status")}
          </h2>
          <p className="text-2xl font-bold" data-testid="staff-status">
            {t(`status.${app.status}.label` as MessageKey)}
          </p>
          <p className="mt-2">{t("staff.detail.assignee", { name: app.assignee?.name ?? t("staff.detail.nobody") })}</p>
        </div>
        <DeadlineCard clock={clock} resolvedInTime={app.resolvedInTime} locale={locale} t={t} />
      </section>

      <section aria-labelledby="next-title" className="space-y-6">
        <h2 id="next-title" className="text-2xl">
          {t("staff.detail.nextSteps")}
        </h2>
        {app.nextSteps.length === 0 ? <p>{t("staff.detail.noSteps")}</p> : null}
        <div className="grid gap-6 lg:grid-cols-2">
          {app.nextSteps.map((to) => (
            <div key={to} className="border-2 border-line p-4">
              <TransitionForm
                from={app.status}
                to={to}
                version={app.version}
                role={staff.role}
                requirements={requirementOptions}
                action={bound.transition}
                locale={locale}
                t={t}
              />
            </div>
          ))}
        </div>
        {workers.length ? (
          <div className="max-w-xl border-2 border-line p-4">
            <ActionForm
              id="assign"
              title={t("staff.detail.assignTitle")}
              action={bound.assign}
              locale={locale}
              fields={[
                { kind: "hidden", name: "expectedVersion", value: String(app.version) },
                {
                  kind: "select",
                  name: "assigneeId",
                  label: t("staff.detail.assignLabel"),
                  value: app.assignee?.id ?? "",
                  options: [
                    { value: "", label: t("staff.detail.nobody") },
                    ...workers.map((w) => ({ value: w.id, label: `${w.name} (${t(`staff.roles.${w.role}`)})` })),
                  ],
                },
              ]}
              submit={{ label: t("staff.detail.assignSubmit"), pending: t("staff.pending"), tone: "secondary" }}
            />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="checklist-title" className="space-y-2">
        <h2 id="checklist-title" className="text-2xl">
          {t("staff.detail.checklist")}
        </h2>
        <p className="text-muted">{t("staff.detail.checklistIntro")}</p>
        <ol className="list-decimal space-y-1 pl-6">
          {checklist.items.map((i) => (
            <li key={i.requirement.position}>
              {localize(i.requirement.name, locale)}{" "}
              <span className="text-muted">
                ({t(`procedure.presentation.${i.requirement.presentation}` as MessageKey)})
              </span>
              {i.applicability === "if-applicable" && i.requirement.condition ? (
                <span className="block text-sm text-muted">{localize(i.requirement.condition, locale)}</span>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="documents-title" className="space-y-3">
        <h2 id="documents-title" className="text-2xl">
          {t("staff.detail.documents")}
        </h2>
        <p>{t("staff.detail.documentsIntro")}</p>
        <DocumentLinks locale={locale} number={app.number} base={`/${locale}/personal/solicitudes/${app.number}`} />
      </section>

      <section aria-labelledby="data-title">
        <h2 id="data-title" className="mb-4 text-2xl">
          {t("staff.detail.data")}
        </h2>
        {FORM_STEPS.map((step) => (
          <AnswersList
            key={step}
            locale={locale}
            title={t(`form.steps.${step}`)}
            headingLevel={3}
            fields={buildFieldDefs(step, procedure, locale)}
            values={stepValues(answers, step)}
          />
        ))}
      </section>

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title" className="text-2xl">
          {t("lookup.timeline")}
        </h2>
        <ol className="mt-3 space-y-3 border-l-4 border-line pl-4">
          {app.timeline.map((e, i) => (
            <li key={`${e.type}-${i}`}>
              <span className="font-semibold">{t(`events.${e.type}` as MessageKey)}</span> —{" "}
              <span className="text-muted">{formatDateTime(e.at, locale)}</span>
              {e.requirements.length ? (
                <ul className="list-disc pl-6">
                  {e.requirements.map((r) => (
                    <li key={r.position}>{localize(r.name, locale)}</li>
                  ))}
                </ul>
              ) : null}
              {e.message ? <p className="whitespace-pre-line">{e.message}</p> : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="notes-title" className="space-y-4">
        <h2 id="notes-title" className="text-2xl">
          {t("staff.detail.notes")}
        </h2>
        {app.notes.length === 0 ? <p>{t("staff.detail.noNotes")}</p> : null}
        <ul className="space-y-3">
          {app.notes.map((n) => (
            <li key={n.id} className="border-l-4 border-line pl-3" data-testid="note">
              <p className="text-sm text-muted">
                {n.author} · {formatDateTime(n.at, locale)}
                {n.proposal ? ` · ${t(`staff.detail.proposal.${n.proposal}` as MessageKey)}` : ""}
              </p>
              <p className="whitespace-pre-line">{n.body}</p>
            </li>
          ))}
        </ul>
        {can(staff.role, "applications.review") ? (
          <div className="max-w-xl">
            <ActionForm
              id="note"
              title={t("staff.detail.addNote")}
              action={bound.note}
              locale={locale}
              fields={[
                {
                  kind: "textarea",
                  name: "body",
                  label: t("staff.detail.noteLabel"),
                  hint: t("staff.detail.noteHint"),
                  maxLength: NOTE_MAX,
                },
                ...(can(staff.role, "applications.propose") && isOpenStatus(app.status)
                  ? [
                      {
                        kind: "select" as const,
                        name: "proposal",
                        label: t("staff.detail.proposeLabel"),
                        options: [
                          { value: "", label: t("staff.detail.proposal.none") },
                          { value: "approved", label: t("staff.detail.proposal.approved") },
                          { value: "denied", label: t("staff.detail.proposal.denied") },
                        ],
                      },
                    ]
                  : []),
              ]}
              submit={{ label: t("staff.detail.noteSubmit"), pending: t("staff.pending"), tone: "secondary" }}
            />
          </div>
        ) : null}
      </section>

      <StaffNotifications
        locale={locale}
        applicationId={app.id}
        staff={staff}
        resend={can(staff.role, "applications.reassign") ? resend.bind(null, locale, app.number) : undefined}
        justResent={query.reenviado === "1"}
      />

      <section aria-labelledby="history-title">
        <h2 id="history-title" className="text-2xl">
          {t("staff.detail.history")}
        </h2>
        <ol className="mt-3 space-y-1">
          {app.history.map((h, i) => (
            <li key={i}>
              <span className="text-muted">{formatDateTime(h.at, locale)}</span> · {h.actor} ({h.role}) ·{" "}
              <span className="font-mono text-sm">{h.action}</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
