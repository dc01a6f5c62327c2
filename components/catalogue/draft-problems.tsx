import { Link } from "@/components/link";
import { problemLines } from "@/lib/catalogue/path-words";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";

type Props = { problems: Record<string, string>; locale: Locale; editHref: string };

/** What a draft still lacks before it can be published: each field in words, and the way to the editor. */
export function DraftProblems({ problems, locale, editHref }: Props) {
  const t = getTranslator(locale);
  const lines = problemLines(problems, locale);
  return (
    <div className="space-y-2 border-4 border-error p-4" data-testid="draft-problems">
      <h3 className="text-xl">{t("catalogueWorkflow.problems.title", { count: lines.length })}</h3>
      <ul className="list-disc space-y-1 pl-6">
        {lines.map((line) => (
          <li key={line.path}>
            <span className="font-semibold">{line.where}</span>: {line.message}{" "}
            <code className="text-sm break-all text-muted">({line.path})</code>
          </li>
        ))}
      </ul>
      <p>
        <Link href={editHref}>{t("catalogueWorkflow.problems.fix")}</Link>
      </p>
    </div>
  );
}
