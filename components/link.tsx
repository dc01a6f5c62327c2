import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The portal's links: Next's client navigation without background prefetching. A page with many links
 * (the catalogue, a procedure) would otherwise download and parse the pages behind every visible link
 * as soon as it loads — data that people on metered, slow phone connections pay for and may never open,
 * and main-thread work on a cheap phone right when it should answer the first tap. The next page is
 * fetched when the link is followed. `next/link` is imported here only (ESLint says so).
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
