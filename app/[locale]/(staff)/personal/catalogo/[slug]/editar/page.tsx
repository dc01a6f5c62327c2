import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DraftEditor } from "@/components/catalogue/draft-editor";
import { Link } from "@/components/link";
import { requireStaffPage } from "@/lib/auth/session";
import { getDraftForEditor, getEditorOptions } from "@/lib/catalogue/editor-queries";
import { openDraft } from "@/lib/catalogue/mutations";
import { DomainError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format-date";
import { getTranslator, pickMessages } from "@/lib/i18n/messages";
import { DEADLINE_ANCHOR_LABELS, DEADLINE_ANCHORS, FEE_DUE_LABELS, FEE_DUE_MOMENTS } from "@/lib/procedures/rules";
import { deadlineSchema, requirementSchema, sourceSchema } from "@/prisma/catalogue/schema";
import { autosaveDraft, editDraft } from "./actions";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("catalogue.editor.pageTitle", { slug }), robots: { index: false } };
}

/** Words for the enumerations the form chooses from (the values come from the data files' schema). */
function enumOptions(locale: Locale) {
  const t = getTranslator(locale);
  const words = (values: readonly string[], label: (v: string) => string) =>
    values.map((value) => ({ value, label: label(value) }));
  return {
    presentation: words(requirementSchema.shape.presentation.options, (v) =>
      t(`procedure.presentation.${v as "original"}`),
    ),
    due: words(FEE_DUE_MOMENTS, (v) => FEE_DUE_LABELS[v as (typeof FEE_DUE_MOMENTS)[number]][locale]),
    unit: words(deadlineSchema.shape.resolution.unwrap().shape.unit.options, (v) => t(`units.${v as "business"}`)),
    anchor: words(DEADLINE_ANCHORS, (v) => DEADLINE_ANCHOR_LABELS[v as (typeof DEADLINE_ANCHORS)[number]][locale]),
    silence: words(deadlineSchema.shape.silence.options, (v) => t(`catalogue.editor.silenceOptions.${v as "none"}`)),
    kind: words(sourceSchema.shape.kind.options, (v) => t(`catalogue.editor.sourceKinds.${v as "primary"}`)),
  };
}

/**
 * An editor's page for one procedure's draft: opening it opens the draft (shared by every editor of the
 * procedure) when there is none yet. Submitted drafts are shown read-only until taken back or published.
 */
export default async function EditDraftPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const staff = await requireStaffPage(locale, "catalogue.edit");
  const t = getTranslator(locale);
  let draft = await getDraftForEditor(staff, slug);
  if (!draft) {
    try {
      await openDraft(staff, slug);
    } catch (error) {
      if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
      // Another editor opened it at the same moment: theirs is the draft.
      if (!(error instanceof DomainError && error.code === "CONFLICT")) throw error;
    }
    draft = await getDraftForEditor(staff, slug);
    if (!draft) notFound();
  }
  const options = await getEditorOptions(staff);
  const query = await searchParams;
  const focus = typeof query.foco === "string" && /^[A-Za-z0-9-]{1,120}$/.test(query.foco) ? query.foco : null;
  const title = (draft.document.title as { es?: string; en?: string } | undefined)?.[locale] ?? slug;
  const notice = query.enviado ? "submitted" : query.retirado ? "withdrawn" : null;
  return (
    <div className="space-y-6">
      <nav aria-label={t("catalogue.editor.breadcrumb")}>
        <Link href={`/${locale}/personal/catalogo`}>{t("catalogue.editor.backToList")}</Link>
      </nav>
      <h1 className="text-3xl break-words">{t("catalogue.editor.heading", { title })}</h1>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("catalogue.editor.slug")}</dt>
        <dd className="break-all">
          <code>{draft.slug}</code>
        </dd>
        <dt className="font-semibold">{t("catalogue.editor.status")}</dt>
        <dd data-testid="draft-status">{t(`catalogue.editor.statuses.${draft.status}`)}</dd>
        <dt className="font-semibold">{t("catalogue.editor.base")}</dt>
        <dd>
          {draft.baseVersion === null
            ? t("catalogue.editor.newProcedure")
            : t("catalogue.editor.baseVersion", { n: draft.baseVersion })}
        </dd>
        <dt className="font-semibold">{t("catalogue.editor.authors")}</dt>
        <dd>{draft.authors.length ? draft.authors.join(", ") : t("catalogue.editor.noAuthors")}</dd>
      </dl>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href={`/${locale}/personal/catalogo/${slug}/vista-previa`}>{t("catalogue.editor.preview")}</Link>
        </li>
        <li>
          <Link href={`/${locale}/personal/catalogo/${slug}/revision`}>{t("catalogue.editor.review")}</Link>
        </li>
      </ul>
      {notice ? (
        <p role="status" className="border-l-8 border-ok bg-surface p-3 font-semibold">
          {t(`catalogue.editor.notices.${notice}`)}
        </p>
      ) : null}
      {draft.reviewComment ? (
        <div className="border-l-8 border-error bg-surface p-3" data-testid="review-comment">
          <p className="font-semibold">{t("catalogue.editor.reviewComment")}</p>
          <p className="whitespace-pre-line">{draft.reviewComment}</p>
        </div>
      ) : null}
      <p className="max-w-3xl">{t("catalogue.editor.intro")}</p>
      <DraftEditor
        key={draft.revision}
        locale={locale}
        draft={draft}
        options={options}
        messages={pickMessages(locale, [
          "catalogue.editor",
          "catalogue.errors",
          "errors",
          "staff.errors",
          "form.errorSummary",
        ])}
        enums={enumOptions(locale)}
        action={editDraft.bind(null, locale, slug, draft.id)}
        autosave={autosaveDraft.bind(null, locale, draft.id)}
        focusId={focus}
        isPublisher={staff.role === "publisher"}
        savedAtText={formatDateTime(draft.savedAt, locale)}
      />
    </div>
  );
}
