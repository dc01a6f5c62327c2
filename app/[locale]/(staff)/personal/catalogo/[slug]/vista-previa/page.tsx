import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/components/link";
import { DraftProblems } from "@/components/catalogue/draft-problems";
import { ProcedureView } from "@/components/procedures/procedure-view";
import { requireStaffPage } from "@/lib/auth/session";
import { getDraftPreview } from "@/lib/catalogue/staff-queries";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import { listOffices } from "@/lib/offices/queries";
import { getCatalogue } from "@/lib/procedures/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("catalogueWorkflow.preview.title"), robots: { index: false, follow: false } };
}

/**
 * The draft as the public procedure page will show it once published, rendered by the same conversion and
 * components, under a banner that cannot be mistaken for the public page. Staff only, never cached
 * (next.config.ts sends `private, no-store` for everything under /personal).
 */
export default async function PreviewPage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const staff = await requireStaffPage(locale, "catalogue.edit");
  const t = getTranslator(locale);
  const preview = await getDraftPreview(staff, slug);
  if (!preview) notFound();
  const base = `/${locale}/personal/catalogo/${slug}`;
  const procedure = preview.procedure;
  const catalogue = await getCatalogue();
  const offices = procedure ? (await listOffices()).filter((o) => procedure.officeSlugs?.includes(o.slug)) : [];
  return (
    <div className="space-y-8">
      <div role="note" className="space-y-2 border-8 border-error bg-surface p-4" data-testid="preview-banner">
        <p className="text-2xl font-bold">{t("catalogueWorkflow.preview.banner")}</p>
        <p>{t("catalogueWorkflow.preview.bannerHint")}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 [&_a]:inline-block [&_a]:py-2">
          <li>
            <Link href={`${base}/editar`}>{t("catalogueWorkflow.review.edit")}</Link>
          </li>
          <li>
            <Link href={`${base}/revision`}>{t("catalogueWorkflow.preview.review")}</Link>
          </li>
          {procedure ? (
            <li>
              <a href={`${base}/vista-previa/requisitos.pdf`} download>
                {t("catalogueWorkflow.preview.pdf")}
              </a>
            </li>
          ) : null}
        </ul>
      </div>
      {preview.problems ? <DraftProblems problems={preview.problems} locale={locale} slug={slug} /> : null}
      {procedure ? (
        <ProcedureView
          procedure={procedure}
          catalogue={catalogue}
          sources={preview.sources}
          offices={offices}
          locale={locale}
          mode="preview"
        />
      ) : (
        <p className="max-w-3xl">{t("catalogueWorkflow.preview.cannotRender")}</p>
      )}
    </div>
  );
}
