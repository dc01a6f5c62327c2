import type { MetadataRoute } from "next";
import { publicOrigin } from "@/lib/http/public-origin";
import { sitemapEntries } from "@/lib/site-map";

// CATALOGUE_FRESH_SECONDS (lib/cache/freshness.ts): Next reads this segment option only as a literal.
export const revalidate = 60;

/** /sitemap.xml: every public page in every language, on the public address (PUBLIC_BASE_URL). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(publicOrigin());
}
