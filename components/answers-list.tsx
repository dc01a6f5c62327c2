import { Link } from "@/components/link";
import type { FieldDef } from "@/lib/forms/types";
import { displayValue } from "@/lib/applications/field-defs";
import type { Locale } from "@/lib/i18n/config";

type Props = {
  locale: Locale;
  title: string;
  fields: FieldDef[];
  values: Record<string, string>;
  /** When set, each row gets a "Change" link to this step (GOV.UK summary list). */
  changeHref?: string;
  changeLabel?: (field: string) => string;
  changeText?: string;
  headingLevel?: 2 | 3;
};

/** A step's answers as a summary list: question, answer and, while reviewing, a link to change it. */
export function AnswersList({
  locale,
  title,
  fields,
  values,
  changeHref,
  changeLabel,
  changeText,
  headingLevel = 2,
}: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="mb-10 break-inside-avoid-page">
      <Heading className={`mb-2 ${headingLevel === 2 ? "text-2xl" : "text-xl"}`}>{title}</Heading>
      <dl className="border-t border-line">
        {fields.map((def) => (
          <div key={def.name} className="grid gap-x-4 border-b border-line py-3 sm:grid-cols-[2fr_3fr_auto]">
            <dt className="font-bold">{def.label}</dt>
            <dd className="break-words whitespace-pre-line">{displayValue(def, values[def.name], locale)}</dd>
            {changeHref ? (
              <dd className="print:hidden">
                <Link href={`${changeHref}?revisar=1#${def.name}`} aria-label={changeLabel?.(def.label)}>
                  {changeText}
                </Link>
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
    </section>
  );
}
