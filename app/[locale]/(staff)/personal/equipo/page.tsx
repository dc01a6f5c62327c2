import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm, type FieldSpec } from "@/components/staff/action-form";
import { currentPasswordField } from "@/components/staff/password-fields";
import { STAFF_ROLES } from "@/lib/auth/permissions";
import { listStaffMembers } from "@/lib/auth/queries";
import { requireStaffPage } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { listOffices } from "@/lib/offices/queries";
import { createMember, updateMember } from "./actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("staff.team.title"), robots: { index: false } };
}

/** Admin: the officials, their roles and second factor, and the changes an admin may make. */
export default async function TeamPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const staff = await requireStaffPage(locale, "staff.manage");
  const t = getTranslator(locale);
  const members = await listStaffMembers(staff);
  const query = await searchParams;
  const roleOptions = STAFF_ROLES.map((r) => ({ value: r, label: t(`staff.roles.${r}`) }));
  const offices = await listOffices();
  const officeOptions = offices.map((o) => ({
    value: String(o.id),
    label: `${localize(o.name, locale)} (${o.stateName})`,
  }));
  const officeName = new Map(offices.map((o) => [o.id, localize(o.name, locale)]));
  // Every change asks for the admin's own password again (step-up).
  const stepUp: FieldSpec = currentPasswordField("stepUp", t("staff.team.stepUp"), t("staff.team.stepUpHint"));
  return (
    <div className="space-y-8">
      <h1 className="text-3xl">{t("staff.team.title")}</h1>
      {query.hecho ? (
        <p role="status" className="border-l-8 border-ok bg-surface p-3 font-semibold">
          {t("staff.detail.done")}
        </p>
      ) : null}
      <section aria-labelledby="members-title" className="space-y-4">
        <h2 id="members-title" className="text-2xl">
          {t("staff.team.members", { count: members.length })}
        </h2>
        <ul className="space-y-4">
          {members.map((m) => (
            <li key={m.id} className="border-2 border-line p-4" data-testid="member">
              <p className="text-lg font-bold">
                {m.name} <span className="font-normal break-all text-muted">· {m.email}</span>
              </p>
              <p>
                {t(`staff.roles.${m.role}`)} ·{" "}
                {m.enrolled
                  ? t("staff.team.enrolled")
                  : m.enrolmentPending
                    ? t("staff.team.enrolmentPending")
                    : t("staff.team.notEnrolled")}{" "}
                · {t("staff.team.sessions", { count: m.activeSessions })}
                {m.disabled ? ` · ${t("staff.team.disabled")}` : ""}
                {m.isDemo ? ` · ${t("staff.team.demo")}` : ""}
              </p>
              {m.role !== "admin" ? (
                <p data-testid="member-offices">
                  {m.national
                    ? t("staff.team.national")
                    : m.officeIds.length
                      ? t("staff.team.officesList", {
                          offices: m.officeIds.map((id) => officeName.get(id) ?? String(id)).join(", "),
                        })
                      : t("staff.team.noOffices")}
                </p>
              ) : null}
              {m.id !== staff.id ? (
                <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                  <ActionForm
                    id={`role-${m.id}`}
                    action={updateMember.bind(null, locale, m.id, m.email)}
                    locale={locale}
                    messages={["staff.team", "staff.account.rateLimited"]}
                    fields={[
                      { kind: "hidden", name: "change", value: "role" },
                      {
                        kind: "select",
                        name: "role",
                        label: t("staff.team.role", { name: m.name }),
                        options: roleOptions,
                        value: m.role,
                      },
                      stepUp,
                    ]}
                    submit={{ label: t("staff.team.changeRole"), pending: t("staff.pending"), tone: "secondary" }}
                  />
                  <ActionForm
                    id={`disable-${m.id}`}
                    action={updateMember.bind(null, locale, m.id, m.email)}
                    locale={locale}
                    messages={["staff.team", "staff.account.rateLimited"]}
                    fields={[{ kind: "hidden", name: "change", value: m.disabled ? "enable" : "disable" }, stepUp]}
                    submit={{
                      label: m.disabled
                        ? t("staff.team.enable", { name: m.name })
                        : t("staff.team.disable", { name: m.name }),
                      pending: t("staff.pending"),
                      tone: m.disabled ? "secondary" : "danger",
                    }}
                  />
                  <ActionForm
                    id={`reset-${m.id}`}
                    action={updateMember.bind(null, locale, m.id, m.email)}
                    locale={locale}
                    messages={["staff.team", "staff.account.rateLimited"]}
                    fields={[{ kind: "hidden", name: "change", value: "reset" }, stepUp]}
                    submit={{
                      label: t("staff.team.reset", { name: m.name }),
                      pending: t("staff.pending"),
                      tone: "secondary",
                    }}
                  />
                  <ActionForm
                    id={`sessions-${m.id}`}
                    action={updateMember.bind(null, locale, m.id, m.email)}
                    locale={locale}
                    messages={["staff.team", "staff.account.rateLimited"]}
                    fields={[{ kind: "hidden", name: "change", value: "sessions" }, stepUp]}
                    submit={{
                      label: t("staff.team.endSessions", { name: m.name }),
                      pending: t("staff.pending"),
                      tone: "secondary",
                    }}
                  />
                </div>
              ) : null}
              {m.id !== staff.id && m.role !== "admin" ? (
                <details className="mt-3">
                  <summary className="cursor-pointer font-semibold">
                    {t("staff.team.officesTitle", { name: m.name })}
                  </summary>
                  <div className="mt-3 max-w-xl">
                    <ActionForm
                      id={`offices-${m.id}`}
                      action={updateMember.bind(null, locale, m.id, m.email)}
                      locale={locale}
                      messages={["staff.team", "staff.account.rateLimited"]}
                      fields={[
                        { kind: "hidden", name: "change", value: "offices" },
                        {
                          kind: "checkboxes",
                          name: "national",
                          legend: t("staff.team.nationalLegend"),
                          options: [{ value: "1", label: t("staff.team.nationalOption") }],
                          checked: m.national ? ["1"] : [],
                        },
                        {
                          kind: "checkboxes",
                          name: "offices",
                          legend: t("staff.team.officesLegend"),
                          hint: t("staff.team.officesHint"),
                          options: officeOptions,
                          checked: m.officeIds.map(String),
                        },
                        stepUp,
                      ]}
                      submit={{ label: t("staff.team.saveOffices"), pending: t("staff.pending"), tone: "secondary" }}
                    />
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="create-title" className="max-w-xl space-y-4">
        <h2 id="create-title" className="text-2xl">
          {t("staff.team.createTitle")}
        </h2>
        <p>{t("staff.team.createIntro")}</p>
        <ActionForm
          id="create"
          action={createMember.bind(null, locale)}
          locale={locale}
          messages={["staff.team", "staff.account.rateLimited"]}
          fields={[
            { kind: "text", name: "name", label: t("staff.team.name"), maxLength: 120, autoComplete: "off" },
            { kind: "email", name: "email", label: t("staff.signIn.email"), maxLength: 254, autoComplete: "off" },
            { kind: "select", name: "role", label: t("staff.team.newRole"), options: roleOptions, value: "clerk" },
            stepUp,
          ]}
          submit={{ label: t("staff.team.create"), pending: t("staff.pending") }}
        />
      </section>
    </div>
  );
}
