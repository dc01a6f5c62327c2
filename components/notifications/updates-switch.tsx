import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";

type Props = {
  locale: Locale;
  on: boolean;
  /** Server action receiving the form: `updates` = "on" | "off" (plus `t`, the link token, on the unsubscribe page). */
  action: (formData: FormData) => Promise<void>;
  token?: string;
  justSaved?: boolean;
};

/** Turns e-mail updates off and on: a plain form with one button, so it works without JavaScript. */
export function UpdatesSwitch({ locale, on, action, token, justSaved }: Props) {
  const t = getTranslator(locale);
  return (
    <section id="avisos" aria-labelledby="updates-title" className="space-y-3" data-testid="updates-switch">
      <h2 id="updates-title" className="text-2xl">
        {t("notifications.toggle.title")}
      </h2>
      {justSaved ? (
        <p role="status" className="font-semibold">
          {t("notifications.toggle.done")}
        </p>
      ) : null}
      <p>{on ? t("notifications.toggle.on") : t("notifications.toggle.off")}</p>
      <form action={action}>
        {token ? <input type="hidden" name="t" value={token} /> : null}
        <input type="hidden" name="updates" value={on ? "off" : "on"} />
        <button type="submit" className="min-h-12 border-2 border-ink px-4 py-2 font-semibold">
          {on ? t("notifications.toggle.turnOff") : t("notifications.toggle.turnOn")}
        </button>
      </form>
    </section>
  );
}
