import { Link } from "@/components/link";
import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import type { ProcedureDTO } from "@/lib/procedures/types";

/** A procedure in a list: its title as the link, and one line saying what it is. */
export function ProcedureCard({
  procedure,
  locale,
  headingLevel = 3,
}: {
  procedure: ProcedureDTO;
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <li className="border-b border-line py-4">
      <Heading className="text-lg">
        <Link href={`/${locale}/tramites/${procedure.slug}`}>{localize(procedure.title, locale)}</Link>
      </Heading>
      <p className="mt-1 text-muted">{localize(procedure.summary, locale)}</p>
    </li>
  );
}
