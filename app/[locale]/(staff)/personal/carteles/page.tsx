import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/data-table";
import { ActionForm } from "@/components/staff/action-form";
import { requestOrigin } from "@/lib/http/request-client";
import { requireStaffPage } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { listOffices } from "@/lib/offices/queries";
import { normalizeShortCode } from "@/lib/posters/codes";
import { shortUrl } from "@/lib/posters/poster-content";
import { displayUrl } from "@/lib/posters/qr";
import { listPosterScans, resolveShortLink } from "@/lib/posters/queries";
import { POSTER_FILES } from "@/lib/posters/schemas";
import type { PosterScansDTO } from "@/lib/posters/types";
import { getCatalogue } from "@/lib/procedures/queries";
import { generatePoster } from "./actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("posters.generatorTitle"), robots: { index: false } };
}

const FILE_KEYS = { "cartel-a4.pdf": "a4", "cartel-a3.pdf": "a3", "qr.svg": "svg", "qr.png": "png" } as const;

/** Staff: generate a counter poster (procedure, office or general) and see anonymous scan counts. */
export default async function PostersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const staff = await requireStaffPage(locale, "posters.manage");
  const t = getTranslator(locale);
  const rawCode = (await searchParams).codigo;
  const code = normalizeShortCode(Array.isArray(rawCode) ? rawCode[0] : rawCode);
  const [catalogue, offices, scans, ready, origin] = await Promise.all([
    getCatalogue(),
    listOffices(),
    listPosterScans(staff),
    code ? resolveShortLink(code) : Promise.resolve(null),
    requestOrigin(),
  ]);
  const procedureTitle = new Map(catalogue.procedures.map((p) => [p.slug, localize(p.title, locale)]));
  const officeName = new Map(offices.map((o) => [o.slug, localize(o.name, locale)]));
  const base = `/${locale}/personal/carteles`;
  const posterName = (p: {
    kind: PosterScansDTO["kind"];
    procedureSlug?: string | null;
    officeSlug?: string | null;
  }) =>
    p.kind === "procedure"
      ? (procedureTitle.get(p.procedureSlug ?? "") ?? p.procedureSlug)
      : p.kind === "office"
        ? (officeName.get(p.officeSlug ?? "") ?? p.officeSlug)
        : t("posters.kinds.general");

  return (
    <div className="max-w-4xl space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl sm:text-4xl">{t("posters.generatorTitle")}</h1>
        <p className="text-lg">{t("posters.generatorIntro")}</p>
      </header>

      {ready ? (
        <section aria-labelledby="ready-title" className="space-y-3 border-l-8 border-ok bg-surface p-4">
          <h2 id="ready-title" className="text-2xl">
            {t("posters.readyTitle")}: {posterName(ready)}
          </h2>
          <p>
            {t("posters.shortUrl")}:{" "}
            <span className="font-mono text-lg font-bold" data-testid="short-url">
              {displayUrl(shortUrl(origin, ready.code))}
            </span>
          </p>
          <ul className="flex flex-wrap gap-x-6 gap-y-2 [&_a]:inline-block [&_a]:py-1">
            {POSTER_FILES.map((file) => (
              <li key={file}>
                <a href={`${base}/${ready.code}/${file}`} download>
                  {t(`posters.files.${FILE_KEYS[file]}`)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="generate-title" className="space-y-3">
        <h2 id="generate-title" className="text-2xl">
          {t("posters.generate")}
        </h2>
        <ActionForm
          id="poster"
          action={generatePoster.bind(null, locale)}
          locale={locale}
          messages={["posters.errors"]}
          submit={{ label: t("posters.generate"), pending: t("posters.generating") }}
          fields={[
            {
              kind: "select",
              name: "kind",
              label: t("posters.kindLabel"),
              options: (["procedure", "office", "general"] as const).map((k) => ({
                value: k,
                label: t(`posters.kinds.${k}`),
              })),
            },
            {
              kind: "select",
              name: "procedure",
              label: t("posters.procedureLabel"),
              options: [
                { value: "", label: "—" },
                ...catalogue.procedures.map((p) => ({ value: p.slug, label: localize(p.title, locale) })),
              ],
            },
            {
              kind: "select",
              name: "office",
              label: t("posters.officeLabel"),
              options: [
                { value: "", label: t("posters.noOffice") },
                ...offices.map((o) => ({ value: o.slug, label: `${o.stateName} — ${localize(o.name, locale)}` })),
              ],
            },
          ]}
        />
        <p className="text-muted">{t("posters.officeHint")}</p>
      </section>

      <section aria-labelledby="scans-title" className="space-y-4">
        <h2 id="scans-title" className="text-2xl">
          {t("posters.scansTitle")}
        </h2>
        <p>{t("posters.scansIntro")}</p>
        {scans.posters.length === 0 ? (
          <p>{t("posters.noScans")}</p>
        ) : (
          <>
            <DataTable
              id="scans-per-poster"
              caption={t("posters.scansPerPoster")}
              captionVisible
              columns={[
                { label: t("posters.colPoster") },
                { label: t("posters.colCode"), className: "font-mono" },
                { label: t("posters.colOffice") },
                { label: t("posters.colTotal"), numeric: true },
                { label: t("posters.colLast7"), numeric: true },
                { label: t("posters.colLastDay") },
              ]}
              rows={scans.posters.map((p) => ({
                key: p.code,
                cells: [
                  posterName(p),
                  <a key="code" href={`${base}?codigo=${p.code}`}>
                    {p.code}
                  </a>,
                  p.officeSlug ? officeName.get(p.officeSlug) : t("posters.withoutOffice"),
                  p.total,
                  p.last7Days,
                  p.lastScanDay ? formatDate(p.lastScanDay, locale) : "—",
                ],
              }))}
            />
            <DataTable
              id="scans-per-office"
              caption={t("posters.scansPerOffice")}
              captionVisible
              columns={[
                { label: t("posters.colOffice"), rowHeader: true },
                { label: t("posters.colTotal"), numeric: true },
                { label: t("posters.colLast7"), numeric: true },
              ]}
              rows={scans.offices.map((o) => ({
                key: o.officeSlug ?? "-",
                cells: [o.officeSlug ? officeName.get(o.officeSlug) : t("posters.withoutOffice"), o.total, o.last7Days],
              }))}
            />
          </>
        )}
      </section>
    </div>
  );
}
