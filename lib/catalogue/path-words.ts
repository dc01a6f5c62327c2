import type { Locale } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";

/**
 * A draft's problems are keyed by document path ("requirements.2.name.es", the shape checkDocument and the
 * publishing mutation return). Reviewers read them in words: "Requisito 3 › Nombre › español".
 */

/** A message by dotted key, or undefined. */
function lookup(locale: Locale, key: string): string | undefined {
  const found = key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], getMessages(locale));
  return typeof found === "string" ? found : undefined;
}

/** A document path in the reader's words; a part without a label is shown as written. */
export function documentPathInWords(path: string, locale: Locale): string {
  const parts = path.split(".");
  const words: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (next !== undefined && /^\d+$/.test(next)) {
      const n = String(Number(next) + 1);
      const item = lookup(locale, `catalogueWorkflow.paths.item.${part}`);
      const label = lookup(locale, `catalogueWorkflow.paths.field.${part}`) ?? part;
      words.push(item ? item.replace("{n}", n) : `${label} ${n}`);
      i += 1;
    } else if (/^\d+$/.test(part)) {
      words.push(String(Number(part) + 1));
    } else {
      words.push(lookup(locale, `catalogueWorkflow.paths.field.${part}`) ?? part);
    }
  }
  return words.join(" › ");
}

export type ProblemLine = { path: string; where: string; message: string };

/** Each problem as where (in words) and what (the message of its key, or a general one). */
export function problemLines(problems: Record<string, string>, locale: Locale): ProblemLine[] {
  return Object.entries(problems).map(([path, key]) => ({
    path,
    where: documentPathInWords(path, locale),
    message: lookup(locale, key) ?? lookup(locale, "catalogueWorkflow.problems.generic") ?? key,
  }));
}
