"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, type ReactNode } from "react";
import { useForm, type Resolver } from "react-hook-form";
import type { ZodType } from "zod";
import { ErrorSummary } from "./error-summary";
import { Field } from "./field";
import type { ActionState } from "@/lib/forms/action-state";
import type { FieldDef } from "@/lib/forms/types";

export type SchemaFormTexts = {
  submit: string;
  pending: string;
  errorSummary: string;
  optional: string;
  select: string;
  errorPrefix: string;
  /** Translations of every message key the schemas can produce ("errors.required" → "Enter…"). */
  messages: Record<string, string>;
};

type Props = {
  /** The same zod schema the server action parses with (built in the browser: schemas do not cross to the client). */
  schema: ZodType;
  fields: FieldDef[];
  defaultValues: Record<string, string>;
  // Method syntax: forms whose actions still return the older state shape (values of strings only) type-check too.
  action(state: ActionState, formData: FormData): Promise<ActionState>;
  texts: SchemaFormTexts;
  hidden?: Record<string, string>;
  /** Shown instead of the form once the server answers `done`. */
  done?: ReactNode;
};

/**
 * A form of fields checked by one zod schema. Without JavaScript it is a plain POST to the server action;
 * with it, react-hook-form checks the same schema first so mistakes show without a round-trip. The server
 * checks again either way and its answer wins.
 */
export function SchemaForm({ schema, fields, defaultValues, action, texts, hidden, done }: Props) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {
    seq: 0,
    fieldErrors: {},
    values: defaultValues,
  });
  // Every field of these forms is one value: the first, should a list come back.
  const valueOf = (name: string) => {
    const value = state.values[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const form = useForm<Record<string, string>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<Record<string, string>>,
    defaultValues: Object.fromEntries(Object.keys(state.values).map((name) => [name, valueOf(name) ?? ""])),
    mode: "onSubmit",
    reValidateMode: "onChange",
    // The error summary takes focus (GOV.UK pattern); its links lead to each field.
    shouldFocusError: false,
  });
  const clientErrors = form.formState.errors;
  const translate = (key: string | undefined) => (key ? (texts.messages[key] ?? key) : undefined);
  const errorFor = (name: string) =>
    translate((clientErrors[name]?.message as string | undefined) ?? state.fieldErrors[name]);
  // The summary names the field ("Nombre(s): Este dato es obligatorio"): the same message for several
  // fields would otherwise be ambiguous out of context.
  const summary = fields
    .map((f) => ({ field: f.name, message: errorFor(f.name) ? `${f.label}: ${errorFor(f.name)}` : undefined }))
    .filter((e): e is { field: string; message: string } => !!e.message);

  if (state.done && done) return <>{done}</>;
  return (
    <form
      action={formAction}
      noValidate
      onSubmit={(event) => {
        const formData = new FormData(event.currentTarget);
        void form.handleSubmit(() => startTransition(() => formAction(formData)))(event);
      }}
    >
      <ErrorSummary title={texts.errorSummary} formError={translate(state.formError)} errors={summary} />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((def) => (
        <Field
          key={def.name}
          def={def}
          value={valueOf(def.name)}
          error={errorFor(def.name)}
          optionalLabel={texts.optional}
          selectLabel={texts.select}
          errorPrefix={texts.errorPrefix}
          registration={form.register(def.name, {
            onChange: def.uppercase
              ? (event: { target: HTMLInputElement }) => {
                  event.target.value = event.target.value.toUpperCase();
                }
              : undefined,
          })}
        />
      ))}
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="mt-2 min-h-12 bg-ok px-6 py-2 text-lg font-bold text-white shadow-[0_2px_0_var(--color-ok-shadow)] hover:bg-ok-dark disabled:opacity-70"
      >
        {pending ? texts.pending : texts.submit}
      </button>
    </form>
  );
}
