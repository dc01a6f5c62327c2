import type { StaffActor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format-date";
import { getTranslator, type MessageKey } from "@/lib/i18n/messages";
import { countUndeliveredNotifications, getApplicationNotifications } from "@/lib/notifications/queries";

type Props = {
  locale: Locale;
  applicationId: number;
  staff: StaffActor;
  /** A supervisor's resend action (bound to the outbox row id by the form's `outboxId`); absent for clerks. */
  resend?: (formData: FormData) => Promise<void>;
  justResent?: boolean;
};

/** On the staff detail page: the applicant's choice and every message, when, and whether it was delivered. */
export async function StaffNotifications({ locale, applicationId, staff, resend, justResent }: Props) {
  const t = getTranslator(locale);
  const { notifyUpdates, notifyLocale, entries } = await getApplicationNotifications(applicationId, staff);
  return (
    <section aria-labelledby="notifications-title" className="space-y-3" data-testid="staff-notifications">
      <h2 id="notifications-title" className="text-2xl">
        {t("notifications.staff.title")}
      </h2>
      <p>
        {notifyUpdates
          ? t("notifications.staff.consentOn", { locale: notifyLocale })
          : t("notifications.staff.consentOff")}
      </p>
      {justResent ? (
        <p role="status" className="font-semibold">
          {t("notifications.staff.resent")}
        </p>
      ) : null}
      {entries.length === 0 ? (
        <p className="text-muted">{t("notifications.staff.none")}</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-1 pr-3">
                {t("notifications.staff.kind")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t("notifications.staff.created")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t("notifications.staff.state")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t("notifications.staff.attempts")}
              </th>
              {resend ? (
                <th scope="col" className="py-1">
                  <span className="sr-only">{t("notifications.staff.resend")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} className="border-b border-line align-top" data-state={e.state}>
                <td className="py-1 pr-3">{t(`notifications.staff.kinds.${e.kind}` as MessageKey)}</td>
                <td className="py-1 pr-3">{formatDateTime(e.createdAt, locale)}</td>
                <td className="py-1 pr-3">
                  {t(`notifications.staff.states.${e.state}` as MessageKey)}
                  {e.sentAt ? <span className="text-muted"> · {formatDateTime(e.sentAt, locale)}</span> : null}
                  {e.lastError && e.state !== "sent" ? (
                    <span className="block text-sm text-muted">{e.lastError}</span>
                  ) : null}
                </td>
                <td className="py-1 pr-3">{e.attemptCount}</td>
                {resend ? (
                  <td className="py-1">
                    {e.state === "failed" || e.state === "sent" ? (
                      <form action={resend}>
                        <input type="hidden" name="outboxId" value={e.id} />
                        <button type="submit" className="border-2 border-ink px-3 py-1 font-semibold">
                          {t("notifications.staff.resend")}
                        </button>
                      </form>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** On the staff dashboard: how many messages are undelivered (failed, or still retrying). Nothing when none. */
export async function UndeliveredNotifications({ locale, staff }: { locale: Locale; staff: StaffActor }) {
  const count = await countUndeliveredNotifications(staff);
  if (count === 0) return null;
  const t = getTranslator(locale);
  return (
    <section
      aria-labelledby="undelivered-title"
      className="border-l-8 border-warn bg-surface p-3"
      data-testid="undelivered-notifications"
    >
      <h2 id="undelivered-title" className="text-xl font-semibold">
        {t("notifications.staff.undelivered")}
      </h2>
      <p>{t("notifications.staff.undeliveredCount", { count })}</p>
    </section>
  );
}
