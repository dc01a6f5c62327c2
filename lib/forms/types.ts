/** A field as the step form renders it; built on the server from the message catalogue. */
export type FieldDef = {
  name: string;
  label: string;
  hint?: string;
  optional: boolean;
  type: "text" | "email" | "tel" | "date" | "select" | "radios" | "textarea";
  options?: { value: string; label: string }[];
  autoComplete?: string;
  inputMode?: "text" | "numeric" | "email" | "tel";
  /** Upper-case as you type (passport, CURP, RFC). */
  uppercase?: boolean;
  maxLength?: number;
};
