import { pageAlternates } from "@/lib/i18n/alternates";
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { VerifyBadge } from "@/components/verify-badge";
import { isLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { geoUri } from "@/lib/offices/map-links";
import { listOfficesByState } from "@/lib/offices/queries";
import { getCatalogue } from "@/lib/procedures/queries";

type Props = { params: Promise<{ locale: string }> };

// CATALOGUE_FRESH_SECONDS (lib/cache/freshness.ts): Next reads this segment option only as a literal.
export const revalidate = 60;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return {
    title: t("offices.title"),
    description: t("offices.intro"),
    alternates: pageAlternates(locale, `/oficinas`),
  };
}

/**
 * The office directory, by state, with a list of states to jump to (plain anchors, no JavaScript).
 * Each office gets a compact entry (the full details and the OpenStreetMap link are on its own page):
 * 40 offices in the detailed layout made a DOM whose hydration cost ~600 ms of blocking time on a
 * Lighthouse mobile run.
 */
export default async function OfficesPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const [states, { institution }] = await Promise.all([listOfficesByState(), getCatalogue()]);
  const nationalPhone = institution.contact.phone.replace(/[^\d+]/g, "");

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl sm:text-4xl">{t("offices.title")}</h1>
        <p className="max-w-3xl text-lg">{t("offices.intro")}</p>
        <p className="max-w-3xl text-sm text-muted">{t("offices.verifyLegend")}</p>
      </header>

      <nav aria-labelledby="states-title" className="border-l-4 border-line pl-4 print:hidden">
        <h2 id="states-title" className="text-lg">
          {t("offices.jumpToState")}
        </h2>
        <ul className="mt-1 flex flex-wrap gap-x-4 [&_a]:inline-block [&_a]:py-1">
          {states.map((s) => (
            <li key={s.stateCode}>
              <a href={`#estado-${s.stateCode.toLowerCase()}`}>{s.stateName}</a>
            </li>
          ))}
        </ul>
      </nav>

      {states.map((s) => (
        <section key={s.stateCode} aria-labelledby={`estado-${s.stateCode.toLowerCase()}`} className="space-y-4">
          <h2 id={`estado-${s.stateCode.toLowerCase()}`} className="border-b-4 border-brand pb-1 text-2xl">
            {s.stateName}
          </h2>
          <ul className="space-y-6">
            {s.offices.map((office) => (
              <li key={office.slug} className="border-l-4 border-line pl-4">
                <h3 className="text-xl">
                  <Link href={`/${locale}/oficinas/${office.slug}`}>{localize(office.name, locale)}</Link>
                </h3>
                <p>
                  {office.address ?? t("offices.addressUnknown")}, {office.city}
                  {office.verify ? <VerifyBadge locale={locale} /> : null}
                </p>
                <p>
                  {localize(office.hours, locale)} {t("offices.phone")}:{" "}
                  {office.phone ?? <a href={`tel:${nationalPhone}`}>{institution.contact.phone}</a>}
                </p>
                <p className="flex flex-wrap gap-x-6 [&_a]:inline-block [&_a]:py-1">
                  <a href={geoUri(office)}>{t("offices.openMap")}</a>
                  <Link href={`/${locale}/tramites?oficina=${office.slug}`}>
                    {t("offices.seeProcedures", { count: office.procedureSlugs.length })}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
