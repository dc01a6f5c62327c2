import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/staff/action-form";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { localize } from "@/lib/i18n/localize";
import { getMessages, getTranslator, type MessageKey, type Translate } from "@/lib/i18n/messages";
import { listOffices } from "@/lib/offices/queries";
import { EXPORT_FILES } from "@/lib/participation/export";
import { getPageFigures, getSurveyFigures, LIST_LIMIT, listPageComments, listSurveyAnswers } from "@/lib/participation/queries";
import { filtersFromQuery, NOTE_MAX } from "@/lib/participation/schemas";
import { SATISFACTION_TARGET, type PageCommentDTO, type SurveyCommentDTO } from "@/lib/participation/types";
import { getCatalogue } from "@/lib/procedures/queries";
import { formatMonth, formatNumber } from "@/lib/statistics/format";
import { markHandled } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("participation.staff.title"), robots: { index: false } };
}

const cell = "px-3 py-2";
const num = `${cell} text-right tabular-nums`;
const pct = (value: number, locale: Locale) => `${formatNumber(value, locale, 1)} %`;

function HandledState({ item, locale, t }: { item: PageCommentDTO | SurveyCommentDTO; locale: Locale; t: Translate }) {
  if (!item.handledAt) return <p className="font-semibold text-warn">{t("participation.staff.open")}</p>;
  return (
    <div className="border-l-4 border-ok pl-3">
      <p className="font-semibold">{t("participation.staff.handled", { name: item.handledByName ?? "—", date: formatDate(item.handledAt.slice(0, 10), locale) })}</p>
      <p>
        <span className="font-semibold">{t("participation.staff.handledNote")}:</span> {item.handledNote}
      </p>
    </div>
  );
}

type Column = { label: string; numeric?: boolean };

/** A scrollable figures table: one header row, one row per cell of the grouping. */
function FiguresTable({ labelledBy, columns, rows, testId }: { labelledBy: string; columns: Column[]; rows: { key: string; cells: ReactNode[] }[]; testId?: string }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      <table className="w-full border-collapse text-left" data-testid={testId}>
        <thead>
          <tr className="border-b-2 border-ink">
            {columns.map((c) => (
              <th key={c.label} scope="col" className={c.numeric ? num : cell}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-line">
              {row.cells.map((content, i) => (
                <td key={columns[i]!.label} className={columns[i]!.numeric ? num : cell}>
                  {content}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A filter of the GET form: "all" first, then the options. */
function FilterSelect({ id, label, value, any, options }: { id: string; label: string; value: string; any: string; options: { value: string; label: string }[] }) {
  return (
    <div>
      <label htmlFor={id} className="font-bold">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value} className="mt-1 block min-h-11 w-full border-2 border-ink px-2 py-1">
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Staff view of participation: satisfaction against the 80 % target per procedure, office and month,
 * "useful page" shares, the flags (asked for something not on the list) and every comment, each of which
 * a supervisor can mark as handled with a note. Filters are a plain GET form; CSV exports keep them.
 */
export default async function ParticipationPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const staff = await requireStaffPage(locale, "participation.view");
  const t = getTranslator(locale);
  const query = await searchParams;
  const [offices, { procedures }] = await Promise.all([listOffices(), getCatalogue()]);
  const filters = filtersFromQuery(query, offices);
  const [total, cube, pagesTotal, pageRows, flags, surveyAnswers, pageComments] = await Promise.all([
    getSurveyFigures(filters, [], staff),
    getSurveyFigures(filters, ["month", "procedure", "office"], staff),
    getPageFigures(filters, [], staff),
    getPageFigures(filters, ["month", "path"], staff),
    listSurveyAnswers(filters, { onlyFlags: true }, staff),
    listSurveyAnswers(filters, {}, staff),
    listPageComments(filters, staff),
  ]);
  const surveyComments = surveyAnswers.filter((a) => !a.askedExtra);
  const canHandle = can(staff.role, "participation.handle");
  const procedureTitle = (slug: string | null) => {
    const found = procedures.find((p) => p.slug === slug);
    return found ? localize(found.title, locale) : (slug ?? "—");
  };
  const officeName = (id: number | null) => {
    const found = offices.find((o) => o.id === id);
    return found ? `${found.stateName} · ${localize(found.name, locale)}` : t("participation.staff.noOffice");
  };
  const keep = new URLSearchParams();
  for (const key of ["procedure", "office", "from", "to"] as const) {
    const value = query[key];
    if (typeof value === "string" && value) keep.set(key, value);
  }
  const backQuery = keep.toString();
  const survey = getMessages(locale).participation.survey.fields;
  const overall = total[0];
  const pagesOverall = pagesTotal[0];
  const input = "mt-1 block min-h-11 w-full border-2 border-ink px-2 py-1";

  const handleForm = (item: PageCommentDTO | SurveyCommentDTO) =>
    canHandle && !item.handledAt ? (
      <ActionForm
        id={`handle-${item.kind}-${item.id}`}
        action={markHandled.bind(null, locale, backQuery)}
        errorTitle={t("participation.staff.errorTitle")}
        fields={[
          { kind: "hidden", name: "kind", value: item.kind },
          { kind: "hidden", name: "id", value: String(item.id) },
          { kind: "hidden", name: "version", value: String(item.version) },
          { kind: "textarea", name: "note", label: t("participation.staff.note"), hint: t("participation.staff.noteHint"), maxLength: NOTE_MAX },
        ]}
        submit={{ label: t("participation.staff.markHandled"), pending: t("participation.staff.marking"), tone: "secondary" }}
      />
    ) : null;

  const surveyItem = (a: SurveyCommentDTO) => (
    <li key={a.id} id={`survey-${a.id}`} className="space-y-3 border-2 border-line p-4" data-testid="survey-answer">
      <p className="font-semibold">
        {procedureTitle(a.procedureSlug)} · {officeName(a.officeId)} · {formatMonth(a.month, locale, "long")}
      </p>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("participation.staff.outcome")}</dt>
        <dd>{t(`status.${a.outcome}.label` as MessageKey)}</dd>
        <dt className="font-semibold">{t("participation.staff.satisfaction")}</dt>
        <dd>{survey.satisfaction.options[String(a.satisfaction) as "1"]}</dd>
        <dt className="font-semibold">{t("participation.staff.requirementsList")}</dt>
        <dd>{a.requirementsComplete ? t("participation.staff.complete") : t("participation.staff.incomplete")}</dd>
        <dt className="font-semibold">{t("participation.staff.officeTime")}</dt>
        <dd>{survey.officeTime.options[a.officeTime as "1_2h"] ?? a.officeTime}</dd>
        {a.extraDetail ? (
          <>
            <dt className="font-semibold">{t("participation.staff.extraDetail")}</dt>
            <dd className="whitespace-pre-line">{a.extraDetail}</dd>
          </>
        ) : null}
        {a.comment ? (
          <>
            <dt className="font-semibold">{t("participation.staff.comment")}</dt>
            <dd className="whitespace-pre-line">{a.comment}</dd>
          </>
        ) : null}
      </dl>
      <HandledState item={a} locale={locale} t={t} />
      {handleForm(a)}
    </li>
  );

  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-3xl">{t("participation.staff.title")}</h1>
        <p className="max-w-3xl">{t("participation.staff.intro")}</p>
        <p className="max-w-3xl text-muted">{t("participation.staff.anonymity")}</p>
      </div>

      {query.hecho ? (
        <p role="status" className="border-l-8 border-ok bg-surface p-3 font-semibold">
          {t("participation.staff.markedNotice")}
        </p>
      ) : null}

      <form method="get" className="grid gap-4 border-2 border-line p-4 sm:grid-cols-2 lg:grid-cols-4" aria-labelledby="participation-filters">
        <h2 id="participation-filters" className="text-xl sm:col-span-2 lg:col-span-4">
          {t("participation.staff.filtersTitle")}
        </h2>
        <FilterSelect
          id="procedure"
          label={t("participation.staff.procedure")}
          value={filters.procedureSlug ?? ""}
          any={t("participation.staff.any")}
          options={procedures.map((p) => ({ value: p.slug, label: localize(p.title, locale) }))}
        />
        <FilterSelect
          id="office"
          label={t("participation.staff.office")}
          value={offices.find((o) => o.id === filters.officeId)?.slug ?? ""}
          any={t("participation.staff.any")}
          options={offices.map((o) => ({ value: o.slug, label: `${o.stateName} · ${localize(o.name, locale)}` }))}
        />
        {(["from", "to"] as const).map((key) => (
          <div key={key}>
            <label htmlFor={key} className="font-bold">
              {t(`participation.staff.${key}`)}
            </label>
            <p id={`${key}-hint`} className="text-sm text-muted">
              {t("participation.staff.monthHint")}
            </p>
            <input id={key} name={key} type="month" defaultValue={filters[key] ?? ""} aria-describedby={`${key}-hint`} pattern="\d{4}-\d{2}" className={input} />
          </div>
        ))}
        <div className="flex flex-wrap items-end gap-4 sm:col-span-2 lg:col-span-4">
          <button type="submit" className="min-h-11 bg-ink px-5 py-2 font-bold text-white">
            {t("participation.staff.apply")}
          </button>
          <Link href={`/${locale}/personal/participacion`}>{t("participation.staff.clear")}</Link>
        </div>
      </form>

      <section aria-labelledby="participation-summary" className="space-y-4">
        <h2 id="participation-summary" className="text-2xl">
          {t("participation.staff.summaryTitle")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <div className="border-l-8 border-brand bg-surface p-4" data-testid="staff-satisfied">
            <p>{t("participation.staff.satisfied")}</p>
            {overall ? (
              <>
                <p className="text-3xl font-bold tabular-nums">{pct(overall.percentSatisfied, locale)}</p>
                <p>{t("participation.staff.answers", { count: overall.answers })}</p>
                <p className="font-semibold">
                  {t("participation.staff.target", { target: SATISFACTION_TARGET })} — {overall.meetsTarget ? t("participation.staff.meets") : t("participation.staff.below")}
                </p>
              </>
            ) : (
              <p className="text-xl font-semibold">{t("participation.staff.noAnswers")}</p>
            )}
          </div>
          <div className="border-l-8 border-warn bg-surface p-4">
            <p>{t("participation.staff.openFlags")}</p>
            <p className="text-3xl font-bold tabular-nums">{overall?.openFlags ?? 0}</p>
          </div>
          <div className="border-l-8 border-ink bg-surface p-4">
            <p>{t("participation.staff.useful")}</p>
            {pagesOverall ? (
              <>
                <p className="text-3xl font-bold tabular-nums">{pct(pagesOverall.percentUseful, locale)}</p>
                <p>{t("participation.staff.answers", { count: pagesOverall.answers })}</p>
              </>
            ) : (
              <p className="text-xl font-semibold">{t("participation.staff.noAnswers")}</p>
            )}
          </div>
        </div>
        <div>
          <h3 className="text-lg">{t("participation.staff.exports")}</h3>
          <ul className="list-disc pl-6">
            {EXPORT_FILES.map((file, i) => (
              <li key={file}>
                <a href={`/${locale}/personal/participacion/datos/${file}${backQuery ? `?${backQuery}` : ""}`} download>
                  {t((["participation.staff.exportSurveys", "participation.staff.exportPages", "participation.staff.exportComments"] as const)[i]!)} ({file})
                </a>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section aria-labelledby="survey-table" className="space-y-3">
        <h2 id="survey-table" className="text-2xl">
          {t("participation.staff.surveyTable")}
        </h2>
        {cube.length === 0 ? (
          <p>{t("participation.staff.none")}</p>
        ) : (
          <FiguresTable
            labelledBy="survey-table"
            testId="survey-figures"
            columns={[
              { label: t("participation.staff.month") },
              { label: t("participation.staff.procedure") },
              { label: t("participation.staff.office") },
              { label: t("participation.staff.answersHeading"), numeric: true },
              { label: t("participation.staff.percentSatisfied"), numeric: true },
              { label: t("participation.staff.againstTarget") },
              { label: t("participation.staff.requirementsIncomplete"), numeric: true },
              { label: t("participation.staff.askedExtra"), numeric: true },
              { label: t("participation.staff.openFlagsHeading"), numeric: true },
            ]}
            rows={cube.map((r) => ({
              key: `${r.month}-${r.procedureSlug}-${r.officeId}`,
              cells: [
                r.month ? formatMonth(r.month, locale) : "—",
                procedureTitle(r.procedureSlug),
                officeName(r.officeId),
                r.answers,
                pct(r.percentSatisfied, locale),
                r.meetsTarget ? t("participation.staff.meets") : t("participation.staff.below"),
                r.requirementsIncomplete,
                r.askedExtra,
                r.openFlags,
              ],
            }))}
          />
        )}
      </section>

      <section aria-labelledby="page-table" className="space-y-3">
        <h2 id="page-table" className="text-2xl">
          {t("participation.staff.pageTable")}
        </h2>
        {pageRows.length === 0 ? (
          <p>{t("participation.staff.none")}</p>
        ) : (
          <FiguresTable
            labelledBy="page-table"
            columns={[
              { label: t("participation.staff.month") },
              { label: t("participation.staff.page") },
              { label: t("participation.staff.answersHeading"), numeric: true },
              { label: t("participation.staff.percentUseful"), numeric: true },
              { label: t("participation.staff.comments"), numeric: true },
            ]}
            rows={pageRows.map((r) => ({
              key: `${r.month}-${r.path}`,
              cells: [
                r.month ? formatMonth(r.month, locale) : "—",
                <a key="page" href={`/${locale}${r.path === "/" ? "" : r.path}`} className="break-all">
                  {r.path}
                </a>,
                r.answers,
                pct(r.percentUseful, locale),
                r.comments,
              ],
            }))}
          />
        )}
      </section>

      <section aria-labelledby="flags-title" className="space-y-3">
        <h2 id="flags-title" className="text-2xl">
          {t("participation.staff.flagsTitle")}
        </h2>
        <p className="max-w-3xl">{t("participation.staff.flagsIntro")}</p>
        {flags.length === 0 ? <p>{t("participation.staff.none")}</p> : <ul className="max-w-3xl space-y-4">{flags.map(surveyItem)}</ul>}
        {flags.length >= LIST_LIMIT ? <p className="text-muted">{t("participation.staff.listLimit", { count: LIST_LIMIT })}</p> : null}
      </section>

      <section aria-labelledby="survey-comments-title" className="space-y-3">
        <h2 id="survey-comments-title" className="text-2xl">
          {t("participation.staff.surveyCommentsTitle")}
        </h2>
        {surveyComments.length === 0 ? <p>{t("participation.staff.none")}</p> : <ul className="max-w-3xl space-y-4">{surveyComments.map(surveyItem)}</ul>}
      </section>

      <section aria-labelledby="page-comments-title" className="space-y-3">
        <h2 id="page-comments-title" className="text-2xl">
          {t("participation.staff.pageCommentsTitle")}
        </h2>
        {pageComments.length === 0 ? (
          <p>{t("participation.staff.none")}</p>
        ) : (
          <ul className="max-w-3xl space-y-4">
            {pageComments.map((c) => (
              <li key={c.id} id={`page-${c.id}`} className="space-y-3 border-2 border-line p-4" data-testid="page-comment">
                <p className="font-semibold">
                  <a href={`/${c.locale}${c.path === "/" ? "" : c.path}`}>{c.path}</a> · {c.locale} · {formatDate(c.day, locale)} · {t("participation.staff.usefulAnswer")}{" "}
                  {c.useful ? t("participation.staff.yes") : t("participation.staff.no")}
                </p>
                <p className="whitespace-pre-line">{c.comment}</p>
                <HandledState item={c} locale={locale} t={t} />
                {handleForm(c)}
              </li>
            ))}
          </ul>
        )}
        {pageComments.length >= LIST_LIMIT ? <p className="text-muted">{t("participation.staff.listLimit", { count: LIST_LIMIT })}</p> : null}
      </section>
    </div>
  );
}
