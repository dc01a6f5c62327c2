import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/components/link";
import { ActionForm } from "@/components/staff/action-form";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { listCatalogueForStaff, listCopyableProcedures, type CatalogueListItem } from "@/lib/catalogue/staff-queries";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format-date";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { createProcedure } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("catalogueWorkflow.list.title"), robots: { index: false } };
}

/** One procedure of the list: what is in force, what is scheduled, the open draft, and where to act on it. */
function Item({ item, locale }: { item: CatalogueListItem; locale: Locale }) {
  const t = getTranslator(locale);
  const base = `/${locale}/personal/catalogo/${item.slug}`;
  const title = item.title ? localize(item.title, locale) : null;
  return (
    <li className="space-y-1 border-2 border-line p-4" data-testid="catalogue-item">
      <h3 className="text-lg">
        {title || t("catalogueWorkflow.list.untitled")}{" "}
        <span className="font-normal break-all text-muted">· {item.slug}</span>
      </h3>
      <ul className="space-y-1">
        <li>
          {item.live
            ? t("catalogueWorkflow.list.live", {
                number: item.live.number,
                date: formatDateTime(item.live.effectiveAt, locale),
              })
            : t("catalogueWorkflow.list.notPublished")}
          {item.isRetired ? ` · ${t("catalogueWorkflow.list.retired")}` : ""}
        </li>
        {item.scheduled ? (
          <li className="font-semibold">
            {t("catalogueWorkflow.list.scheduled", {
              number: item.scheduled.number,
              date: formatDateTime(item.scheduled.effectiveAt, locale),
            })}
          </li>
        ) : null}
        {item.draft ? (
          <li>
            {t(
              item.draft.status === "submitted"
                ? "catalogueWorkflow.list.draftSubmitted"
                : "catalogueWorkflow.list.draftEditing",
            )}{" "}
            ·{" "}
            {item.draft.editors.length
              ? t("catalogueWorkflow.list.editedBy", { names: item.draft.editors.join(", ") })
              : t("catalogueWorkflow.list.notEdited")}{" "}
            · {t("catalogueWorkflow.list.saved", { date: formatDateTime(item.draft.updatedAt, locale) })}
          </li>
        ) : null}
      </ul>
      <ul className="flex flex-wrap gap-x-6 gap-y-1 [&_a]:inline-block [&_a]:py-2">
        <li>
          <Link href={`${base}/editar`}>
            {t(item.draft ? "catalogueWorkflow.list.edit" : "catalogueWorkflow.list.startEdit", { slug: item.slug })}
          </Link>
        </li>
        {item.draft ? (
          <>
            <li>
              <Link href={`${base}/revision`}>{t("catalogueWorkflow.list.review", { slug: item.slug })}</Link>
            </li>
            <li>
              <Link href={`${base}/vista-previa`}>{t("catalogueWorkflow.list.preview", { slug: item.slug })}</Link>
            </li>
          </>
        ) : null}
        {item.live ? (
          <li>
            <Link href={`/${locale}/tramites/${item.slug}`}>
              {t("catalogueWorkflow.list.publicPage", { slug: item.slug })}
            </Link>
          </li>
        ) : null}
      </ul>
    </li>
  );
}

/** Editors and publishers: every procedure with its versions and drafts; publishers see what awaits them first. */
export default async function CataloguePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const staff = await requireStaffPage(locale, "catalogue.edit");
  const t = getTranslator(locale);
  const [{ pending, items }, copyable] = await Promise.all([
    listCatalogueForStaff(staff),
    listCopyableProcedures(staff),
  ]);
  const isPublisher = can(staff.role, "catalogue.publish");
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl">{t("catalogueWorkflow.list.title")}</h1>
        <p>{t("catalogueWorkflow.list.intro")}</p>
      </header>
      {isPublisher ? (
        <section aria-labelledby="pending-title" className="space-y-4">
          <h2 id="pending-title" className="text-2xl">
            {t("catalogueWorkflow.list.pending", { count: pending.length })}
          </h2>
          {pending.length ? (
            <ul className="space-y-4" data-testid="pending">
              {pending.map((item) => (
                <Item key={item.slug} item={item} locale={locale} />
              ))}
            </ul>
          ) : (
            <p>{t("catalogueWorkflow.list.nonePending")}</p>
          )}
        </section>
      ) : null}
      <section aria-labelledby="all-title" className="space-y-4">
        <h2 id="all-title" className="text-2xl">
          {t("catalogueWorkflow.list.all", { count: items.length })}
        </h2>
        <ul className="space-y-4">
          {items.map((item) => (
            <Item key={item.slug} item={item} locale={locale} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="new-title" className="max-w-xl space-y-4">
        <h2 id="new-title" className="text-2xl">
          {t("catalogueWorkflow.new.title")}
        </h2>
        <p>{t("catalogueWorkflow.new.intro")}</p>
        <ActionForm
          id="new"
          action={createProcedure.bind(null, locale)}
          locale={locale}
          messages={["catalogue.errors"]}
          fields={[
            {
              kind: "text",
              name: "slug",
              label: t("catalogueWorkflow.new.slug"),
              hint: t("catalogueWorkflow.new.slugHint"),
              maxLength: 120,
              autoComplete: "off",
            },
            {
              kind: "select",
              name: "copyFrom",
              label: t("catalogueWorkflow.new.copyFrom"),
              value: "",
              options: [
                { value: "", label: t("catalogueWorkflow.new.copyNone") },
                ...copyable.map((p) => ({
                  value: p.slug,
                  label: p.title ? `${localize(p.title, locale)} (${p.slug})` : p.slug,
                })),
              ],
            },
          ]}
          submit={{ label: t("catalogueWorkflow.new.submit"), pending: t("staff.pending") }}
        />
      </section>
    </div>
  );
}
