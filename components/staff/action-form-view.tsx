"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState, type ActionState } from "@/lib/forms/action-state";
import { fillPlaceholders } from "@/lib/i18n/fill";

export type FieldSpec =
  | { kind: "hidden"; name: string; value: string }
  | {
      kind: "text" | "email" | "password" | "date" | "time";
      name: string;
      label: string;
      hint?: string;
      autoComplete?: string;
      maxLength?: number;
      inputMode?: "numeric";
    }
  | { kind: "textarea"; name: string; label: string; hint?: string; maxLength?: number }
  | { kind: "select"; name: string; label: string; options: { value: string; label: string }[]; value?: string }
  | {
      kind: "checkboxes";
      name: string;
      legend: string;
      hint?: string;
      options: { value: string; label: string }[];
      checked?: string[];
    };

export type ActionFormViewProps = {
  id: string;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  fields: FieldSpec[];
  submit: { label: string; pending: string; tone?: "primary" | "danger" | "secondary" };
  errorTitle: string;
  /** Texts of the message keys the action may answer with (key → text, placeholders unfilled). */
  messages: Record<string, string>;
  /** Visible heading of the form (also its accessible name). */
  title?: string;
};

const inputClass = "mt-1 block min-h-12 w-full border-2 border-ink px-3 py-2 text-lg";

/**
 * One form of the back-office: a plain POST to a server action (works without JavaScript), an error
 * summary linked to each field, inline messages, and every value typed kept when it comes back
 * (passwords excepted). Field ids are prefixed with the form id so a page can hold several forms.
 * The action answers with message keys; they are translated here from `messages`. An error about a
 * field the official cannot see (a hidden id or version) is shown as an error about the whole form.
 */
export function ActionFormView({ id, action, fields, submit, errorTitle, messages, title }: ActionFormViewProps) {
  const [state, formAction] = useActionState(action, initialActionState);
  const text = (key: string | undefined) => (key ? fillPlaceholders(messages[key] ?? key, state.params) : undefined);
  const visible = new Set(fields.filter((f) => f.kind !== "hidden").map((f) => f.name));
  const fieldErrors = Object.fromEntries(
    Object.entries(state.fieldErrors)
      .filter(([field]) => visible.has(field))
      .map(([field, key]) => [field, text(key)!]),
  );
  const hiddenError = Object.entries(state.fieldErrors).find(([field]) => !visible.has(field))?.[1];
  const formError = text(state.formError ?? hiddenError);
  const errors = Object.entries(fieldErrors).map(([field, message]) => ({ field: `${id}-${field}`, message }));
  const value = (name: string) => state.values[name];
  const describedBy = (name: string, hint?: string) =>
    [hint ? `${id}-${name}-hint` : null, fieldErrors[name] ? `${id}-${name}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  const fieldError = (name: string) =>
    fieldErrors[name] ? (
      <p id={`${id}-${name}-error`} className="mt-1 font-bold text-error">
        {fieldErrors[name]}
      </p>
    ) : null;
  /** The hint and the inline error under a field's label, in the order a screen reader meets them. */
  const hintAndError = (name: string, hint?: string) => (
    <>
      {hint ? (
        <p id={`${id}-${name}-hint`} className="text-muted">
          {hint}
        </p>
      ) : null}
      {fieldError(name)}
    </>
  );
  const tone = submit.tone ?? "primary";
  return (
    <form action={formAction} aria-labelledby={title ? `${id}-heading` : undefined} className="space-y-4">
      {title ? (
        <h3 id={`${id}-heading`} className="text-xl">
          {title}
        </h3>
      ) : null}
      <ErrorSummary id={`${id}-errors`} title={errorTitle} formError={formError} errors={errors} />
      {state.notice ? (
        <p role="status" className="border-l-8 border-ok bg-surface p-3 font-semibold">
          {text(state.notice)}
        </p>
      ) : null}
      {fields.map((f) => {
        const fid = `${id}-${f.name}`;
        const invalid = fieldErrors[f.name] ? true : undefined;
        const border = invalid ? " border-error" : "";
        switch (f.kind) {
          case "hidden":
            return <input key={f.name} type="hidden" name={f.name} value={f.value} />;
          case "textarea":
            return (
              <div key={f.name}>
                <label htmlFor={fid} className="block font-bold">
                  {f.label}
                </label>
                {hintAndError(f.name, f.hint)}
                <textarea
                  id={fid}
                  name={f.name}
                  rows={4}
                  maxLength={f.maxLength}
                  defaultValue={(value(f.name) as string) ?? ""}
                  aria-invalid={invalid}
                  aria-describedby={describedBy(f.name, f.hint)}
                  className={inputClass + border}
                />
              </div>
            );
          case "select":
            return (
              <div key={f.name}>
                <label htmlFor={fid} className="block font-bold">
                  {f.label}
                </label>
                {fieldError(f.name)}
                <select
                  id={fid}
                  name={f.name}
                  defaultValue={(value(f.name) as string) ?? f.value ?? ""}
                  aria-invalid={invalid}
                  aria-describedby={describedBy(f.name)}
                  className={inputClass + border}
                >
                  {f.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </div>
            );
          case "checkboxes": {
            const checked = new Set((value(f.name) as string[] | undefined) ?? f.checked ?? []);
            return (
              <fieldset key={f.name} id={fid} tabIndex={-1} aria-describedby={describedBy(f.name, f.hint)}>
                <legend className="font-bold">{f.legend}</legend>
                {hintAndError(f.name, f.hint)}
                <div className="mt-2 space-y-2">
                  {f.options.map((o) => (
                    <div key={o.value} className="flex items-start gap-3">
                      <input
                        id={`${fid}-${o.value}`}
                        type="checkbox"
                        name={f.name}
                        value={o.value}
                        defaultChecked={checked.has(o.value)}
                        className="mt-1 size-6 shrink-0"
                      />
                      <label htmlFor={`${fid}-${o.value}`}>{o.label}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
            );
          }
          default:
            return (
              <div key={f.name}>
                <label htmlFor={fid} className="block font-bold">
                  {f.label}
                </label>
                {hintAndError(f.name, f.hint)}
                <input
                  id={fid}
                  name={f.name}
                  type={f.kind}
                  maxLength={f.maxLength}
                  inputMode={f.inputMode}
                  autoComplete={f.autoComplete}
                  defaultValue={f.kind === "password" ? undefined : ((value(f.name) as string) ?? "")}
                  aria-invalid={invalid}
                  aria-describedby={describedBy(f.name, f.hint)}
                  className={inputClass + border}
                />
              </div>
            );
        }
      })}
      <div
        className={
          tone === "danger"
            ? "[&_button]:bg-error [&_button]:shadow-[0_2px_0_var(--color-error-dark)]"
            : tone === "secondary"
              ? "[&_button]:bg-ink"
              : ""
        }
      >
        <SubmitButton key={state.seq} label={submit.label} pendingLabel={submit.pending} />
      </div>
    </form>
  );
}
