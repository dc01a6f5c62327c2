"use client";

import { SchemaForm, type SchemaFormTexts } from "@/components/forms/schema-form";
import type { ActionState } from "@/lib/forms/action-state";
import type { FieldDef } from "@/lib/forms/types";
import { surveySchema } from "@/lib/participation/schemas";

/** The satisfaction survey of a resolved application: the shared schema in the browser and on the server. */
export function SurveyForm(props: {
  fields: FieldDef[];
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  texts: SchemaFormTexts;
}) {
  return <SchemaForm schema={surveySchema} defaultValues={{}} {...props} />;
}
