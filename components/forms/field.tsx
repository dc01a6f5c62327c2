"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import type { FieldDef } from "@/lib/forms/types";

type Props = {
  def: FieldDef;
  value?: string;
  error?: string;
  optionalLabel: string;
  selectLabel: string;
  registration: UseFormRegisterReturn;
  errorPrefix: string;
};

const inputClass = "mt-1 block min-h-12 w-full max-w-xl border-2 border-ink bg-white px-3 py-2 text-lg";

/**
 * One question: label, hint, inline error and the control, wired with aria-describedby.
 * `name` = `id` = the schema key, so the error summary can link to it. `value` is rendered into the
 * HTML (defaultValue), so saved and just-typed answers show even without JavaScript.
 */
export function Field({ def, value, error, optionalLabel, selectLabel, registration, errorPrefix }: Props) {
  const hintId = def.hint ? `${def.name}-hint` : undefined;
  const errorId = error ? `${def.name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const label = (
    <>
      {def.label}
      {def.optional ? <span className="font-normal"> {optionalLabel}</span> : null}
    </>
  );
  const hint = def.hint ? (
    <p id={hintId} className="mt-1 text-muted">
      {def.hint}
    </p>
  ) : null;
  const errorText = error ? (
    <p id={errorId} className="mt-1 font-bold text-error">
      <span className="sr-only">{errorPrefix}: </span>
      {error}
    </p>
  ) : null;
  const wrapper = `mb-6 ${error ? "border-l-4 border-error pl-3" : ""}`;

  if (def.type === "radios") {
    return (
      <div className={wrapper}>
        {/* aria-invalid does not apply to a radio: the fieldset's description carries the error. */}
        <fieldset aria-describedby={describedBy}>
          <legend className="text-lg font-bold">{label}</legend>
          {hint}
          {errorText}
          <div className="mt-2 space-y-2">
            {def.options?.map((option, index) => (
              <div key={option.value} className="flex items-center gap-3">
                <input
                  type="radio"
                  id={index === 0 ? def.name : `${def.name}-${option.value}`}
                  value={option.value}
                  defaultChecked={value === option.value}
                  className="size-6 shrink-0 accent-ink"
                  {...registration}
                />
                <label htmlFor={index === 0 ? def.name : `${def.name}-${option.value}`} className="py-1">
                  {option.label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    );
  }

  return (
    <div className={wrapper}>
      <label htmlFor={def.name} className="block text-lg font-bold">
        {label}
      </label>
      {hint}
      {errorText}
      {def.type === "select" ? (
        <select
          id={def.name}
          defaultValue={value ?? ""}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={inputClass}
          {...registration}
        >
          <option value="">{selectLabel}</option>
          {def.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : def.type === "textarea" ? (
        <textarea
          id={def.name}
          defaultValue={value}
          rows={5}
          maxLength={def.maxLength}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={inputClass}
          {...registration}
        />
      ) : (
        <input
          id={def.name}
          type={def.type}
          defaultValue={value}
          autoComplete={def.autoComplete}
          inputMode={def.inputMode}
          maxLength={def.maxLength}
          spellCheck={def.type === "text" && !def.uppercase ? undefined : false}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={`${inputClass} ${def.uppercase ? "uppercase" : ""} ${def.type === "date" ? "max-w-56" : ""}`}
          {...registration}
        />
      )}
    </div>
  );
}
