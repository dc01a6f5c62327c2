import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { getStaff } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("staff.title"), robots: { index: false } };
}

/** Where a role's work is: applications, the catalogue (editors and publishers handle no applications), or the dashboard. */
function landingOf(role: string): string {
  if (can(role, "applications.view")) return "solicitudes";
  if (can(role, "catalogue.edit")) return "catalogo";
  return "tablero";
}

/** The back-office entry: each role lands where its work is; a refused page explains why. */
export default async function StaffHome({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const staff = await getStaff();
  if (!staff) redirect(`/${locale}/personal/entrar`);
  const query = await searchParams;
  const t = getTranslator(locale);
  if (!query["sin-permiso"]) redirect(`/${locale}/personal/${landingOf(staff.role)}`);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl">{t("staff.forbidden.title")}</h1>
      <p className="text-lg">{t("staff.forbidden.body", { role: t(`staff.roles.${staff.role}`) })}</p>
    </div>
  );
}
