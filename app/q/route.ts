import { shortLinkResponse } from "@/lib/posters/short-link-response";

export const dynamic = "force-dynamic";

/** `/q?codigo=…`: the code typed into the form of the short-link 404 page (no JavaScript needed). */
export async function GET(request: Request) {
  return shortLinkResponse(request, new URL(request.url).searchParams.get("codigo") ?? "");
}
