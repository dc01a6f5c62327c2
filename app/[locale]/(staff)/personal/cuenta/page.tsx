import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ActionForm } from "@/components/staff/action-form";
import { currentPasswordField, newPasswordFields } from "@/components/staff/password-fields";
import { listOwnSessions } from "@/lib/auth/account";
import { getStaff } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format-date";
import { getTranslator } from "@/lib/i18n/messages";
import { changePassword, endSession } from "./actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("staff.account.title"), robots: { index: false } };
}

/** The official's own account: change the password, see and end their own sessions (ASVS 6.2.2, 7.5.2). */
export default async function AccountPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const staff = await getStaff();
  if (!staff) redirect(`/${locale}/personal/entrar`);
  const t = getTranslator(locale);
  const sessions = await listOwnSessions(staff);
  const query = await searchParams;
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-3xl">{t("staff.account.title")}</h1>
      <p className="text-lg">
        {staff.name} · {staff.email} · {t(`staff.roles.${staff.role}`)}
      </p>
      <section aria-labelledby="sessions-title" className="space-y-4">
        <h2 id="sessions-title" className="text-2xl">
          {t("staff.account.sessionsTitle")}
        </h2>
        {query.sesiones ? (
          <p role="status" className="border-l-8 border-ok bg-surface p-3 font-semibold">
            {t("staff.account.sessionsEnded")}
          </p>
        ) : null}
        <p>{t("staff.account.sessionsIntro")}</p>
        <ul className="space-y-4">
          {sessions.map((s) => (
            <li key={s.id} className="border-2 border-line p-4" data-testid="own-session">
              <p className="font-bold">
                {s.current ? t("staff.account.thisSession") : t("staff.account.otherSession")}
              </p>
              <p>
                {t("staff.account.sessionTimes", {
                  created: formatDateTime(s.createdAt, locale),
                  seen: formatDateTime(s.lastSeenAt, locale),
                })}
              </p>
              <p className="break-words text-muted">{s.userAgent ?? t("staff.account.unknownBrowser")}</p>
              <div className="mt-2 max-w-sm">
                <ActionForm
                  id={`end-${s.id.slice(0, 12)}`}
                  action={endSession.bind(null, locale, s.id)}
                  locale={locale}
                  messages={["staff.account"]}
                  fields={[]}
                  submit={{
                    label: s.current ? t("staff.account.endCurrent") : t("staff.account.endOne"),
                    pending: t("staff.pending"),
                    tone: "secondary",
                  }}
                />
              </div>
            </li>
          ))}
        </ul>
        {sessions.length > 1 ? (
          <div className="max-w-sm">
            <ActionForm
              id="end-others"
              action={endSession.bind(null, locale, "others")}
              locale={locale}
              messages={["staff.account"]}
              fields={[]}
              submit={{ label: t("staff.account.endOthers"), pending: t("staff.pending"), tone: "danger" }}
            />
          </div>
        ) : null}
      </section>
      <section aria-labelledby="password-title" className="max-w-xl space-y-4">
        <h2 id="password-title" className="text-2xl">
          {t("staff.account.passwordTitle")}
        </h2>
        <p>{t("staff.account.passwordIntro")}</p>
        <ActionForm
          id="password"
          action={changePassword.bind(null, locale)}
          locale={locale}
          messages={["staff.account"]}
          submit={{ label: t("staff.account.passwordSubmit"), pending: t("staff.pending") }}
          fields={[currentPasswordField("current", t("staff.account.currentPassword")), ...newPasswordFields(t)]}
        />
      </section>
    </div>
  );
}
