import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/components/link";
import { DraftProblems } from "@/components/catalogue/draft-problems";
import { ActionForm } from "@/components/staff/action-form";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { describeChanges } from "@/lib/catalogue/diff";
import { changeNames } from "@/lib/catalogue/history";
import { MAX_NOTE_LENGTH } from "@/lib/catalogue/schemas";
import { getDraftReview } from "@/lib/catalogue/staff-queries";
import { listProcedureVersions } from "@/lib/catalogue/versions";
import { AUTHORITY_TIME_ZONE } from "@/lib/dates";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format-date";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { listOffices } from "@/lib/offices/queries";
import { getCatalogue } from "@/lib/procedures/queries";
import { publish, sendBack } from "./actions";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("catalogueWorkflow.review.title"), robots: { index: false } };
}

/** After publishing: what the public sees now, read back from the published record. */
async function Published({ locale, slug, number }: { locale: Locale; slug: string; number: number }) {
  const t = getTranslator(locale);
  const versions = (await listProcedureVersions(slug)) ?? [];
  const version = versions.find((v) => v.number === number);
  // Only what was just published reads here: the version in force or a scheduled one, never an older one.
  if (!version || (!version.isLive && !version.isScheduled)) notFound();
  const live = versions.find((v) => v.isLive);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl">{t("catalogueWorkflow.done.title", { number })}</h1>
      <div role="status" className="space-y-2 border-l-8 border-ok bg-surface p-4">
        <p className="font-semibold">
          {version.isScheduled
            ? t("catalogueWorkflow.done.scheduled", {
                title: localize(version.title, locale),
                number,
                date: formatDateTime(version.effectiveAt, locale, "long"),
              })
            : t("catalogueWorkflow.done.live", { title: localize(version.title, locale), number })}
        </p>
        <p>
          {version.isScheduled
            ? live
              ? t("catalogueWorkflow.done.untilThen", { number: live.number })
              : t("catalogueWorkflow.done.untilThenNone")
            : t("catalogueWorkflow.done.refresh")}
        </p>
      </div>
      <ul className="space-y-1 [&_a]:inline-block [&_a]:py-1">
        <li>
          <Link href={`/${locale}/tramites/${slug}`}>{t("catalogueWorkflow.done.publicPage")}</Link>
        </li>
        <li>
          <Link href={`/${locale}/personal/catalogo`}>{t("catalogueWorkflow.back")}</Link>
        </li>
      </ul>
    </div>
  );
}

/**
 * A draft under review: what changes in plain words, the editors' note, who edited it and what it starts
 * from; publishers publish it (now or from a date) or send it back, editors read the same page.
 */
export default async function ReviewPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const staff = await requireStaffPage(locale, "catalogue.edit");
  const t = getTranslator(locale);
  const query = await searchParams;
  const published = Number(query.publicada);
  if (Number.isInteger(published) && published > 0) return <Published locale={locale} slug={slug} number={published} />;
  const review = await getDraftReview(staff, slug);
  const base = `/${locale}/personal/catalogo/${slug}`;
  if (!review)
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl">{t("catalogueWorkflow.review.title")}</h1>
        <p>{t("catalogueWorkflow.review.noDraft", { slug })}</p>
        <p>
          <Link href={`/${locale}/personal/catalogo`}>{t("catalogueWorkflow.back")}</Link>
        </p>
      </div>
    );
  const isPublisher = can(staff.role, "catalogue.publish");
  const [catalogue, offices] = await Promise.all([getCatalogue(), listOffices()]);
  const sentences = describeChanges(review.changes, locale, changeNames(catalogue, offices));
  const title = review.title ? localize(review.title, locale) : slug;
  const isStale = (review.latest?.number ?? null) !== review.baseVersion;
  const hidden = { kind: "hidden", name: "revision", value: String(review.revision) } as const;
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-2">
        <p>
          <Link href={`/${locale}/personal/catalogo`}>{t("catalogueWorkflow.back")}</Link>
        </p>
        <h1 className="text-3xl">{t("catalogueWorkflow.review.heading", { title })}</h1>
        {query.devuelta ? (
          <p role="status" className="border-l-8 border-ok bg-surface p-3 font-semibold">
            {t("catalogueWorkflow.review.returned")}
          </p>
        ) : null}
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] [&_dt]:font-bold">
          <dt>{t("catalogueWorkflow.review.status")}</dt>
          <dd>
            {t(
              review.status === "submitted"
                ? "catalogueWorkflow.list.draftSubmitted"
                : "catalogueWorkflow.list.draftEditing",
            )}
          </dd>
          <dt>{t("catalogueWorkflow.review.editors")}</dt>
          <dd>{review.editors.length ? review.editors.join(", ") : t("catalogueWorkflow.list.notEdited")}</dd>
          <dt>{t("catalogueWorkflow.review.base")}</dt>
          <dd>
            {review.baseVersion === null
              ? t("catalogueWorkflow.review.baseNew")
              : t("catalogueWorkflow.review.baseVersion", { number: review.baseVersion })}
          </dd>
          <dt>{t("catalogueWorkflow.review.saved")}</dt>
          <dd>{formatDateTime(review.updatedAt, locale)}</dd>
        </dl>
        {isStale && review.latest ? (
          <p className="border-l-8 border-error p-3 font-semibold">
            {t("catalogueWorkflow.review.stale", { number: review.latest.number })}
          </p>
        ) : null}
        {review.reviewComment ? (
          <div className="border-l-8 border-line p-3">
            <h2 className="text-lg">{t("catalogueWorkflow.review.comment")}</h2>
            <p className="whitespace-pre-line">{review.reviewComment}</p>
          </div>
        ) : null}
        <ul className="flex flex-wrap gap-x-6 gap-y-1 [&_a]:inline-block [&_a]:py-2">
          <li>
            <Link href={`${base}/vista-previa`}>{t("catalogueWorkflow.review.preview")}</Link>
          </li>
          <li>
            <Link href={`${base}/editar`}>{t("catalogueWorkflow.review.edit")}</Link>
          </li>
        </ul>
      </header>

      <section aria-labelledby="changes-title" className="max-w-3xl space-y-3">
        <h2 id="changes-title" className="text-2xl">
          {review.baseVersion === null
            ? t("catalogueWorkflow.review.changesNew")
            : t("catalogueWorkflow.review.changes", { number: review.latest?.number ?? review.baseVersion })}
        </h2>
        {review.problems ? (
          <DraftProblems problems={review.problems} locale={locale} slug={slug} />
        ) : sentences.length ? (
          <ul className="list-disc space-y-1 pl-6" data-testid="changes">
            {sentences.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        ) : (
          <p>{t("catalogueWorkflow.review.noChanges")}</p>
        )}
        <h3 className="text-lg">{t("catalogueWorkflow.review.note")}</h3>
        <p className="whitespace-pre-line" data-testid="note">
          {review.note || t("catalogueWorkflow.review.noNote")}
        </p>
      </section>

      {review.status !== "submitted" ? (
        <p className="max-w-3xl">{t("catalogueWorkflow.review.notSubmitted")}</p>
      ) : isPublisher ? (
        <div className="grid max-w-5xl gap-8 lg:grid-cols-2">
          <section aria-labelledby="publish-title" className="space-y-3">
            <h2 id="publish-title" className="text-2xl">
              {t("catalogueWorkflow.publish.title")}
            </h2>
            {review.isEditor ? (
              <p className="border-l-8 border-error p-3 font-semibold">{t("catalogueWorkflow.publish.ownDraft")}</p>
            ) : null}
            <p>{t("catalogueWorkflow.publish.intro", { zone: AUTHORITY_TIME_ZONE })}</p>
            <ActionForm
              id="publish"
              action={publish.bind(null, locale, slug, review.id)}
              locale={locale}
              messages={["catalogueWorkflow.publish", "catalogue.errors"]}
              fields={[
                hidden,
                {
                  kind: "date",
                  name: "effectiveDate",
                  label: t("catalogueWorkflow.publish.date"),
                  hint: t("catalogueWorkflow.publish.dateHint"),
                },
                {
                  kind: "time",
                  name: "effectiveTime",
                  label: t("catalogueWorkflow.publish.time"),
                  hint: t("catalogueWorkflow.publish.timeHint"),
                },
              ]}
              submit={{ label: t("catalogueWorkflow.publish.submit"), pending: t("staff.pending") }}
            />
          </section>
          <section aria-labelledby="return-title" className="space-y-3">
            <h2 id="return-title" className="text-2xl">
              {t("catalogueWorkflow.sendBack.title")}
            </h2>
            <p>{t("catalogueWorkflow.sendBack.intro")}</p>
            <ActionForm
              id="return"
              action={sendBack.bind(null, locale, slug, review.id)}
              locale={locale}
              messages={["catalogueWorkflow.publish", "catalogue.errors"]}
              fields={[
                hidden,
                {
                  kind: "textarea",
                  name: "comment",
                  label: t("catalogueWorkflow.sendBack.comment"),
                  hint: t("catalogueWorkflow.sendBack.commentHint"),
                  maxLength: MAX_NOTE_LENGTH,
                },
              ]}
              submit={{ label: t("catalogueWorkflow.sendBack.submit"), pending: t("staff.pending"), tone: "secondary" }}
            />
          </section>
        </div>
      ) : (
        <p className="max-w-3xl">{t("catalogueWorkflow.review.readOnly")}</p>
      )}
    </div>
  );
}
