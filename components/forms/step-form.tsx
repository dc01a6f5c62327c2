"use client";

import { useMemo } from "react";
import { stepSchema } from "@/lib/applications/steps";
import type { FormStep } from "@/lib/applications/schemas";
import { SchemaForm, type SchemaFormTexts } from "./schema-form";
import type { FieldDef, StepActionState } from "@/lib/forms/types";

type Props = {
  step: FormStep;
  slug: string;
  feeOptions: number[] | null;
  fields: FieldDef[];
  defaultValues: Record<string, string>;
  action: (state: StepActionState, formData: FormData) => Promise<StepActionState>;
  texts: SchemaFormTexts;
  hidden?: Record<string, string>;
};

/** A step of the request form, checked in the browser by the same schema the server action uses. */
export function StepForm({ step, slug, feeOptions, ...rest }: Props) {
  const schema = useMemo(() => stepSchema(step, slug, feeOptions), [step, slug, feeOptions]);
  return <SchemaForm schema={schema} {...rest} />;
}
