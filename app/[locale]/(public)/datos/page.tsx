import { pageAlternates } from "@/lib/i18n/alternates";
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { getTranslator, type Translate } from "@/lib/i18n/messages";
import { DATASETS } from "@/lib/open-data/datasets";
import { allVersions } from "@/lib/open-data/sources";
import type { DatasetDef, DatasetGroup, DatasetVersion } from "@/lib/open-data/types";

type Props = { params: Promise<{ locale: string }> };

// The last-update dates move with the data: rebuilt at most every 5 minutes.
export const revalidate = 300;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("openData.title"), alternates: pageAlternates(locale, "/datos") };
}

const GROUP_TITLES: Record<
  DatasetGroup,
  "openData.catalogueTitle" | "openData.statisticsTitle" | "openData.historyTitle"
> = {
  catalogue: "openData.catalogueTitle",
  statistics: "openData.statisticsTitle",
  history: "openData.historyTitle",
};

function DatasetEntry({
  dataset,
  version,
  locale,
  t,
}: {
  dataset: DatasetDef;
  version?: DatasetVersion;
  locale: Locale;
  t: Translate;
}) {
  const name = dataset.title[locale];
  return (
    <li className="space-y-2 border-l-4 border-line pl-4">
      <h3 className="text-xl">{name}</h3>
      <p>{dataset.description[locale]}</p>
      <p className="flex flex-wrap gap-x-6 gap-y-1">
        {(["csv", "json"] as const).map((format) => (
          <a key={format} href={`/api/v1/datos/${dataset.name}.${format}`} download>
            {dataset.name}.{format}
          </a>
        ))}
      </p>
      {version && version.lastModified.getTime() > 0 ? (
        <p className="text-sm text-muted">
          {t("openData.updated", { date: formatDate(version.lastModified.toISOString().slice(0, 10), locale) })}
        </p>
      ) : null}
      <details>
        <summary className="cursor-pointer text-link underline">
          {t("openData.fields", { name, count: dataset.fields.length })}
        </summary>
        <div
          className="mt-2 overflow-x-auto"
          role="region"
          aria-label={t("openData.fields", { name, count: dataset.fields.length })}
          tabIndex={0}
        >
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-1 pr-3">
                  {t("openData.field")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("openData.type")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("openData.description")}
                </th>
                <th scope="col" className="py-1">
                  {t("openData.unit")}
                </th>
              </tr>
            </thead>
            <tbody>
              {dataset.fields.map((field) => (
                <tr key={field.name} className="border-b border-line align-top">
                  <th scope="row" className="py-1 pr-3 font-mono font-normal">
                    {field.name}
                  </th>
                  <td className="py-1 pr-3">{field.type}</td>
                  <td className="py-1 pr-3">{field.description[locale]}</td>
                  <td className="py-1">{field.unit?.[locale] ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </li>
  );
}

/** Open data: every file with its formats, last update and dictionary, the licence and the privacy rule. */
export default async function OpenDataPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const versions = await allVersions();
  const groups: DatasetGroup[] = ["catalogue", "statistics", "history"];
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-3xl sm:text-4xl">{t("openData.title")}</h1>
      <p className="text-lg">{t("openData.intro")}</p>
      <section aria-labelledby="package" className="space-y-2">
        <h2 id="package" className="text-2xl">
          {t("openData.packageTitle")}
        </h2>
        <p>{t("openData.packageText")}</p>
        <p>
          <a href="/api/v1/datos/datapackage.json">{t("openData.packageLink")}</a>
        </p>
      </section>
      {groups.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`} className="space-y-4">
          <h2 id={`group-${group}`} className="text-2xl">
            {t(GROUP_TITLES[group])}
          </h2>
          <ul className="space-y-6">
            {DATASETS.filter((d) => d.group === group).map((dataset) => (
              <DatasetEntry
                key={dataset.name}
                dataset={dataset}
                version={versions.get(dataset.name)}
                locale={locale}
                t={t}
              />
            ))}
          </ul>
          {group === "statistics" ? (
            <p>
              <Link href={`/${locale}/estadisticas`}>{t("openData.statsLink")}</Link>
            </p>
          ) : null}
        </section>
      ))}
      <section aria-labelledby="privacy" className="space-y-2">
        <h2 id="privacy" className="text-2xl">
          {t("openData.privacyTitle")}
        </h2>
        <p>{t("openData.privacy")}</p>
      </section>
      <section aria-labelledby="license" className="space-y-2">
        <h2 id="license" className="text-2xl">
          {t("openData.licenseTitle")}
        </h2>
        <p>{t("openData.license")}</p>
        <h2 className="text-2xl">{t("openData.apiTitle")}</h2>
        <p>{t("openData.api")}</p>
      </section>
    </div>
  );
}
