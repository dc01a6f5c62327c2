import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";

/** What a version changed, in sentences computed from the structured diff, and the note of whoever made it. */
export function VersionChanges({
  sentences,
  note,
  locale,
}: {
  sentences: readonly string[];
  note: string;
  locale: Locale;
}) {
  const t = getTranslator(locale);
  return (
    <div className="space-y-2">
      {sentences.length > 0 ? (
        <ul className="list-disc space-y-1 pl-7">
          {sentences.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      ) : (
        <p>{t("history.noChanges")}</p>
      )}
      {note.trim() ? (
        <p>
          <span className="font-semibold">{t("history.noteLabel")}</span> {note}
        </p>
      ) : null}
    </div>
  );
}
