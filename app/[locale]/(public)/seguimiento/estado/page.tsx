import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { applicationClock } from "@/lib/applications/clock";
import { documentsDue, nextStepTerms } from "@/lib/applications/status-deadlines";
import { readSessionToken } from "@/lib/applications/cookies";
import { requestOrigin } from "@/lib/http/request-client";
import { getStatusForSession } from "@/lib/applications/queries";
import { getHolidays } from "@/lib/deadlines/queries";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format-date";
import { localize } from "@/lib/i18n/localize";
import { getMessages, getTranslator, type MessageKey } from "@/lib/i18n/messages";
import { DeadlineDue } from "@/components/deadline-due";
import { AuthorityTerm, DocumentsDueNotice, NextStepTerms } from "@/components/status-terms";
import { DocumentLinks } from "@/components/document-links";
import { UpdatesSwitch } from "@/components/notifications/updates-switch";
import { SurveySection } from "@/components/participation/survey-section";
import { getNotifyStateForSession } from "@/lib/notifications/queries";
import { getSurveyState } from "@/lib/participation/queries";
import { signOut } from "../actions";
import { sendSurvey, switchUpdates } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ encuesta?: string; avisos?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("lookup.statusTitle"), robots: { index: false } };
}

/** Known message key or the raw value: statuses and events added later still show something. */
function label(locale: Locale, section: "status" | "events", key: string, leaf?: "label" | "next"): string {
  const node = (getMessages(locale)[section] as Record<string, unknown>)[key];
  if (leaf && node && typeof node === "object") return String((node as Record<string, string>)[leaf] ?? key);
  return typeof node === "string" ? node : key;
}

/**
 * Where an application stands: status in plain language, what to do next, the applicant's own deadline
 * to hand in requested documents, the legal clock (paused while documents are requested) with the
 * authority's term and silence rule in words, the second step after approval (a visa's consulate), messages
 * from the office, the timeline and the downloads. Terms come from the catalogue's deadline rules.
 * Rendered per request for the session's owner only; Next sends Cache-Control: no-store.
 */
export default async function StatusPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const sessionToken = await readSessionToken();
  const status = await getStatusForSession(sessionToken, await requestOrigin());
  if (!status) redirect(`/${locale}/seguimiento`);
  const survey = await getSurveyState(sessionToken);
  const updates = await getNotifyStateForSession(sessionToken);
  const { view, timeline } = status;
  const t = getTranslator(locale);
  const holidays = await getHolidays();
  const { deadline } = view.procedure;
  const clock = applicationClock(view.status, timeline, deadline, holidays);
  const documents = view.status === "documents_requested" ? documentsDue(deadline, timeline, holidays) : null;
  const nextStep = nextStepTerms(deadline, view.status, timeline, holidays);
  const messages = timeline.filter((e) => e.message || e.requirements.length);
  const unit = (u: "business" | "calendar") => t(`units.${u}` as MessageKey);

  return (
    <div className="max-w-3xl space-y-10">
      <div className="space-y-2">
        <p className="text-lg text-muted">{localize(view.procedure.title, locale)}</p>
        <h1 className="text-3xl sm:text-4xl">{t("lookup.statusTitle")}</h1>
        <p className="font-mono text-xl" data-testid="status-number">
          {view.number}
        </p>
      </div>

      <section aria-labelledby="current-title" className="border-l-8 border-brand bg-surface p-4">
        <h2 id="current-title" className="text-lg text-muted">
          {t("lookup.current")}
        </h2>
        <p className="text-2xl font-bold" data-testid="status-label">
          {label(locale, "status", view.status, "label")}
        </p>
        <h3 className="mt-4 text-lg">{t("lookup.next")}</h3>
        <p>{label(locale, "status", view.status, "next")}</p>
      </section>

      {documents ? <DocumentsDueNotice due={documents} locale={locale} t={t} /> : null}

      <SurveySection
        locale={locale}
        state={survey}
        justSent={(await searchParams).encuesta}
        action={sendSurvey.bind(null, locale)}
      />

      {messages.length ? (
        <section aria-labelledby="messages-title" className="space-y-3">
          <h2 id="messages-title" className="text-2xl">
            {t("lookup.messageFromOffice")}
          </h2>
          {messages.map((m) => (
            <blockquote key={m.at} className="border-l-4 border-warn bg-surface p-4 whitespace-pre-line">
              <p className="text-sm text-muted">{formatDateTime(m.at, locale, "long")}</p>
              {m.requirements.length ? (
                <>
                  <p className="mt-1 font-semibold">{t("lookup.requestedDocuments")}</p>
                  <ul className="mt-1 list-disc pl-6" data-testid="requested-documents">
                    {m.requirements.map((r) => (
                      <li key={r.position}>{localize(r.name, locale)}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {m.message ? (
                <p className="mt-1" data-testid="office-message">
                  {m.message}
                </p>
              ) : null}
            </blockquote>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="deadline-title" className="space-y-2">
        <h2 id="deadline-title" className="text-2xl">
          {t("lookup.deadlineTitle")}
        </h2>
        <div data-testid="deadline">
          {clock.state === "not-started" ? (
            <p>{t("lookup.deadlineNotStarted", { days: clock.days, unit: unit(clock.unit) })}</p>
          ) : null}
          {clock.state === "resolved" ? <p>{t("lookup.deadlineResolved")}</p> : null}
          {clock.state === "no-deadline" ? <p>{t("procedure.noResolution")}</p> : null}
          {clock.state === "counting" ? (
            clock.deadline.state === "paused" ? (
              <p className="font-semibold">{t("lookup.deadlinePaused", { left: clock.deadline.businessDaysLeft })}</p>
            ) : (
              <DeadlineDue deadline={clock.deadline} locale={locale} t={t} dueClassName="text-lg font-semibold" />
            )
          ) : null}
        </div>
        {deadline.resolution ? (
          <AuthorityTerm resolution={deadline.resolution} institution={view.institution} locale={locale} t={t} />
        ) : null}
        <h3 className="text-lg">{t("procedure.ifNoAnswer")}</h3>
        <p className="text-muted" data-testid="silence-rule">
          {localize(deadline.silenceText, locale)}
        </p>
      </section>

      {nextStep.length ? <NextStepTerms terms={nextStep} institution={view.institution} locale={locale} t={t} /> : null}

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title" className="text-2xl">
          {t("lookup.timeline")}
        </h2>
        <ol className="mt-3 space-y-2 border-l-4 border-line pl-4">
          {timeline.map((e) => (
            <li key={`${e.type}-${e.at}`}>
              <span className="font-semibold">{label(locale, "events", e.type)}</span> —{" "}
              <span className="text-muted">{formatDateTime(e.at, locale, "long")}</span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="docs-title" className="space-y-2">
        <h2 id="docs-title" className="text-2xl">
          {t("lookup.documents")}
        </h2>
        <DocumentLinks locale={locale} number={view.number} />
      </section>

      {updates ? (
        <UpdatesSwitch
          locale={locale}
          on={updates.notifyUpdates}
          action={switchUpdates.bind(null, locale)}
          justSaved={(await searchParams).avisos === "1"}
        />
      ) : null}

      <div className="flex flex-wrap items-center gap-4">
        <p className="text-muted">{t("lookup.sessionEnds")}</p>
        <form action={signOut.bind(null, locale)}>
          <button type="submit" className="min-h-12 border-2 border-ink px-4 py-2 font-semibold">
            {t("lookup.signOut")}
          </button>
        </form>
      </div>
    </div>
  );
}
