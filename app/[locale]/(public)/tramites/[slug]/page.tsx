import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SourceList } from "@/components/source-list";
import { VerifyBadge } from "@/components/verify-badge";
import { todayIn } from "@/lib/dates";
import { describeFeeRule } from "@/lib/fees/describe";
import { formatCost, formatFeeAmount } from "@/lib/fees/format";
import { groupFeesByPayment, isFree, summarizeCost } from "@/lib/fees/summary";
import { isLocale, locales, type Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { groupByState } from "@/lib/offices/ordering";
import { listOfficesForProcedure } from "@/lib/offices/queries";
import { getCatalogue, getProcedureBySlug } from "@/lib/procedures/queries";
import { DEADLINE_ANCHOR_LABELS, formatLegalRefs } from "@/lib/procedures/rules";
import { resolveSources } from "@/lib/procedures/sources";
import type { InstitutionDTO, ProcedureDTO } from "@/lib/procedures/types";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const revalidate = 3600;

export async function generateStaticParams() {
  const { procedures } = await getCatalogue();
  return procedures.map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const procedure = await getProcedureBySlug(slug);
  if (!procedure) return {};
  return {
    title: localize(procedure.title, locale),
    description: localize(procedure.summary, locale),
    alternates: {
      canonical: `/${locale}/tramites/${slug}`,
      languages: Object.fromEntries(locales.map((l) => [l, `/${l}/tramites/${slug}`])),
    },
  };
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="break-inside-avoid-page space-y-3">
      <h2 id={id} className="border-b-4 border-brand pb-1 text-2xl">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The four facts people look for first, before the details. */
function AtAGlance({ procedure, locale }: { procedure: ProcedureDTO; locale: Locale }) {
  const t = getTranslator(locale);
  const { resolution, applicantDeadline } = procedure.deadline;
  const rows: [string, React.ReactNode][] = [
    [t("procedure.glanceCost"), formatCost(summarizeCost(procedure.fees), t, locale)],
    [t("procedure.glanceRequirements"), t("procedure.requirementCount", { count: procedure.requirements.length })],
  ];
  if (resolution) rows.push([t("procedure.glanceDeadline"), `${resolution.days} ${t(`units.${resolution.unit}`)}`]);
  if (applicantDeadline)
    rows.push([t("procedure.glanceYourDeadline"), `${applicantDeadline.days} ${t(`units.${applicantDeadline.unit}`)}`]);
  return (
    <section aria-labelledby="glance-title" className="max-w-3xl border-2 border-ink p-4">
      <h2 id="glance-title" className="text-xl">
        {t("procedure.atAGlance")}
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="mb-2 sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Fees({
  procedure,
  institution,
  locale,
}: {
  procedure: ProcedureDTO;
  institution: InstitutionDTO;
  locale: Locale;
}) {
  const t = getTranslator(locale);
  const payments = groupFeesByPayment(procedure.fees);
  const ctx = {
    routes: procedure.routes,
    nationalityGroups: institution.rules?.nationalityGroups,
    rules: institution.rules,
    onDate: todayIn(institution.timeZone, new Date()),
  };
  return (
    <div className="space-y-4">
      {isFree(procedure.fees) ? <p className="text-xl font-bold text-ok">{t("procedure.free")}</p> : null}
      {payments.length > 1 ? <p>{t("procedure.paymentsIntro", { count: payments.length })}</p> : null}
      {payments.map(({ payment, fees }) => (
        <div key={payment} className="space-y-2">
          {payments.length > 1 ? <h3 className="text-lg">{t("procedure.payment", { n: payment })}</h3> : null}
          <ul className="space-y-3">
            {fees.map((fee) => {
              const rule = describeFeeRule(fee, ctx, t, locale);
              return (
                <li key={fee.position} className="border-l-4 border-line bg-surface p-3">
                  <p className="font-semibold">
                    {localize(fee.concept, locale)}
                    {fee.variant ? <span className="font-normal"> — {localize(fee.variant, locale)}</span> : null}
                  </p>
                  <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                    <dt className="text-muted">{t("procedure.feeAmount")}</dt>
                    <dd>
                      <span className="text-lg font-bold">{formatFeeAmount(fee, t, locale)}</span>{" "}
                      <span className="text-muted">({fee.year})</span>
                      {fee.verify ? <VerifyBadge locale={locale} /> : null}
                      {rule.indexNote ? <span className="block text-sm">{rule.indexNote}</span> : null}
                    </dd>
                    {rule.appliesTo ? (
                      <>
                        <dt className="text-muted">{t("procedure.feeAppliesOnly")}</dt>
                        <dd>{rule.appliesTo}</dd>
                      </>
                    ) : null}
                    <dt className="text-muted">{t("procedure.feeDue")}</dt>
                    <dd>{rule.due}</dd>
                    {rule.discounts.length ? (
                      <>
                        <dt className="text-muted">{t("procedure.feeDiscount")}</dt>
                        <dd>
                          {rule.discounts.join(" ")}
                          {fee.discounts.some((d) => d.verify) ? <VerifyBadge locale={locale} /> : null}
                        </dd>
                      </>
                    ) : null}
                    <dt className="text-muted">{t("procedure.feeLegalBasis")}</dt>
                    <dd>{fee.legalBasis}</dd>
                    {fee.exemptions ? (
                      <>
                        <dt className="text-muted">{t("procedure.exemptions")}</dt>
                        <dd>{localize(fee.exemptions, locale)}</dd>
                      </>
                    ) : null}
                  </dl>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {procedure.feeNotes ? <p>{localize(procedure.feeNotes, locale)}</p> : null}
    </div>
  );
}

function abbreviationsOf(institution: InstitutionDTO): Record<string, string> {
  return Object.fromEntries((institution.rules?.legalInstruments ?? []).map((i) => [i.id, i.abbreviation]));
}

/** Which official form(s) the procedure uses, who signs and what to select in them (forms are catalogue data). */
function FormsUsed({
  procedure,
  institution,
  locale,
}: {
  procedure: ProcedureDTO;
  institution: InstitutionDTO;
  locale: Locale;
}) {
  const t = getTranslator(locale);
  const forms = procedure.forms
    .map((use) => ({ use, form: institution.rules?.forms.find((f) => f.id === use.form) }))
    .filter(
      (x): x is { use: (typeof procedure.forms)[number]; form: NonNullable<typeof x.form> } => x.form !== undefined,
    );
  if (!forms.length) return null;
  return (
    <div>
      <h3 className="text-lg">{t("procedure.officialForm")}</h3>
      <ul className="list-disc pl-7">
        {forms.map(({ use, form }) => (
          <li key={form.id}>
            {form.url ? <a href={form.url}>{localize(form.name, locale)}</a> : localize(form.name, locale)}
            {use.selection ? (
              <span className="block">
                {t("procedure.formSelection")}: {localize(use.selection, locale)}
              </span>
            ) : null}
            {form.signedBy ? (
              <span className="block text-sm text-muted">
                {t("procedure.signedBy")}: {localize(form.signedBy, locale)}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The procedure page: everything a person needs before going to the office, printable, in their language. */
export default async function ProcedurePage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const catalogue = await getCatalogue();
  const procedure = catalogue.procedures.find((p) => p.slug === slug);
  if (!procedure) notFound();
  const category = catalogue.categories.find((c) => c.slug === procedure.categorySlug);
  const offices = await listOfficesForProcedure(procedure.slug);
  const officeStates = groupByState(offices);
  const sources = resolveSources(procedure, catalogue.sources);
  const { deadline } = procedure;
  const hasVerify =
    procedure.requirements.some((r) => r.verify) || procedure.fees.some((f) => f.verify) || deadline.verify;
  const toc = [
    ["what", t("procedure.whatIs")],
    ["requirements", t("procedure.requirements")],
    ["fees", t("procedure.fees")],
    ["deadline", t("procedure.deadline")],
    ["steps", t("procedure.steps")],
    ["offices", t("offices.whereToFile")],
    ["legal", t("procedure.legalBasis")],
    ["sources", t("procedure.sources")],
  ] as const;

  return (
    <article className="space-y-10">
      <nav aria-label={t("procedure.breadcrumb")} className="text-sm print:hidden">
        <ol className="flex flex-wrap gap-x-2 [&_a]:inline-block [&_a]:py-1">
          <li>
            <Link href={`/${locale}`}>{t("site.home")}</Link> <span aria-hidden="true">›</span>
          </li>
          <li>
            <Link href={`/${locale}/tramites`}>{t("site.procedures")}</Link> <span aria-hidden="true">›</span>
          </li>
          {category ? (
            <li>
              <Link href={`/${locale}/tramites?categoria=${category.slug}`}>{localize(category.name, locale)}</Link>
            </li>
          ) : null}
        </ol>
      </nav>

      <header className="space-y-3">
        {category ? <p className="text-muted">{localize(category.name, locale)}</p> : null}
        <h1 className="text-3xl sm:text-4xl">{localize(procedure.title, locale)}</h1>
        <p className="max-w-3xl text-xl">{localize(procedure.summary, locale)}</p>
        {hasVerify ? <p className="max-w-3xl text-sm text-muted">{t("procedure.verifyLegend")}</p> : null}
      </header>

      <AtAGlance procedure={procedure} locale={locale} />

      <div className="max-w-3xl space-y-3 print:hidden">
        <a
          href={`/${locale}/tramites/${procedure.slug}/solicitud`}
          className="inline-block min-h-12 bg-ok px-6 py-3 text-xl font-bold !text-white no-underline shadow-[0_2px_0_var(--color-ok-shadow)] hover:bg-ok-dark"
        >
          {t("procedure.apply")} →
        </a>
        <p className="text-muted">{t("procedure.applyHint")}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <a href={`/${locale}/tramites/${procedure.slug}/requisitos.pdf`} download>
              {t("procedure.checklistPdf")}
            </a>
          </li>
          <li>
            <Link href={`/${locale}/tramites/${procedure.slug}/formato`}>{t("procedure.formHtml")}</Link>
          </li>
        </ul>
      </div>

      <nav aria-labelledby="toc-title" className="border-l-4 border-line pl-4 print:hidden">
        <h2 id="toc-title" className="text-lg">
          {t("procedure.onThisPage")}
        </h2>
        <ul className="mt-1 space-y-1">
          {toc.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="what" title={t("procedure.whatIs")}>
        <p className="max-w-3xl">{localize(procedure.description, locale)}</p>
        <h3 className="text-lg">{t("procedure.whoFor")}</h3>
        <p className="max-w-3xl">{localize(procedure.audience, locale)}</p>
      </Section>

      <Section id="requirements" title={t("procedure.requirements")}>
        <p>{t("procedure.requirementsIntro")}</p>
        {procedure.routes.length ? (
          <div>
            <h3 className="text-lg">{t("procedure.routes")}</h3>
            <ul className="list-disc pl-7">
              {procedure.routes.map((r) => (
                <li key={r.id}>
                  {localize(r.name, locale)}
                  {r.available ? null : <strong> ({t("procedure.routeUnavailable")})</strong>}
                  {r.note ? <span className="block text-sm text-muted">{localize(r.note, locale)}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <FormsUsed procedure={procedure} institution={catalogue.institution} locale={locale} />
        <ol className="list-decimal space-y-4 pl-7 marker:font-bold">
          {procedure.requirements.map((r) => (
            <li key={r.position} className="pl-1">
              <p className="font-semibold">
                {localize(r.name, locale)}
                {r.verify ? <VerifyBadge locale={locale} /> : null}
              </p>
              <p className="text-sm font-semibold tracking-wide text-brand uppercase">
                {t(`procedure.presentation.${r.presentation}`)}
              </p>
              {r.condition ? (
                <p className="mt-1">
                  <strong>{t("procedure.onlyIf")}</strong> {localize(r.condition, locale)}
                </p>
              ) : null}
              {r.detail ? <p className="mt-1 text-muted">{localize(r.detail, locale)}</p> : null}
            </li>
          ))}
        </ol>
      </Section>

      <Section id="fees" title={t("procedure.fees")}>
        <Fees procedure={procedure} institution={catalogue.institution} locale={locale} />
      </Section>

      <Section id="deadline" title={t("procedure.deadline")}>
        <p className="text-lg">
          {deadline.resolution ? (
            <>
              <strong>{`${deadline.resolution.days} ${t(`units.${deadline.resolution.unit}`)}`}</strong>
              {". "}
              {t("procedure.resolution", {
                days: deadline.resolution.days,
                unit: t(`units.${deadline.resolution.unit}`),
              })}
            </>
          ) : (
            t("procedure.noResolution")
          )}
          {deadline.verify ? <VerifyBadge locale={locale} /> : null}
        </p>
        {deadline.applicantDeadline ? (
          <p>
            <strong>
              {t("procedure.applicantDeadline", {
                days: deadline.applicantDeadline.days,
                unit: t(`units.${deadline.applicantDeadline.unit}`),
              })}
            </strong>{" "}
            {localize(deadline.applicantDeadline.text, locale)}
          </p>
        ) : null}
        {deadline.more.length ? (
          <>
            <h3 className="text-lg">{t("procedure.moreDeadlines")}</h3>
            <ul className="list-disc space-y-2 pl-7">
              {deadline.more.map((m, i) => (
                <li key={i}>
                  <strong>
                    {t(m.direction === "before" ? "procedure.deadlineBefore" : "procedure.deadlineAfter", {
                      days: m.days,
                      unit: t(m.unit === "business" ? "procedure.unitBusiness" : "procedure.unitCalendar"),
                      anchor: localize(DEADLINE_ANCHOR_LABELS[m.anchor], locale),
                    })}
                  </strong>
                  {m.verify ? <VerifyBadge locale={locale} /> : null}
                  <span className="block">{localize(m.text, locale)}</span>
                  <span className="block text-sm text-muted">
                    {t("procedure.feeLegalBasis")}:{" "}
                    {formatLegalRefs(m.legalBasis, abbreviationsOf(catalogue.institution), locale)}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <h3 className="text-lg">{t("procedure.ifNoAnswer")}</h3>
        <p className="max-w-3xl">{localize(deadline.silenceText, locale)}</p>
        {deadline.notes ? <p className="max-w-3xl">{localize(deadline.notes, locale)}</p> : null}
        <p className="text-sm text-muted">
          {t("procedure.feeLegalBasis")}: {deadline.legalBasis}
        </p>
      </Section>

      <Section id="steps" title={t("procedure.steps")}>
        <ol className="space-y-4">
          {procedure.steps.map((s, index) => (
            <li key={s.position} className="flex gap-3">
              <span
                aria-hidden="true"
                className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand font-bold text-white print:border print:border-black print:bg-white print:text-black"
              >
                {index + 1}
              </span>
              <div>
                <h3 className="text-lg">
                  <span className="sr-only">{index + 1}. </span>
                  {localize(s.title, locale)}
                </h3>
                <p>{localize(s.detail, locale)}</p>
              </div>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="offices" title={t("offices.whereToFile")}>
        <p>{t("offices.whereToFileIntro", { count: offices.length })}</p>
        <ul className="space-y-1">
          {officeStates.map((s) => (
            <li key={s.stateCode}>
              <span className="font-semibold">{s.stateName}:</span>{" "}
              {s.offices.map((o, i) => (
                <span key={o.slug}>
                  {i > 0 ? ", " : null}
                  <Link href={`/${locale}/oficinas/${o.slug}`} className="inline-block py-1">
                    {o.city}
                  </Link>
                </span>
              ))}
            </li>
          ))}
        </ul>
        <p className="print:hidden">
          <Link href={`/${locale}/oficinas`}>{t("offices.allOffices")}</Link>
        </p>
      </Section>

      <Section id="legal" title={t("procedure.legalBasis")}>
        <ul className="list-disc space-y-1 pl-6">
          {procedure.legalBasis.map((basis) => (
            <li key={basis}>{basis}</li>
          ))}
        </ul>
        {procedure.codes.conamer || procedure.codes.gobMx ? (
          <>
            <h3 className="text-lg">{t("procedure.codes")}</h3>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3">
              {procedure.codes.conamer ? (
                <>
                  <dt className="text-muted">{t("procedure.conamer")}</dt>
                  <dd className="font-mono">{procedure.codes.conamer}</dd>
                </>
              ) : null}
              {procedure.codes.gobMx ? (
                <>
                  <dt className="text-muted">{t("procedure.gobMx")}</dt>
                  <dd className="font-mono">{procedure.codes.gobMx}</dd>
                </>
              ) : null}
            </dl>
          </>
        ) : null}
      </Section>

      <Section id="sources" title={t("procedure.sources")}>
        <SourceList sources={sources} locale={locale} />
        <p className="text-muted">
          {t("procedure.lastReviewed", { date: formatDate(procedure.lastReviewed, locale) })}
        </p>
        <p className="hidden text-sm print:block">{t("procedure.printHint")}</p>
      </Section>
    </article>
  );
}
