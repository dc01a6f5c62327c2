import { NotFoundContent, type NotFoundTexts } from "@/components/not-found-content";
import { locales, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";

export default function NotFound() {
  const texts = Object.fromEntries(
    locales.map((locale) => {
      const t = getTranslator(locale);
      return [
        locale,
        {
          title: t("notFound.title"),
          body: t("notFound.body"),
          searchLabel: t("catalogue.searchLabel"),
          searchButton: t("home.searchButton"),
          home: t("notFound.home"),
          all: t("notFound.all"),
          guide: t("guide.title"),
        },
      ];
    }),
  ) as Record<Locale, NotFoundTexts>;
  return <NotFoundContent texts={texts} />;
}
