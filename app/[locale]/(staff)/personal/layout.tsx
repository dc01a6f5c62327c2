import { Link } from "@/components/link";
import type { ReactNode } from "react";
import { can } from "@/lib/auth/permissions";
import { getStaff } from "@/lib/auth/session";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import { signOutStaff } from "./actions";

/**
 * The back-office frame: who is signed in, the sections their role may open, and sign-out. Every page
 * here reads the session cookie, so it renders per request and is never cached (see next.config.ts).
 */
export default async function StaffLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : "es";
  const t = getTranslator(locale);
  const staff = await getStaff();
  const base = `/${locale}/personal`;
  return (
    <div className="space-y-6">
      {staff ? (
        <nav
          aria-label={t("staff.nav.label")}
          className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b-4 border-brand pb-3"
        >
          <p className="font-semibold">
            {staff.name} · <span className="text-muted">{t(`staff.roles.${staff.role}`)}</span>
          </p>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {can(staff.role, "applications.view") ? (
              <li>
                <Link href={`${base}/solicitudes`}>{t("staff.nav.applications")}</Link>
              </li>
            ) : null}
            {can(staff.role, "dashboard.view") ? (
              <li>
                <Link href={`${base}/tablero`}>{t("staff.nav.dashboard")}</Link>
              </li>
            ) : null}
            {can(staff.role, "catalogue.edit") ? (
              <li>
                <Link href={`${base}/catalogo`}>{t("catalogueWorkflow.nav")}</Link>
              </li>
            ) : null}
            {can(staff.role, "posters.manage") ? (
              <li>
                <Link href={`${base}/carteles`}>{t("posters.generatorTitle")}</Link>
              </li>
            ) : null}
            {can(staff.role, "participation.view") ? (
              <li>
                <Link href={`${base}/participacion`}>{t("participation.staff.nav")}</Link>
              </li>
            ) : null}
            {can(staff.role, "staff.manage") ? (
              <li>
                <Link href={`${base}/equipo`}>{t("staff.nav.team")}</Link>
              </li>
            ) : null}
            <li>
              <Link href={`${base}/cuenta`}>{t("staff.nav.account")}</Link>
            </li>
          </ul>
          <form action={signOutStaff.bind(null, locale)} className="ml-auto">
            <button type="submit" className="min-h-11 border-2 border-ink px-4 py-1 font-semibold">
              {t("staff.nav.signOut")}
            </button>
          </form>
        </nav>
      ) : null}
      {children}
    </div>
  );
}
