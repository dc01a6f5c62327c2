import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ActionForm } from "@/components/staff/action-form";
import { currentPasswordField } from "@/components/staff/password-fields";
import { getStaff } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import { signIn } from "../actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("staff.signIn.title"), robots: { index: false } };
}

/** Staff sign-in, step 1 of 2: email and password (paste and password managers welcome). */
export default async function StaffSignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  if (await getStaff()) redirect(`/${locale}/personal`);
  const query = await searchParams;
  const t = getTranslator(locale);
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl sm:text-4xl">{t("staff.signIn.title")}</h1>
      {query.salida ? (
        <p role="status" className="border-l-8 border-ok bg-surface p-3 font-semibold">
          {t("staff.signIn.signedOut")}
        </p>
      ) : null}
      {query.caducado ? (
        <p role="status" className="border-l-8 border-warn bg-surface p-3 font-semibold">
          {t("staff.signIn.expired")}
        </p>
      ) : null}
      <p className="text-lg">{t("staff.signIn.intro")}</p>
      <ActionForm
        id="sign-in"
        action={signIn.bind(null, locale)}
        locale={locale}
        messages={["staff.signIn"]}
        submit={{ label: t("staff.signIn.submit"), pending: t("staff.pending") }}
        fields={[
          { kind: "email", name: "email", label: t("staff.signIn.email"), autoComplete: "username", maxLength: 254 },
          currentPasswordField("password", t("staff.signIn.password")),
        ]}
      />
    </div>
  );
}
