import { catalogueCacheControl } from "@/lib/cache/freshness";
import { recentChangesFeed } from "@/lib/catalogue/changes";
import { errorStatus } from "@/lib/errors";
import { publicOrigin } from "@/lib/http/public-origin";
import { isLocale, locales } from "@/lib/i18n/config";

// CATALOGUE_FRESH_SECONDS (lib/cache/freshness.ts): Next reads this segment option only as a literal.
export const revalidate = 60;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

/** Atom feed of every published catalogue change, in one language (news readers, other sites). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: errorStatus.NOT_FOUND });
  return new Response(await recentChangesFeed(locale, publicOrigin()), {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": catalogueCacheControl(),
    },
  });
}
