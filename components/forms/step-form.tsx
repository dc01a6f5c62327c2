"use client";

import { useMemo } from "react";
import { stepSchema } from "@/lib/applications/steps";
import type { FormStep, ProcedureForm } from "@/lib/applications/fields";
import type { ActionState } from "@/lib/forms/action-state";
import type { FieldDef } from "@/lib/forms/types";
import { SchemaForm, type SchemaFormTexts } from "./schema-form";

type Props = {
  step: FormStep;
  /** The procedure's questions (its catalogue `requestForm`): the details step's schema depends on them. */
  form: ProcedureForm;
  feeOptions: number[] | null;
  fields: FieldDef[];
  defaultValues: Record<string, string>;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  texts: SchemaFormTexts;
  hidden?: Record<string, string>;
};

/** A step of the request form, checked in the browser by the same schema the server action uses. */
export function StepForm({ step, form, feeOptions, ...rest }: Props) {
  const schema = useMemo(() => stepSchema(step, form, feeOptions), [step, form, feeOptions]);
  return <SchemaForm schema={schema} {...rest} />;
}
