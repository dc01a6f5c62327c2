import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SatisfactionFigures } from "@/components/participation/satisfaction-figures";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import { SATISFACTION_TARGET } from "@/lib/participation/types";

type Props = { params: Promise<{ locale: string }> };

// Aggregates change slowly and are the same for everyone: regenerated at most every 10 minutes.
export const revalidate = 600;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return { title: t("participation.figures.title"), description: t("participation.figures.intro", { target: SATISFACTION_TARGET }) };
}

/** Public satisfaction figures, until the statistics page (/estadisticas, issue 6) carries them as a section. */
export default async function SatisfactionPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-3xl sm:text-4xl">{getTranslator(locale)("participation.figures.title")}</h1>
      <SatisfactionFigures locale={locale} />
    </div>
  );
}
