import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import QRCode from "qrcode";
import { ActionForm } from "@/components/staff/action-form";
import { enrollmentSecret } from "@/lib/auth/mutations";
import { readStaffCookie } from "@/lib/auth/session";
import { totpUri } from "@/lib/auth/totp";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import { verifyCode } from "../../actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("staff.code.title"), robots: { index: false } };
}

/**
 * Staff sign-in, step 2 of 2: the code of the authenticator app. At the first sign-in the page shows
 * the secret to add to the app (as a QR code and as text to type), then asks for a code to confirm it.
 */
export default async function StaffCodePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const pending = await readStaffCookie("pending");
  if (!pending) redirect(`/${locale}/personal/entrar`);
  const t = getTranslator(locale);
  const enrollment = await enrollmentSecret(pending);
  const qr = enrollment
    ? await QRCode.toString(totpUri(enrollment.secret, enrollment.email, "Ventanilla"), {
        type: "svg",
        errorCorrectionLevel: "M",
        margin: 2,
      })
    : null;
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl sm:text-4xl">{t("staff.code.title")}</h1>
      {enrollment && qr ? (
        <section aria-labelledby="enrol-title" className="space-y-3 border-l-8 border-brand bg-surface p-4">
          <h2 id="enrol-title" className="text-2xl">
            {t("staff.code.enrolTitle")}
          </h2>
          <p>{t("staff.code.enrolIntro")}</p>
          <div
            role="img"
            aria-label={t("staff.code.qrAlt")}
            className="w-56 bg-white"
            dangerouslySetInnerHTML={{ __html: qr }}
          />
          <p>{t("staff.code.enrolManual")}</p>
          <p className="font-mono text-xl break-all" data-testid="totp-secret">
            {enrollment.secret.match(/.{1,4}/g)?.join(" ")}
          </p>
        </section>
      ) : (
        <p className="text-lg">{t("staff.code.intro")}</p>
      )}
      <ActionForm
        id="code"
        action={verifyCode.bind(null, locale)}
        locale={locale}
        messages={["staff.code"]}
        submit={{ label: t("staff.code.submit"), pending: t("staff.pending") }}
        fields={[
          {
            kind: "text",
            name: "code",
            label: t("staff.code.label"),
            hint: t("staff.code.hint"),
            autoComplete: "one-time-code",
            inputMode: "numeric",
            maxLength: 12,
          },
        ]}
      />
    </div>
  );
}
