"use client";

import { createContext, useContext, type ReactNode } from "react";
import { EDITOR_FORM, JSON_EXAMPLES } from "@/lib/catalogue/editor-form";
import { displayValue, fieldId } from "@/lib/catalogue/form-data";
import type { LocalizedText } from "@/lib/i18n/localize";

/**
 * The catalogue editor's fields. Each field's `name` is its document path and its `id` the same path with
 * dashes (`requirements.0.name.es` → `requirements-0-name-es`), so the error summary links to it; the
 * value is the saved (or just typed) document's, rendered into the HTML so the form works without JavaScript.
 */

export type EditorContext = {
  document: unknown;
  /** Field path → translated message. */
  errors: Record<string, string>;
  t: (key: string, values?: Record<string, string | number>) => string;
  readOnly: boolean;
  /** The id that takes focus when the page opens (after adding or moving a row). */
  focusId: string | null;
  locale: string;
  conditionWords: Record<string, LocalizedText>;
};

const Ctx = createContext<EditorContext | null>(null);
export const EditorProvider = Ctx.Provider;
function useEditor(): EditorContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error("Editor fields need an EditorProvider");
  return ctx;
}

export const inputClass = "mt-1 block min-h-12 w-full border-2 border-ink bg-white px-3 py-2 text-lg";

type Base = { path: string; label: string; hint?: string };

/** Label, hint, inline error and the control, wired with aria-describedby. */
function Wrap({ path, label, hint, children }: Base & { children: (a: Record<string, unknown>) => ReactNode }) {
  const { errors, focusId } = useEditor();
  const id = fieldId(path);
  const error = errors[path];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`min-w-0 ${error ? "border-l-4 border-error pl-3" : ""}`}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-bold text-error">
          {error}
        </p>
      ) : null}
      {children({
        id,
        name: path,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": error ? true : undefined,
        autoFocus: focusId === id ? true : undefined,
      })}
    </div>
  );
}

export function TextField({
  path,
  label,
  hint,
  type = "text",
  rows,
  step,
}: Base & { type?: "text" | "number" | "date" | "url"; rows?: number; step?: string }) {
  const { document, readOnly } = useEditor();
  const value = displayValue(EDITOR_FORM, document, path);
  return (
    <Wrap path={path} label={label} hint={hint}>
      {(a) =>
        rows ? (
          <textarea {...a} rows={rows} defaultValue={value} readOnly={readOnly} className={inputClass} />
        ) : (
          <input
            {...a}
            type={type}
            step={step}
            inputMode={type === "number" ? "decimal" : undefined}
            defaultValue={value}
            readOnly={readOnly}
            className={`${inputClass} ${type === "date" || type === "number" ? "max-w-56" : ""}`}
          />
        )
      }
    </Wrap>
  );
}

export function SelectField({ path, label, hint, options }: Base & { options: { value: string; label: string }[] }) {
  const { document, readOnly, t } = useEditor();
  const value = displayValue(EDITOR_FORM, document, path);
  const known = options.some((o) => o.value === value);
  return (
    <Wrap path={path} label={label} hint={hint}>
      {(a) => (
        <select {...a} defaultValue={value} disabled={readOnly} className={inputClass}>
          <option value="">{t("catalogue.editor.choose")}</option>
          {!known && value ? <option value={value}>{value}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Wrap>
  );
}

/** A yes/no: the hidden "false" is sent when the box is not ticked (the last value posted wins). */
export function CheckField({ path, label, hint }: Base) {
  const { document, readOnly, errors } = useEditor();
  const id = fieldId(path);
  const checked = displayValue(EDITOR_FORM, document, path) === "true";
  const error = errors[path];
  return (
    <div className={error ? "border-l-4 border-error pl-3" : undefined}>
      {error ? (
        <p id={`${id}-error`} className="font-bold text-error">
          {error}
        </p>
      ) : null}
      <input type="hidden" name={path} value="false" />
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          name={path}
          value="true"
          defaultChecked={checked}
          disabled={readOnly}
          aria-describedby={
            [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined
          }
          className="mt-1 size-6 shrink-0 accent-ink"
        />
        <div>
          <label htmlFor={id} className="font-semibold">
            {label}
          </label>
          {hint ? (
            <p id={`${id}-hint`} className="text-muted">
              {hint}
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** A text given in Spanish and English, side by side (stacked on a narrow screen). */
export function PairField({ path, label, hint, rows }: Base & { rows?: number }) {
  const { t, errors } = useEditor();
  const error = errors[path];
  return (
    <fieldset className="min-w-0">
      <legend className="text-lg font-bold">{label}</legend>
      {hint ? <p className="text-muted">{hint}</p> : null}
      {error ? <p className="font-bold text-error">{error}</p> : null}
      <div className="mt-1 grid gap-4 md:grid-cols-2">
        <TextField path={`${path}.es`} label={t("catalogue.editor.es")} rows={rows} />
        <TextField path={`${path}.en`} label={t("catalogue.editor.en")} rows={rows} />
      </div>
    </fieldset>
  );
}

/** A structured part only lawyers touch, as JSON, with an example and the condition in words when there is one. */
export function JsonField({ path, label, example }: Base & { example: keyof typeof JSON_EXAMPLES }) {
  const { t, conditionWords, locale } = useEditor();
  const words = conditionWords[path];
  return (
    <div className="space-y-1">
      <TextField
        path={path}
        label={label}
        hint={t("catalogue.editor.jsonHint", { example: JSON_EXAMPLES[example]! })}
        rows={4}
      />
      {words ? (
        <p className="border-l-4 border-line pl-3" data-testid="condition-words">
          {t("catalogue.editor.conditionWords", { words: locale === "en" ? words.en : words.es })}
        </p>
      ) : null}
    </div>
  );
}

/** Up, down and remove for one row of a list: submit buttons that save and come back. */
export function RowButtons({ list, index, count, noun }: { list: string; index: number; count: number; noun: string }) {
  const { t, readOnly } = useEditor();
  if (readOnly) return null;
  const n = index + 1;
  const button = "min-h-11 border-2 border-ink bg-white px-3 py-1 font-semibold";
  return (
    <div className="flex flex-wrap gap-2">
      {index > 0 ? (
        <button type="submit" name="intent" value={`up:${list}.${index}`} className={button}>
          {t("catalogue.editor.moveUp", { item: noun, n })}
        </button>
      ) : null}
      {index < count - 1 ? (
        <button type="submit" name="intent" value={`down:${list}.${index}`} className={button}>
          {t("catalogue.editor.moveDown", { item: noun, n })}
        </button>
      ) : null}
      <button type="submit" name="intent" value={`remove:${list}.${index}`} className={`${button} text-error`}>
        {t("catalogue.editor.remove", { item: noun, n })}
      </button>
    </div>
  );
}

/** The editor's large secondary buttons (add a row, withdraw a submission, undo a retirement). */
export const EDITOR_ACTION_BUTTON = "min-h-12 border-2 border-ink bg-white px-4 py-2 text-lg font-bold";

/**
 * A list the editor can add to, reorder and shorten (requirements, fees, steps): each row a numbered fieldset
 * with its move and remove buttons, then the add button. `children` gets the row's document path.
 */
export function ItemList({
  list,
  count,
  legend,
  noun,
  addLabel,
  children,
}: {
  list: string;
  count: number;
  legend: (n: number) => string;
  noun: string;
  addLabel: string;
  children: (path: string) => ReactNode;
}) {
  const { readOnly } = useEditor();
  return (
    <>
      <ol className="space-y-6">
        {Array.from({ length: count }, (_, i) => (
          <li key={i}>
            <fieldset className="min-w-0 space-y-4 border-2 border-line p-4">
              <legend className="px-1 text-xl font-bold">{legend(i + 1)}</legend>
              {children(`${list}.${i}`)}
              <RowButtons list={list} index={i} count={count} noun={noun} />
            </fieldset>
          </li>
        ))}
      </ol>
      {readOnly ? null : (
        <button type="submit" name="intent" value={`add:${list}`} className={EDITOR_ACTION_BUTTON}>
          {addLabel}
        </button>
      )}
    </>
  );
}

/** A section of the editor with its heading; `id` is what a removal or a list error brings focus to. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const { focusId } = useEditor();
  return (
    <section aria-labelledby={id} className="space-y-4 border-t-4 border-line pt-4">
      <h2 id={id} tabIndex={-1} autoFocus={focusId === id ? true : undefined} className="text-2xl">
        {title}
      </h2>
      {children}
    </section>
  );
}
