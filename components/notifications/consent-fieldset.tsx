import { localeNames, locales, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";

/**
 * The e-mail updates consent on the "check your answers" page: ticked by default, clearly worded, with
 * the language of the messages (the page's language preselected). Field names = lib/notifications/schemas.ts keys.
 */
export function NotificationConsent({ locale, error }: { locale: Locale; error?: string }) {
  const t = getTranslator(locale);
  return (
    <fieldset className="space-y-3 border-2 border-line p-4" aria-describedby="notify-hint">
      <legend className="px-1 text-xl font-semibold">{t("notifications.consent.legend")}</legend>
      <p id="notify-hint" className="text-muted">
        {t("notifications.consent.hint")}
      </p>
      <div className="flex items-start gap-3">
        <input id="notify" name="notify" type="checkbox" defaultChecked className="mt-1 size-6" />
        <label htmlFor="notify">{t("notifications.consent.checkbox")}</label>
      </div>
      <fieldset id="notifyLocale" aria-describedby={error ? "notifyLocale-error" : undefined}>
        <legend className="font-semibold">{t("notifications.consent.language")}</legend>
        {error ? (
          <p id="notifyLocale-error" className="font-bold text-error">
            {error}
          </p>
        ) : null}
        <div className="flex gap-6">
          {locales.map((code) => (
            <div key={code} className="flex items-center gap-2">
              <input
                id={`notifyLocale-${code}`}
                name="notifyLocale"
                type="radio"
                value={code}
                defaultChecked={code === locale}
                className="size-5"
              />
              <label htmlFor={`notifyLocale-${code}`} lang={code}>
                {localeNames[code]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </fieldset>
  );
}
