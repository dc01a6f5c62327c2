import "server-only";
import { revalidatePath } from "next/cache";
import { announceCatalogueChange } from "@/lib/cache/catalogue-generation";

/**
 * After a publication on this server: reload the in-process catalogue copy and mark every pre-rendered page
 * stale (the catalogue shows on nearly every page: lists, procedure pages, the layout's feedback widget, the
 * sitemap), so the next request renders from the new version. Publications are rare; pages regenerate
 * lazily, one request each. Call it from a server action or route handler (Next needs a request scope).
 */
export function revalidateCataloguePages(): void {
  announceCatalogueChange();
  markCataloguePagesStale();
}

/**
 * Marks every pre-rendered page of this server stale. Inside a request only; the other servers do it through
 * their catalogue check (./schedule.ts → ./page-refresh.ts).
 */
export function markCataloguePagesStale(): void {
  revalidatePath("/", "layout");
}
