import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import "../globals.css";
import { PageFeedback } from "@/components/participation/page-feedback";
import { sendFeedbackComment } from "./(public)/opinion/actions";
import { pageFeedbackTexts } from "@/components/participation/texts";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { guideResultIds } from "@/lib/guide/data";
import { publicOrigin } from "@/lib/http/public-origin";
import { isLocale, locales } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import { listOffices } from "@/lib/offices/queries";
import { getCatalogue } from "@/lib/procedures/queries";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return {
    // Canonical and hreflang addresses are absolute on the public address (PUBLIC_BASE_URL).
    metadataBase: new URL(publicOrigin()),
    title: { default: `${t("site.name")} · ${t("site.tagline")}`, template: `%s · ${t("site.name")}` },
    description: t("home.intro"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#611232" };

/** Root layout per language: `lang` is right on every page, and header and footer speak that language. */
export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const [{ institution, procedures }, offices] = await Promise.all([getCatalogue(), listOffices()]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans">
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 pt-6 focus:outline-none">
          {children}
        </main>
        <PageFeedback
          locale={locale}
          procedureSlugs={procedures.map((p) => p.slug)}
          officeSlugs={offices.map((o) => o.slug)}
          guideResultIds={guideResultIds()}
          texts={pageFeedbackTexts(locale, institution.contact.privacy)}
          commentAction={sendFeedbackComment}
        />
        <SiteFooter locale={locale} institution={institution} />
      </body>
    </html>
  );
}
