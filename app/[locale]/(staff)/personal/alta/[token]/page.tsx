import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/staff/action-form";
import { newPasswordFields } from "@/components/staff/password-fields";
import { getEnrolment } from "@/lib/auth/enrolment";
import { ENROLMENT_HOURS } from "@/lib/auth/enrolment-links";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import { enrol } from "../../actions";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  // The token is in the address: never send it on as a referrer.
  return { title: getTranslator(locale)("staff.enrol.title"), robots: { index: false }, referrer: "no-referrer" };
}

/**
 * An enrolment link (new official, or an admin reset): choose a password, then set up the authenticator
 * app on the next page. An unknown, used or expired link gets one message, whatever the reason.
 */
export default async function EnrolPage({ params }: Props) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const enrolment = await getEnrolment(token);
  if (!enrolment) {
    return (
      <div className="max-w-xl space-y-4">
        <h1 className="text-3xl sm:text-4xl">{t("staff.enrol.invalidTitle")}</h1>
        <p className="text-lg">{t("staff.enrol.invalid", { hours: ENROLMENT_HOURS })}</p>
      </div>
    );
  }
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl sm:text-4xl">{t("staff.enrol.title")}</h1>
      <p className="text-lg">{t("staff.enrol.intro", { name: enrolment.name, email: enrolment.email })}</p>
      <ol className="list-decimal space-y-1 pl-6">
        <li>{t("staff.enrol.step1")}</li>
        <li>{t("staff.enrol.step2")}</li>
      </ol>
      <ActionForm
        id="enrol"
        action={enrol.bind(null, locale, token)}
        locale={locale}
        submit={{ label: t("staff.enrol.submit"), pending: t("staff.pending") }}
        fields={[...newPasswordFields(t)]}
      />
    </div>
  );
}
