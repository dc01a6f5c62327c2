import type { MetadataRoute } from "next";
import { publicOrigin } from "@/lib/http/public-origin";
import { privatePathPrefixes } from "@/lib/site-map";

/** /robots.txt: public pages open to every crawler, the back office and per-person pages closed, the sitemap. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: privatePathPrefixes() },
    sitemap: `${publicOrigin()}/sitemap.xml`,
  };
}
