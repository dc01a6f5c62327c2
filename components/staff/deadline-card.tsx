import { DeadlineDue } from "@/components/deadline-due";
import type { ApplicationClock } from "@/lib/applications/clock";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/messages";

/** The legal clock of one application as officials see it: due date and days left, paused, or how it ended. */
export function DeadlineCard({
  clock,
  resolvedInTime,
  locale,
  t,
}: {
  clock: ApplicationClock;
  resolvedInTime: boolean | null;
  locale: Locale;
  t: Translate;
}) {
  return (
    <div className="border-l-8 border-warn bg-surface p-4" data-testid="staff-deadline">
      <h2 className="text-lg text-muted">{t("lookup.deadlineTitle")}</h2>
      {clock.state === "counting" ? (
        clock.deadline.state === "paused" ? (
          <p className="text-xl font-bold">{t("staff.detail.paused", { left: clock.deadline.businessDaysLeft })}</p>
        ) : (
          <DeadlineDue deadline={clock.deadline} locale={locale} t={t} dueClassName="text-xl font-bold" />
        )
      ) : clock.state === "resolved" ? (
        <p className="text-xl font-bold">
          {resolvedInTime === true
            ? t("staff.detail.resolvedInTime")
            : resolvedInTime === false
              ? t("staff.detail.resolvedLate")
              : t("lookup.deadlineResolved")}
        </p>
      ) : clock.state === "not-started" ? (
        <p>{t("lookup.deadlineNotStarted", { days: clock.days, unit: t(`units.${clock.unit}`) })}</p>
      ) : (
        <p>{t("procedure.noResolution")}</p>
      )}
    </div>
  );
}
