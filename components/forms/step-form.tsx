"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useMemo } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { stepSchema } from "@/lib/applications/steps";
import type { FormStep } from "@/lib/applications/schemas";
import { ErrorSummary } from "./error-summary";
import { Field } from "./field";
import type { FieldDef, StepActionState } from "./types";

type Texts = {
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
  step: FormStep;
  slug: string;
  feeOptions: number[] | null;
  fields: FieldDef[];
  defaultValues: Record<string, string>;
  action: (state: StepActionState, formData: FormData) => Promise<StepActionState>;
  texts: Texts;
  hidden?: Record<string, string>;
};

/**
 * A step of the request form. Without JavaScript it is a plain POST to the server action; with it,
 * react-hook-form checks the same zod schema first so mistakes show without a round-trip. The server
 * checks again either way and its answer wins.
 */
export function StepForm({ step, slug, feeOptions, fields, defaultValues, action, texts, hidden }: Props) {
  const [state, formAction, pending] = useActionState(action, { seq: 0, fieldErrors: {}, values: defaultValues });
  const schema = useMemo(() => stepSchema(step, slug, feeOptions), [step, slug, feeOptions]);
  const form = useForm<Record<string, string>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<Record<string, string>>,
    defaultValues: state.values,
    mode: "onSubmit",
    reValidateMode: "onChange",
    // The error summary takes focus (GOV.UK pattern); its links lead to each field.
    shouldFocusError: false,
  });
  const clientErrors = form.formState.errors;
  const translate = (key: string | undefined) => (key ? (texts.messages[key] ?? key) : undefined);
  const errorFor = (name: string) => translate((clientErrors[name]?.message as string | undefined) ?? state.fieldErrors[name]);
  // The summary names the field ("Nombre(s): Este dato es obligatorio"): the same message for several
  // fields would otherwise be ambiguous out of context.
  const summary = fields
    .map((f) => ({ field: f.name, message: errorFor(f.name) ? `${f.label}: ${errorFor(f.name)}` : undefined }))
    .filter((e): e is { field: string; message: string } => !!e.message);

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
          value={state.values[def.name]}
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
        className="mt-2 min-h-12 bg-ok px-6 py-2 text-lg font-bold text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30] disabled:opacity-70"
      >
        {pending ? texts.pending : texts.submit}
      </button>
    </form>
  );
}
