import { formatCost } from "@/lib/fees/format";
import { summarizeCost } from "@/lib/fees/summary";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import type { ProcedureDTO } from "@/lib/procedures/types";

/** The boxed "at a glance" list: cost, number of requirements and the deadlines, before the details. */
export function AtAGlance({ procedure, locale }: { procedure: ProcedureDTO; locale: Locale }) {
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
