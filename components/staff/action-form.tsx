import type { Locale } from "@/lib/i18n/config";
import { getTranslator, pickMessages } from "@/lib/i18n/messages";
import { ActionFormView, type ActionFormViewProps } from "./action-form-view";

export type { FieldSpec } from "./action-form-view";

/** What every staff form can be told: the shared refusals (errors.*) and the back-office's own (staff.errors.*). */
const SHARED_SECTIONS = ["errors", "staff.errors"] as const;

type Props = Omit<ActionFormViewProps, "messages" | "errorTitle"> & {
  locale: Locale;
  /** Defaults to the usual "There is a problem". */
  errorTitle?: string;
  /** Message sections or keys the action answers with beyond the shared ones, e.g. ["staff.team"]. */
  messages?: readonly string[];
};

/**
 * A back-office form (components/staff/action-form-view.tsx) with the texts of the message keys its
 * server action may answer with, picked on the server in the official's language.
 */
export function ActionForm({ locale, errorTitle, messages = [], ...props }: Props) {
  return (
    <ActionFormView
      {...props}
      errorTitle={errorTitle ?? getTranslator(locale)("form.errorSummary")}
      messages={pickMessages(locale, [...SHARED_SECTIONS, ...messages])}
    />
  );
}
