import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import { MAX_QUERY_LENGTH } from "@/lib/procedures/schemas";

type Props = {
  locale: Locale;
  id: string;
  label: string;
  hint?: string;
  defaultValue?: string;
  /** Keeps the chosen topic when searching from the catalogue page. */
  category?: string;
  large?: boolean;
};

/** Plain GET form to /{locale}/tramites: works with JavaScript off and the result URL can be shared. */
export function SearchForm({ locale, id, label, hint, defaultValue, category, large }: Props) {
  const t = getTranslator(locale);
  const hintId = `${id}-hint`;
  return (
    <form action={`/${locale}/tramites`} method="get" role="search" className="print:hidden">
      <label htmlFor={id} className={`block font-bold ${large ? "text-xl" : "text-lg"}`}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="mt-1 text-muted">
          {hint}
        </p>
      ) : null}
      <div className="mt-2 flex max-w-2xl flex-wrap gap-2">
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={MAX_QUERY_LENGTH * 4}
          aria-describedby={hint ? hintId : undefined}
          autoComplete="off"
          enterKeyHint="search"
          className="min-h-12 min-w-0 flex-1 basis-56 border-2 border-ink px-3 py-2 text-lg"
        />
        {category ? <input type="hidden" name="categoria" value={category} /> : null}
        <button
          type="submit"
          className="min-h-12 bg-ok px-5 py-2 text-lg font-bold text-white shadow-[0_2px_0_var(--color-ok-shadow)] hover:bg-ok-dark"
        >
          {t("home.searchButton")}
        </button>
      </div>
    </form>
  );
}
