import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UpdatesSwitch } from "@/components/notifications/updates-switch";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import { verifyUnsubscribeToken } from "@/lib/notifications/links";
import { getNotifyUpdates } from "@/lib/notifications/queries";
import { switchUpdatesByLink } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ t?: string; guardado?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("notifications.toggle.title"), robots: { index: false } };
}

/**
 * Where the link at the foot of every e-mail leads: says whether updates are on and offers one button
 * to switch. Opening the page changes nothing (link scanners open links); the button does, without JavaScript.
 */
export default async function UpdatesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const query = await searchParams;
  const applicationId = await verifyUnsubscribeToken(query.t);
  if (applicationId === null) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl sm:text-4xl">{t("notifications.toggle.title")}</h1>
        <p role="alert">{t("notifications.toggle.invalidLink")}</p>
      </div>
    );
  }
  const on = await getNotifyUpdates(applicationId);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl sm:text-4xl">{t("notifications.toggle.title")}</h1>
      <UpdatesSwitch
        locale={locale}
        on={on}
        token={query.t}
        action={switchUpdatesByLink.bind(null, locale)}
        justSaved={query.guardado === "1"}
      />
    </div>
  );
}
