import { z } from "zod";
import { locales } from "@/lib/i18n/config";

/**
 * The applicant's choice on the "check your answers" page: a checkbox (checked by default; an HTML
 * checkbox sends "on" when ticked and nothing when not) and the language of the messages.
 * Messages are translation keys.
 */
export const notificationChoiceSchema = z.object({
  notify: z.preprocess((v) => v === "on" || v === "1" || v === true, z.boolean()),
  notifyLocale: z.enum(locales, { error: "notifications.consent.invalid" }),
});

export type NotificationChoiceInput = z.output<typeof notificationChoiceSchema>;

/** The status page's and the unsubscribe page's switch: "off" or "on". */
export const notificationSwitchSchema = z.object({ updates: z.enum(["on", "off"]) });
