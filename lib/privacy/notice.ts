import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import type { PrivacyContactDTO } from "@/lib/procedures/types";
import { RETENTION, periodHours } from "@/lib/privacy/retention-periods";

/** Where personal data is collected, each with its simplified notice (LGPDPPSO "aviso simplificado"). */
export const COLLECTION_POINTS = ["form", "lookup", "survey", "feedback"] as const;
export type CollectionPoint = (typeof COLLECTION_POINTS)[number];

/** The full notice's address in one language. */
export function privacyNoticePath(locale: Locale): string {
  return `/${locale}/privacidad`;
}

/**
 * The simplified notice shown where data is collected: the responsible body (from the institution's
 * data, prisma/catalogue/institution.json `contact.privacy`), the purpose and, for the form, how long an
 * unsent draft is kept (lib/retention). The full notice is linked next to it.
 */
export function shortNoticeText(locale: Locale, point: CollectionPoint, privacy: PrivacyContactDTO): string {
  const t = getTranslator(locale);
  return t(`privacy.short.${point}`, {
    responsible: localize(privacy.responsible, locale),
    hours: periodHours(RETENTION.draftMs),
  });
}
