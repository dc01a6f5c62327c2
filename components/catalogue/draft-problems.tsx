import { Link } from "@/components/link";
import { editorPagePath, errorTarget } from "@/lib/catalogue/editor-form";
import { fieldId } from "@/lib/catalogue/form-data";
import { problemLines } from "@/lib/catalogue/path-words";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";

type Props = { problems: Record<string, string>; locale: Locale; slug: string };

/** What a draft still lacks before it can be published: each field in words, linked to that field in the editor. */
export function DraftProblems({ problems, locale, slug }: Props) {
  const t = getTranslator(locale);
  const editor = editorPagePath(locale, slug);
  const lines = problemLines(problems, locale);
  return (
    <div className="space-y-2 border-4 border-error p-4" data-testid="draft-problems">
      <h3 className="text-xl">{t("catalogueWorkflow.problems.title", { count: lines.length })}</h3>
      <ul className="list-disc space-y-1 pl-6">
        {lines.map((line) => (
          <li key={line.path}>
            <Link href={`${editor}#${fieldId(errorTarget(line.path))}`} className="font-semibold">
              {line.where}
            </Link>
            : {line.message}
          </li>
        ))}
      </ul>
      <p>
        <Link href={editor}>{t("catalogueWorkflow.problems.fix")}</Link>
      </p>
    </div>
  );
}
