import { shortLinkResponse } from "@/lib/posters/short-link-response";

export const dynamic = "force-dynamic";

/** `/q/{code}`: the permanent short link printed as a QR code on posters. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return shortLinkResponse(request, code);
}
